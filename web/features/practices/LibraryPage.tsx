import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PRACTICE_TOPICS } from '../../../common/contracts/practices';
import { LOCALES } from '../../../common/i18n/locales';
import { PagedResults } from '../../components/ui/PagedResults';
import { useCooperationNames } from '../../lib/cooperation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { type LibraryFilters, type PracticeCard, usePractices } from './api';

const EMPTY: LibraryFilters = {
  q: '',
  topic: '',
  country: '',
  language: '',
  ambassadorMaterial: '',
  page: 1,
};

/**
 * The good-practice library: what member countries learned, searched across scripts (a Latin
 * query finds a Cyrillic title), filtered by topic, country, language it reads in and ambassador
 * training material.
 */
export function LibraryPage() {
  usePageTitle('practices.title');
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const canWrite = useCan('cooperation.write');
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(EMPTY);
  const practices = usePractices(filters);
  const set = (change: Partial<LibraryFilters>) =>
    setFilters((f) => ({ ...f, ...change, page: change.page ?? 1 }));
  const any = { value: '', label: t('practices.any') };
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>
          <FormattedMessage id="practices.title" />
        </Title>
        <Group>
          <Button component={Link} to="/cooperation/practices/queue" variant="light">
            <FormattedMessage id="practices.queue.nav" />
          </Button>
          {canWrite && (
            <Button component={Link} to="/cooperation/practices/new">
              <FormattedMessage id="practices.new" />
            </Button>
          )}
        </Group>
      </Group>
      <Text c="dimmed">
        <FormattedMessage id="practices.intro" />
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: typed });
        }}
      >
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('practices.search')}
            description={t('practices.searchHint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            w={320}
          />
          <Button type="submit">
            <FormattedMessage id="practices.find" />
          </Button>
        </Group>
      </form>
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={t('practices.field.topic')}
          value={filters.topic}
          data={[any, ...PRACTICE_TOPICS.map((v) => ({ value: v, label: t(`practices.topic.${v}`) }))]}
          onChange={(e) => set({ topic: e.currentTarget.value })}
        />
        <TextInput
          label={t('practices.field.country')}
          description={t('practices.countryHint')}
          value={filters.country}
          maxLength={2}
          w={120}
          onChange={(e) => set({ country: e.currentTarget.value.toUpperCase().replace(/[^A-Z]/g, '') })}
        />
        <NativeSelect
          label={t('practices.readableIn')}
          value={filters.language}
          data={[any, ...LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))]}
          onChange={(e) => set({ language: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('practices.field.ambassadorMaterial')}
          value={filters.ambassadorMaterial}
          data={[
            any,
            { value: 'true', label: t('practices.yes') },
            { value: 'false', label: t('practices.no') },
          ]}
          onChange={(e) => set({ ambassadorMaterial: e.currentTarget.value })}
        />
      </Group>
      <PagedResults query={practices} emptyMessage="practices.none" onPage={(page) => set({ page })}>
        {(items) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {items.map((p) => (
              <PracticeCardView key={p.id} practice={p} />
            ))}
          </SimpleGrid>
        )}
      </PagedResults>
    </Stack>
  );
}

function PracticeCardView({ practice: p }: { practice: PracticeCard }) {
  const intl = useIntl();
  const names = useCooperationNames();
  return (
    <Card withBorder component="article" aria-labelledby={`practice-${p.id}`}>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="outline" aria-label={names.country(p.country)}>
            {p.country}
          </Badge>
          <Text size="sm">
            {names.country(p.country)}
            {p.organisationName ? ` — ${p.organisationName}` : ''}
          </Text>
        </Group>
        <Title order={2} size="h4" id={`practice-${p.id}`}>
          <Anchor component={Link} to={`/cooperation/practices/${p.id}`}>
            {p.title}
          </Anchor>
        </Title>
        <Text size="sm">{p.summary}</Text>
        <Group gap={4}>
          {p.topics.map((topic) => (
            <Badge key={topic} variant="light" color="gray">
              {intl.formatMessage({ id: `practices.topic.${topic}` })}
            </Badge>
          ))}
          {p.ambassadorMaterial && (
            <Badge variant="light">{intl.formatMessage({ id: 'practices.ambassadorBadge' })}</Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'practices.languages' }, { languages: names.languages(p.languages) })}
        </Text>
        {p.travelled.length > 0 && (
          <Text size="sm" c="dimmed">
            {intl.formatMessage(
              { id: 'practices.travelledTo' },
              { countries: p.travelled.map((x) => names.country(x.country)).join(', ') },
            )}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
