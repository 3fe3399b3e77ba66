import { Box, Table, Text } from '@mantine/core';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { BarChart } from '../../components/ui/BarChart';
import { Count, sumOf, tally, useCells } from './cells';
import { ChartAndTable } from './IndicatorCard';

/** Every month of the period, 'YYYY-MM', so that months without entries show as 0. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/**
 * Entries to care (by the referral's first reason) or exits from care (by the reason the last
 * placement ended), by month: a bar per month and a table of months × reasons.
 */
export function MonthlyFlow({ d, ind }: { d: Dashboard; ind: Indicator }) {
  const { t, format, bar, text, children } = useCells(d);
  const rows = ind.rows;
  const months = monthsOf(d.from, d.to);
  const group = ind.id === 'entries_by_month' ? 'reason' : 'endReason';
  const reasonLabel = (r: string) =>
    r === 'unknown' ? t('dashboard.reason.unknown') : t(`cases.${group}.${r}`);
  // The reasons that occur, the most frequent first.
  const reasons = [...new Set(rows.map((r) => String(r.reason)))].sort(
    (a, b) =>
      sumOf(rows, (r) => r.reason === b).known - sumOf(rows, (r) => r.reason === a).known ||
      a.localeCompare(b),
  );
  const monthLabel = (m: string) => format.date(`${m}-01`, 'month');
  const total = ind.summary.total ?? null;
  // Entries: the rows count stays; the children who entered, each once, are given beside them.
  const entered = ind.summary.children;
  const chart = (
    <>
      {entered === undefined ? (
        <Text fw={700} size="xl" mb="xs">
          {total === null ? text(tally(rows.map((r) => r.n))) : children(total)}
        </Text>
      ) : (
        <Box mb="xs">
          <Text size="sm">
            {t('dashboard.entries.stays')}:{' '}
            <Text span fw={700} size="xl">
              <Count d={d} value={total ?? tally(rows.map((r) => r.n))} />
            </Text>
          </Text>
          <Text size="sm">
            {t('dashboard.entries.children')}:{' '}
            <Text span fw={700} size="xl">
              <Count d={d} value={entered} />
            </Text>
          </Text>
        </Box>
      )}
      <BarChart
        title={t(`dashboard.chart.${ind.id}`)}
        hiddenText={text({ known: 0, hidden: 1 })}
        formatNumber={format.number}
        bars={months.map((m) =>
          bar(
            m,
            monthLabel(m),
            sumOf(rows, (r) => r.month === m),
          ),
        )}
      />
    </>
  );
  const table =
    rows.length === 0 ? (
      <Text c="gray.7">{t('dashboard.noData')}</Text>
    ) : (
      <Table.ScrollContainer type="native" minWidth={120 + reasons.length * 70}>
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} horizontalSpacing={6}>
          <Table.Caption c="gray.7">{t(`dashboard.table.${ind.id}`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" fz="xs" style={{ verticalAlign: 'bottom' }}>
                {t('dashboard.col.month')}
              </Table.Th>
              <Table.Th scope="col" ta="right" fz="xs" style={{ verticalAlign: 'bottom' }}>
                {t('dashboard.total')}
              </Table.Th>
              {reasons.map((r) => (
                <Table.Th scope="col" key={r} ta="right" fz="xs" style={{ verticalAlign: 'bottom' }}>
                  {reasonLabel(r)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m}>
                <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                  {monthLabel(m)}
                </Table.Th>
                <Table.Td ta="right">
                  <Count d={d} value={sumOf(rows, (x) => x.month === m)} strong />
                </Table.Td>
                {reasons.map((r) => (
                  <Table.Td key={r} ta="right">
                    <Count d={d} value={sumOf(rows, (x) => x.month === m && x.reason === r)} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
              <Table.Td ta="right">
                <Count d={d} value={total ?? tally(rows.map((r) => r.n))} strong />
              </Table.Td>
              {reasons.map((r) => (
                <Table.Td key={r} ta="right">
                  <Count d={d} value={sumOf(rows, (x) => x.reason === r)} strong />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    );
  return <ChartAndTable chart={chart} table={table} split={760} chartSpan={5} />;
}
