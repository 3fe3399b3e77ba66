import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { Q4cAssessment } from '../../../common/contracts/quality';
import { Q4C_PHASES, Q4C_SCORES, type Q4cStandard } from '../../../common/quality4children';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat, useLocalized } from '../../lib/format';
import { useProgrammes } from '../../lib/organisation';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useAssessment, useSaveAssessment, useStandards } from './api';

const COLUMN_WIDTHS: Record<string, number | undefined> = {
  measured: 170,
  score: 200,
  previous: 110,
  evidence: 280,
};

type Draft = Record<number, { score: string; evidence: string; actions: string }>;

/**
 * The yearly Quality4Children self-assessment of a programme: each standard scored with its
 * evidence and actions, Yuva's own figure beside the standards it measures, last year's score
 * to compare, and the average score year by year.
 */
export function QualityPage() {
  usePageTitle('quality.title');
  const intl = useIntl();
  const localized = useLocalized();
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes();
  const thisYear = new Date().getFullYear();
  const programmeId = params.get('programme') ?? '';
  const year = Number(params.get('year') ?? thisYear);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (!programmeId && programmes.data?.[0]) set('programme', programmes.data[0].id);
  });
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="quality.title" />
      </Title>
      <Text c="dimmed">
        <FormattedMessage id="quality.intro" />
      </Text>
      <Group align="end">
        <NativeSelect
          label={intl.formatMessage({ id: 'quality.programme' })}
          value={programmeId}
          data={(programmes.data ?? []).map((p) => ({ value: p.id, label: localized(p.name) }))}
          onChange={(e) => set('programme', e.currentTarget.value)}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'quality.year' })}
          value={String(year)}
          data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
          onChange={(e) => set('year', e.currentTarget.value)}
        />
      </Group>
      {programmeId && <Assessment key={`${programmeId}-${year}`} programmeId={programmeId} year={year} />}
    </Stack>
  );
}

function Assessment({ programmeId, year }: { programmeId: string; year: number }) {
  const standards = useStandards();
  const assessment = useAssessment(programmeId, year);
  return (
    <QueryState query={standards}>
      {(list) => (
        <QueryState query={assessment}>
          {(a) => <AssessmentForm key={a.version ?? 0} standards={list} assessment={a} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function AssessmentForm({
  standards,
  assessment: a,
}: {
  standards: Q4cStandard[];
  assessment: Q4cAssessment;
}) {
  const intl = useIntl();
  const format = useFormat();
  const localized = useLocalized();
  const canWrite = useCan('quality.write');
  const save = useSaveAssessment(a.programmeId, a.year);
  const [saved, setSaved] = useState(false);
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      a.standards.map((s) => [
        s.standard,
        { score: s.score ? String(s.score) : '', evidence: s.evidence, actions: s.actions },
      ]),
    ),
  );
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const edit = (n: number, field: 'score' | 'evidence' | 'actions', value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [n]: { ...d[n]!, [field]: value } }));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save.mutateAsync({
        version: a.version,
        scores: Object.entries(draft)
          .filter(([, v]) => v.score || v.evidence || v.actions)
          .map(([n, v]) => ({
            standard: Number(n),
            score: v.score ? Number(v.score) : null,
            evidence: v.evidence,
            actions: v.actions,
          })),
      });
      setSaved(true);
    } catch {
      // shown below
    }
  }
  const percent = (value: number | null) =>
    value === null ? '—' : t('quality.percent', { value: format.number(value) });
  /** A count as published: null is withheld (under 5) for readers of aggregates only. */
  const count = (value: number | null) => (value === null ? '<5' : format.number(value));
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('quality.measuredAsAt', { date: format.date(a.asAt) })}
        </Text>
        {a.rounding > 1 && (
          <Alert color="blue" variant="light" role="note">
            <Text size="sm">{t('dashboard.suppressed', { threshold: format.number(a.rounding) })}</Text>
            <Text size="sm">
              {t('dashboard.suppressed.rounded', { rounding: format.number(a.rounding) })}
            </Text>
          </Alert>
        )}
        {a.years.length > 0 && <YearTrend years={a.years} />}
        {Q4C_PHASES.map((phase) => (
          <Card withBorder key={phase} component="section" aria-labelledby={`q4c-${phase}`}>
            <Title order={2} size="h4" id={`q4c-${phase}`} mb="sm">
              {t(`quality.phase.${phase}`)}
            </Title>
            <Table.ScrollContainer minWidth={940}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    {['standard', 'measured', 'score', 'previous', 'evidence'].map((c) => (
                      <Table.Th scope="col" key={c} w={COLUMN_WIDTHS[c]}>
                        {t(`quality.col.${c}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {standards
                    .filter((s) => s.phase === phase)
                    .map((s) => {
                      const row = a.standards.find((x) => x.standard === s.number)!;
                      const d = draft[s.number]!;
                      const label = `${s.number}. ${localized(s.title)}`;
                      return (
                        <Table.Tr key={s.number} data-testid="q4c-standard">
                          <Table.Th scope="row" fw={500}>
                            {label}
                          </Table.Th>
                          <Table.Td>
                            {row.measured ? (
                              <Stack gap={0}>
                                <Text fw={700}>{percent(row.measured.percent)}</Text>
                                <Text size="xs" c="dimmed">
                                  {t('quality.ofCount', {
                                    numerator: count(row.measured.numerator),
                                    denominator: count(row.measured.denominator),
                                  })}
                                </Text>
                                <Text size="xs" c="dimmed">
                                  {t(`quality.measure.${s.measure}`)}
                                </Text>
                              </Stack>
                            ) : (
                              <Text size="sm" c="dimmed">
                                —
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <NativeSelect
                              w={190}
                              aria-label={t('quality.scoreOf', { standard: label })}
                              disabled={!canWrite}
                              value={d.score}
                              data={[
                                { value: '', label: t('quality.notScored') },
                                ...Q4C_SCORES.map((n) => ({
                                  value: String(n),
                                  label: t(`quality.score.${n}`),
                                })),
                              ]}
                              onChange={(e) => edit(s.number, 'score', e.currentTarget.value)}
                            />
                          </Table.Td>
                          <Table.Td>
                            {row.previous?.score ? (
                              <Badge variant="light" color="gray.8" tt="none">
                                {t(`quality.score.${row.previous.score}`)}
                              </Badge>
                            ) : (
                              '—'
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={4}>
                              <Textarea
                                aria-label={t('quality.evidenceOf', { standard: label })}
                                placeholder={t('quality.col.evidence')}
                                autosize
                                minRows={1}
                                maxLength={4000}
                                disabled={!canWrite}
                                value={d.evidence}
                                onChange={(e) => edit(s.number, 'evidence', e.currentTarget.value)}
                              />
                              <Textarea
                                aria-label={t('quality.actionsOf', { standard: label })}
                                placeholder={t('quality.actions')}
                                autosize
                                minRows={1}
                                maxLength={4000}
                                disabled={!canWrite}
                                value={d.actions}
                                onChange={(e) => edit(s.number, 'actions', e.currentTarget.value)}
                              />
                            </Stack>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        ))}
        <ErrorAlert error={save.error} reloadKey={null} />
        {saved && (
          <Alert color="teal" role="status">
            <FormattedMessage id="quality.saved" />
          </Alert>
        )}
        {canWrite && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              <FormattedMessage id="quality.save" />
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

/** The average score year by year, as bars with the numbers. */
function YearTrend({ years }: { years: Q4cAssessment['years'] }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        <FormattedMessage id="quality.trend" />
      </Title>
      <Stack gap={6} role="list">
        {years.map((y) => (
          <Group key={y.year} gap="sm" wrap="nowrap" role="listitem">
            <Text w={48} fw={600}>
              {y.year}
            </Text>
            <div
              aria-hidden
              style={{
                height: 14,
                width: `${((y.average ?? 0) / 4) * 60}%`,
                background: 'var(--mantine-color-teal-8)',
                borderRadius: 3,
              }}
            />
            <Text size="sm">
              {y.average === null
                ? '—'
                : intl.formatMessage(
                    { id: 'quality.average' },
                    { average: format.number(y.average), scored: format.number(y.scored) },
                  )}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
