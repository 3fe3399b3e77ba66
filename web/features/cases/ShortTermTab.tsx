import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import { SHORT_TERM_STATUSES, type ShortTermEpisode } from '../../../common/contracts/leaving-care';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields/DateField';
import { EnumSelect } from '../../components/fields/EnumSelect';
import { QueryState } from '../../components/ui/QueryState';
import { isoToday } from '../../lib/dates';
import { useEnumLabel } from '../../lib/enum-labels';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useAdvanceEpisode, useEpisodes } from './api';
import { Facts } from './Facts';
import { FollowUpsSection } from './FollowUps';

type Status = ShortTermEpisode['status'];
/** The steps of an episode in order; "referred to long-term care" ends it from any step. */
const STEPS: Status[] = [
  'admitted',
  'assessment',
  'reintegration',
  'trial_return',
  'reunified',
  'follow_up',
  'closed',
];
const FINAL: Status[] = ['closed', 'referred_long_term'];

/** Where the episode may go from here (the server refuses going back; a step may be skipped). */
function nextStatuses(from: Status): Status[] {
  if (FINAL.includes(from)) return [];
  return SHORT_TERM_STATUSES.filter(
    (s) => s === from || s === 'referred_long_term' || STEPS.indexOf(s) > STEPS.indexOf(from),
  );
}

/** Short-term care: each episode's progress towards going home, and reunification follow-ups. */
export function ShortTermTab({ detail }: { detail: CaseDetail }) {
  const canRecord = useCan('cases.write');
  const canWrite = canRecord && detail.status !== 'closed';
  const query = useEpisodes(detail.id);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.short-term" />
      </Title>
      <QueryState query={query}>
        {(episodes) =>
          episodes.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.episode.none" />
            </Text>
          ) : (
            episodes.map((e, i) => (
              <EpisodeCard key={e.id} episode={e} n={episodes.length - i} canWrite={canWrite} />
            ))
          )
        }
      </QueryState>
      <FollowUpsSection caseId={detail.id} kind="reunification" canWrite={canRecord} />
    </Stack>
  );
}

function EpisodeCard({
  episode: e,
  n,
  canWrite,
}: {
  episode: ShortTermEpisode;
  n: number;
  canWrite: boolean;
}) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const referred = e.status === 'referred_long_term';
  const reached = referred ? -1 : STEPS.indexOf(e.status);
  const date = (d: string | null) => (d ? format.date(d) : null);
  const titleId = `episode-${e.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4" id={titleId}>
            {intl.formatMessage({ id: 'cases.episode.title' }, { n, date: format.date(e.admittedOn) })}
          </Title>
          <Badge color={FINAL.includes(e.status) ? 'gray.7' : 'teal.9'} variant="light" tt="none">
            {label('episodeStatus', e.status)}
          </Badge>
        </Group>
        {referred ? (
          <Alert color="grape" variant="light">
            <FormattedMessage id="cases.episode.referredNote" />
          </Alert>
        ) : (
          <Stepper
            active={e.status === 'closed' ? STEPS.length : reached}
            orientation={wide ? 'horizontal' : 'vertical'}
            size="xs"
            iconSize={wide ? undefined : 24}
            // Narrow screens: a compact vertical list rather than seven tall rows.
            styles={wide ? undefined : { step: { minHeight: 'calc(var(--stepper-icon-size) + 12px)' } }}
            allowNextStepsSelect={false}
            aria-label={intl.formatMessage({ id: 'cases.episode.progress' })}
          >
            {STEPS.map((s, i) => (
              <Stepper.Step
                key={s}
                label={label('episodeStatus', s)}
                aria-current={i === reached ? 'step' : undefined}
              />
            ))}
          </Stepper>
        )}
        <Facts
          items={[
            ['cases.episode.admittedOn', date(e.admittedOn)],
            ['cases.episode.trialReturnOn', date(e.trialReturnOn)],
            ['cases.episode.reunifiedOn', date(e.reunifiedOn)],
            ['cases.episode.closedOn', date(e.closedOn)],
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="cases.episode.reintegrationPlan" />
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{e.reintegrationPlan || label('x', null)}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="cases.episode.familyWork" />
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{e.familyWork || label('x', null)}</Text>
          </div>
        </SimpleGrid>
        {canWrite && !FINAL.includes(e.status) && <AdvanceForm key={e.version} episode={e} />}
      </Stack>
    </Card>
  );
}

function AdvanceForm({ episode }: { episode: ShortTermEpisode }) {
  const intl = useIntl();
  const advance = useAdvanceEpisode();
  const options = nextStatuses(episode.status);
  const [form, setForm] = useState({
    status: options.find((s) => s !== episode.status) ?? episode.status,
    on: isoToday(),
    reintegrationPlan: episode.reintegrationPlan,
    familyWork: episode.familyWork,
  });
  const t = (id: string) => intl.formatMessage({ id: `cases.episode.${id}` });
  const formId = `advance-${episode.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await advance
      .mutateAsync({ id: episode.id, body: { version: episode.version, ...form } })
      .catch(() => {});
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={formId}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={formId}>
          <FormattedMessage id="cases.episode.moveOn" />
        </Title>
        <ErrorAlert error={advance.error} onReload={() => advance.reset()} />
        <Group align="end" wrap="wrap">
          <EnumSelect
            label={t('newStatus')}
            required
            group="episodeStatus"
            values={options}
            value={form.status}
            onChange={(v) => setForm({ ...form, status: v as Status })}
          />
          <DateField label={t('on')} required value={form.on} onChange={(on) => setForm({ ...form, on })} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('reintegrationPlan')}
            autosize
            minRows={3}
            value={form.reintegrationPlan}
            onChange={(e) => setForm({ ...form, reintegrationPlan: e.currentTarget.value })}
          />
          <Textarea
            label={t('familyWork')}
            autosize
            minRows={3}
            value={form.familyWork}
            onChange={(e) => setForm({ ...form, familyWork: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={advance.isPending}>
            <FormattedMessage id="cases.episode.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
