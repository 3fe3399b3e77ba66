import {
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { reportSchema } from '../../../common/contracts/reports';
import { BarChart } from '../../components/ui/BarChart';
import { QueryState } from '../../components/ui/QueryState';
import { api } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

type Report = z.infer<typeof reportSchema>;
const KINDS = ['annual', 'ministry'] as const;

/** The standard reports in one click: the annual report and the ministry's, on screen and as PDF. */
export function ReportsPage() {
  usePageTitle('reports.title');
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const kind = (KINDS as readonly string[]).includes(params.get('report') ?? '')
    ? params.get('report')!
    : 'annual';
  const year = params.get('year') ?? String(thisYear);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const query = useQuery({
    queryKey: ['report', kind, year],
    queryFn: () => api<Report>('GET', `/api/reports/${kind}?year=${year}`),
  });
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="reports.title" />
      </Title>
      <Group align="end" wrap="wrap">
        <SegmentedControl
          aria-label={intl.formatMessage({ id: 'reports.which' })}
          value={kind}
          onChange={(v) => set('report', v)}
          data={KINDS.map((k) => ({ value: k, label: intl.formatMessage({ id: `reports.kind.${k}` }) }))}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'reports.year' })}
          value={year}
          data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))}
          onChange={(e) => set('year', e.currentTarget.value)}
        />
        <Button component="a" href={`/api/reports/${kind}.pdf?year=${year}`} variant="light" download>
          <FormattedMessage id="reports.pdf" />
        </Button>
      </Group>
      <QueryState query={query}>{(report) => <ReportView report={report} />}</QueryState>
    </Stack>
  );
}

/** A report on screen: every chart with its table of numbers, and the notes saying what is counted. */
export function ReportView({ report }: { report: Report }) {
  const format = useFormat();
  const cell = (value: string | number | null, kind?: string) =>
    value === null
      ? '—'
      : typeof value === 'number'
        ? format.number(kind === 'percent' ? value * 100 : value)
        : value;
  return (
    <Stack>
      <div>
        <Title order={2}>{report.title}</Title>
        {report.subtitle && <Text c="dimmed">{report.subtitle}</Text>}
      </div>
      {report.sections.map((s) => (
        <Card withBorder key={s.heading} component="section" aria-label={s.heading}>
          <Title order={3} size="h4" mb="sm">
            {s.heading}
          </Title>
          {s.text && <Text mb="sm">{s.text}</Text>}
          <Group align="start" grow wrap="wrap" gap="lg">
            {s.chart && (
              <BarChart
                title={s.chart.title ?? s.heading}
                bars={s.chart.categories.map((c, i) => ({
                  key: c,
                  label: c,
                  value: s.chart!.series[0]?.values[i] ?? 0,
                }))}
                formatNumber={format.number}
                hiddenText="<5"
              />
            )}
            {s.table && (
              <Table.ScrollContainer minWidth={320}>
                <Table withTableBorder striped>
                  <Table.Thead>
                    <Table.Tr>
                      {s.table.columns.map((c) => (
                        <Table.Th key={c.heading} scope="col" ta={c.kind === 'number' ? 'right' : undefined}>
                          {c.heading}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.table.rows.map((row) => (
                      <Table.Tr key={row.join('|')}>
                        {row.map((value, i) =>
                          i === 0 ? (
                            <Table.Th key={s.table!.columns[i]!.heading} scope="row" fw={400}>
                              {cell(value)}
                            </Table.Th>
                          ) : (
                            <Table.Td
                              key={s.table!.columns[i]!.heading}
                              ta={s.table!.columns[i]!.kind === 'number' ? 'right' : undefined}
                            >
                              {cell(value, s.table!.columns[i]!.kind)}
                            </Table.Td>
                          ),
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Group>
          {s.note && (
            <Text size="sm" c="dimmed" mt="sm">
              {s.note}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
