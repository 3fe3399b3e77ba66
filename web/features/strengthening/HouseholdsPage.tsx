import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { ENROLMENT_STATUSES } from '../../../common/strengthening';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import {
  type HouseholdSummary,
  type StrengtheningProgramme,
  useChangeProgrammeSettings,
  useHouseholds,
  useReviewsDue,
  useStrengtheningProgrammes,
} from './api';
import { EnrolmentBadge, RiskBadge, Section, useFsLabel, useFsOptions } from './shared';

const PAGE_SIZE = 50;

/** The families the user works with (or knows a member of), with the reviews due and the programmes. */
export function HouseholdsPage() {
  usePageTitle('strengthening.list.title');
  const intl = useIntl();
  // Families are registered by those who work in a family strengthening programme.
  const canWrite = useCan('strengthening.write');
  const programmes = useStrengtheningProgrammes();
  const canRegister = canWrite && (programmes.data?.length ?? 0) > 0;
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1}>
          <FormattedMessage id="strengthening.list.title" />
        </Title>
        {canRegister && (
          <Button component={Link} to="/strengthening/new">
            <FormattedMessage id="strengthening.new.title" />
          </Button>
        )}
      </Group>
      <Programmes />
      <ReviewsDue />
      <Section title={t('strengthening.list.families')} id="fs-families">
        <Households />
      </Section>
    </Stack>
  );
}

function Households() {
  const intl = useIntl();
  const options = useFsOptions();
  const localized = useLocalized();
  const programmes = useStrengtheningProgrammes();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? 1) || 1;
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 250);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: key !== 'page' });
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text moves the address
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) set('q', q);
  }, [q]);
  const query = useHouseholds({
    q: params.get('q') || undefined,
    programmeId: params.get('programmeId') || undefined,
    status: params.get('status') || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Stack>
      <Group
        align="end"
        gap="sm"
        role="search"
        aria-label={intl.formatMessage({ id: 'strengthening.list.filters' })}
      >
        <TextInput
          type="search"
          label={intl.formatMessage({ id: 'strengthening.list.search' })}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={{ base: '100%', xs: 260 }}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'strengthening.field.programme' })}
          value={params.get('programmeId') ?? ''}
          onChange={(e) => set('programmeId', e.currentTarget.value)}
          data={[
            { value: '', label: intl.formatMessage({ id: 'strengthening.any' }) },
            ...(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) })),
          ]}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'strengthening.field.status' })}
          value={params.get('status') ?? ''}
          onChange={(e) => set('status', e.currentTarget.value)}
          data={options('enrolmentStatus', [...ENROLMENT_STATUSES, 'none'], 'any')}
        />
      </Group>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <Text>
              <FormattedMessage id="strengthening.list.empty" />
            </Text>
          ) : (
            <>
              <HouseholdTable households={data.items} />
              <Pager
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onChange={(p) => set('page', String(p))}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

function HouseholdTable({ households }: { households: HouseholdSummary[] }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const label = useFsLabel();
  const none = intl.formatMessage({ id: 'common.none' });
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {[
              'strengthening.col.reference',
              'strengthening.col.members',
              'strengthening.field.location',
              'strengthening.field.status',
              'strengthening.col.risk',
              'strengthening.col.nextReview',
              'strengthening.field.worker',
            ].map((id) => (
              <Table.Th scope="col" key={id}>
                {intl.formatMessage({ id })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {households.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>
                <Anchor component={Link} to={`/strengthening/${h.id}`} style={{ whiteSpace: 'nowrap' }}>
                  {h.reference}
                </Anchor>
                {h.access !== 'full' && (
                  <Text size="xs" c="dimmed">
                    {label('access', h.access)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{h.names.join(', ') || none}</Table.Td>
              <Table.Td>{localized(h.locationName)}</Table.Td>
              <Table.Td>
                <EnrolmentBadge status={h.status} />
              </Table.Td>
              <Table.Td>
                <RiskBadge level={h.riskLevel} />
              </Table.Td>
              <Table.Td>
                {h.nextReviewOn ? (
                  <Text span c={h.overdue ? 'red.9' : undefined} fw={h.overdue ? 600 : undefined}>
                    {format.date(h.nextReviewOn)}
                    {h.overdue && ` · ${intl.formatMessage({ id: 'strengthening.overdue' })}`}
                  </Text>
                ) : (
                  none
                )}
              </Table.Td>
              <Table.Td>{h.workerName ?? none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Development plan reviews overdue or due within a month. */
function ReviewsDue() {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const query = useReviewsDue();
  const due = query.data ?? [];
  if (!due.length) return null;
  return (
    <Section title={intl.formatMessage({ id: 'strengthening.due.title' })} id="fs-due">
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {[
                'strengthening.col.reference',
                'strengthening.col.members',
                'strengthening.field.programme',
                'strengthening.col.nextReview',
                'strengthening.field.worker',
              ].map((id) => (
                <Table.Th scope="col" key={id}>
                  {intl.formatMessage({ id })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {due.map((d) => (
              <Table.Tr key={d.planId}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/strengthening/${d.householdId}?tab=plan`}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {d.reference}
                  </Anchor>
                </Table.Td>
                <Table.Td>{d.names.join(', ')}</Table.Td>
                <Table.Td>{localized(d.programmeName)}</Table.Td>
                <Table.Td>
                  <Text span c={d.overdue ? 'red.9' : undefined} fw={d.overdue ? 600 : undefined}>
                    {format.date(d.nextReviewOn)}
                    {d.overdue && ` · ${intl.formatMessage({ id: 'strengthening.overdue' })}`}
                  </Text>
                </Table.Td>
                <Table.Td>{d.workerName ?? intl.formatMessage({ id: 'common.none' })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

/** The programmes in scope: families taking part and waiting, reviews overdue, the review interval. */
function Programmes() {
  const query = useStrengtheningProgrammes();
  const programmes = query.data ?? [];
  if (!programmes.length) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(2, programmes.length) }}>
      {programmes.map((p) => (
        <ProgrammeCard key={p.id} programme={p} />
      ))}
    </SimpleGrid>
  );
}

function ProgrammeCard({ programme: p }: { programme: StrengtheningProgramme }) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const canManage = useCan('organisation.manage');
  const change = useChangeProgrammeSettings();
  const [months, setMonths] = useState<number | string>(p.planReviewMonths);
  const [editing, setEditing] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await change.mutateAsync({ id: p.id, version: p.version, planReviewMonths: Number(months) });
      setEditing(false);
    } catch {
      // Shown by the alert.
    }
  }
  return (
    <Paper withBorder p="md" component="section" aria-label={localized(p.name)}>
      <Stack gap="xs">
        <Text fw={600}>{localized(p.name)}</Text>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            <FormattedMessage id="strengthening.programme.enrolled" values={{ count: p.enrolled }} />
          </Text>
          <Text size="sm">
            <FormattedMessage id="strengthening.programme.waiting" values={{ count: p.waiting }} />
          </Text>
          <Text size="sm" c={p.overdueReviews ? 'red.9' : undefined}>
            <FormattedMessage id="strengthening.programme.overdue" values={{ count: p.overdueReviews }} />
          </Text>
        </Group>
        {editing ? (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <ErrorAlert error={change.error} />
              <Group align="end" gap="sm">
                <NumberInput
                  label={intl.formatMessage({ id: 'strengthening.programme.interval' })}
                  description={intl.formatMessage({ id: 'strengthening.programme.intervalHint' })}
                  min={1}
                  max={24}
                  value={months}
                  onChange={setMonths}
                  w={260}
                />
                <Button type="submit" loading={change.isPending}>
                  <FormattedMessage id="strengthening.save" />
                </Button>
                <Button variant="default" onClick={() => setEditing(false)}>
                  <FormattedMessage id="strengthening.cancel" />
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              <FormattedMessage
                id="strengthening.programme.every"
                values={{ months: p.planReviewMonths, shown: format.number(p.planReviewMonths) }}
              />
            </Text>
            {canManage && (
              <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
                <FormattedMessage id="strengthening.programme.change" />
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
