import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import { QueryState } from '../../components/ui/QueryState';
import { useCooperationCaller, useCooperationNames } from '../../lib/cooperation';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { Attachments } from './Attachments';
import { type PracticeView, usePractice } from './api';
import { EditPracticeForm } from './PracticeForm';
import { TranslationForm } from './TranslationForm';
import { Travels } from './Travels';

/** One practice: its text in a chosen language, its files, and where it travelled. */
export function PracticePage() {
  const { id = '' } = useParams();
  const practice = usePractice(id);
  usePageTitle('practices.title', practice.data?.title ?? null);
  return <QueryState query={practice}>{(p) => <Practice practice={p} />}</QueryState>;
}

function Practice({ practice: p }: { practice: PracticeView }) {
  const intl = useIntl();
  const names = useCooperationNames();
  const format = useFormat();
  const canWrite = useCan('cooperation.write');
  // Only the practice's country (or the hub's administrator) changes it; any delegate translates.
  const mayEdit = useCooperationCaller().mayEditCountry(p.country);
  const [shown, setShown] = useState<Locale>(
    p.languages.includes(intl.locale as Locale) ? (intl.locale as Locale) : p.language,
  );
  const [translating, setTranslating] = useState<Locale | null>(null);
  const [editing, setEditing] = useState(false);
  const translation = p.translations.find((x) => x.language === shown);
  const text = translation ?? p;
  const missing = LOCALES.filter((l) => !p.languages.includes(l));
  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="outline">{p.country}</Badge>
        <Text>
          {names.country(p.country)}
          {p.organisationName ? ` — ${p.organisationName}` : ''}
        </Text>
        {p.pushed && <Badge variant="light">{intl.formatMessage({ id: 'practices.pushed' })}</Badge>}
      </Group>
      <Title order={1} lang={shown}>
        {text.title}
      </Title>
      {p.languages.length > 1 && (
        <SegmentedControl
          aria-label={intl.formatMessage({ id: 'practices.readIn' })}
          value={shown}
          onChange={(v) => setShown(v as Locale)}
          data={p.languages.map((l) => ({
            value: l,
            label: `${names.language(l)}${l === p.language ? ` (${intl.formatMessage({ id: 'practices.original' })})` : ''}`,
          }))}
        />
      )}
      {translation && (
        <Text size="sm" c="dimmed">
          {intl.formatMessage(
            { id: 'practices.translatedBy' },
            {
              name: translation.translatorName,
              date: format.date(translation.translatedAt.slice(0, 10)),
              original: names.language(p.language),
            },
          )}
        </Text>
      )}
      <Stack gap="sm" lang={shown}>
        <Text fw={600}>{text.summary}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text.fullText}</Text>
      </Stack>
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
      {(p.evidence || p.contact) && (
        <Card withBorder component="section" aria-labelledby="practice-evidence">
          <Title order={2} size="h4" id="practice-evidence">
            <FormattedMessage id="practices.field.evidence" />
          </Title>
          <Text lang={p.language} style={{ whiteSpace: 'pre-wrap' }}>
            {p.evidence || '—'}
          </Text>
          {p.contact && (
            <Text mt="xs">
              <FormattedMessage id="practices.field.contact" />: {p.contact}
            </Text>
          )}
        </Card>
      )}
      {canWrite && (
        <Group>
          {missing.map((l) => (
            <Button key={l} variant="light" onClick={() => setTranslating(l)}>
              {intl.formatMessage({ id: 'practices.translateInto' }, { language: names.language(l) })}
            </Button>
          ))}
          {translation && (
            <Button variant="subtle" onClick={() => setTranslating(translation.language)}>
              <FormattedMessage id="practices.editTranslation" />
            </Button>
          )}
          {mayEdit && (
            <Button variant="subtle" onClick={() => setEditing(true)}>
              <FormattedMessage id="practices.edit" />
            </Button>
          )}
        </Group>
      )}
      {translating && (
        <TranslationForm
          practice={p}
          language={translating}
          onDone={(saved) => {
            if (saved) setShown(translating);
            setTranslating(null);
          }}
        />
      )}
      {editing && <EditPracticeForm practice={p} onDone={() => setEditing(false)} />}
      <Attachments practice={p} />
      <Travels practice={p} />
    </Stack>
  );
}
