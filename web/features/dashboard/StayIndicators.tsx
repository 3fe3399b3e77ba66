import { Box, Stack, Table, Text } from '@mantine/core';
import { BarChart } from '../../components/ui/BarChart';
import { Count, sumOf, tally, useCells } from './cells';
import { drillDownLink } from './filters';
import { ChartAndTable } from './IndicatorCard';
import { type IndicatorProps as Props, SimpleTable } from './SimpleTable';

const STAY_BANDS = ['lt6m', '6to12m', '1to3y', '3yplus'] as const;
const STAY_GROUPS = ['exited', 'in_care'] as const;

/** Length of stay: stays that ended in the period and, so far, of the children in care on the date. */
export function LengthOfStay({ d, ind }: Props) {
  const { t, format, bar, text, asAt } = useCells(d);
  const rows = ind.rows;
  const groupLabel = (g: string) => t(`dashboard.stay.group.${g}`, { date: format.date(d.asAt) });
  const bandLabel = (b: string) => t(`dashboard.stay.band.${b}`);
  const cell = (g: string, b: string) => sumOf(rows, (r) => r.group === g && r.band === b);
  const median = (key: 'medianExited' | 'medianInCare') => {
    const days = ind.summary[key] ?? null;
    if (days === null) return '—';
    const shown = Math.round(days * 10) / 10;
    return t('dashboard.days', { n: shown, count: format.number(shown) });
  };
  const chart = (
    <Stack gap="sm">
      {STAY_GROUPS.map((g) => (
        <Box key={g}>
          <Text size="sm" fw={600}>
            {groupLabel(g)}
          </Text>
          <BarChart
            title={`${t('dashboard.indicator.length_of_stay')} — ${groupLabel(g)}`}
            hiddenText={text({ known: 0, hidden: 1 })}
            formatNumber={format.number}
            bars={STAY_BANDS.map((b) => bar(b, bandLabel(b), cell(g, b)))}
          />
        </Box>
      ))}
    </Stack>
  );
  const table = (
    <Table
      withTableBorder
      withColumnBorders
      fz="sm"
      verticalSpacing={4}
      aria-label={`${t('dashboard.indicator.length_of_stay')} (${asAt})`}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.col.stay')}</Table.Th>
          {STAY_GROUPS.map((g) => (
            <Table.Th scope="col" key={g} ta="right">
              {groupLabel(g)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {STAY_BANDS.map((b) => (
          <Table.Tr key={b}>
            <Table.Th scope="row" fw={400}>
              {bandLabel(b)}
            </Table.Th>
            {STAY_GROUPS.map((g) => (
              <Table.Td key={g} ta="right">
                <Count d={d} value={cell(g, b)} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
          {STAY_GROUPS.map((g) => (
            <Table.Td key={g} ta="right">
              <Count d={d} value={sumOf(rows, (r) => r.group === g)} strong />
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">{t('dashboard.stay.median')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {median('medianExited')}
          </Table.Td>
          <Table.Td ta="right" fw={700}>
            {median('medianInCare')}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
  return <ChartAndTable chart={chart} table={table} split={720} />;
}

const MOVES = [0, 1, 2, 3] as const;

/** Children in care on the date by the placement moves in their current stay (3 or more together). */
export function MovesPerChild({ d, ind, drill }: Props) {
  const { t, format, bar, text } = useCells(d);
  const label = (m: number) => t(`dashboard.moves.${m}`);
  const cell = (m: number) => sumOf(ind.rows, (r) => Number(r.moves) === m);
  const chart = (
    <BarChart
      title={t('dashboard.indicator.moves_per_child')}
      hiddenText={text({ known: 0, hidden: 1 })}
      formatNumber={format.number}
      bars={MOVES.map((m) => bar(String(m), label(m), cell(m)))}
    />
  );
  const table = (
    <SimpleTable
      d={d}
      caption={t('dashboard.indicator.moves_per_child')}
      head={[t('dashboard.col.moves'), t('dashboard.col.children')]}
      rows={MOVES.map((m) => ({
        key: String(m),
        label: label(m),
        value: cell(m),
        to: drill ? drillDownLink(d, 'moves', { moves: m }) : null,
      }))}
      total={{
        label: t('dashboard.total'),
        value: ind.summary.total ?? tally(ind.rows.map((r) => r.n)),
      }}
    />
  );
  return <ChartAndTable chart={chart} table={table} split={520} />;
}

const SHORT_TERM = ['reunified', 'reunifiedFollowed', 'reEntries'] as const;

/**
 * Short-term care placements that ended with going home, and re-entry: of the children who went
 * home a year before the period (12 months of follow-up), those back in care within 12 months.
 */
export function ShortTermCare({ d, ind }: Props) {
  const { t, format, bar, text, percent } = useCells(d);
  const label = (m: string) => t(`dashboard.shortTerm.${m}`);
  const cell = (m: string) => sumOf(ind.rows, (r) => r.measure === m);
  const reEntry = ind.summary.reEntryPercent ?? null;
  const chart = (
    <Stack gap="xs">
      <Box>
        <Text fz={28} fw={700} lh={1.1} c="teal">
          {reEntry === null ? '—' : percent(reEntry)}
        </Text>
        <Text size="sm" c="gray.7">
          {t('dashboard.shortTerm.reEntryPercent')}
        </Text>
      </Box>
      <BarChart
        title={t('dashboard.indicator.short_term_care')}
        hiddenText={text({ known: 0, hidden: 1 })}
        formatNumber={format.number}
        bars={SHORT_TERM.map((m) => bar(m, label(m), cell(m)))}
      />
    </Stack>
  );
  const table = (
    <SimpleTable
      d={d}
      caption={t('dashboard.indicator.short_term_care')}
      head={[t('dashboard.col.measure'), t('dashboard.col.children')]}
      rows={SHORT_TERM.map((m) => ({ key: m, label: label(m), value: cell(m) }))}
    />
  );
  return <ChartAndTable chart={chart} table={table} split={560} />;
}
