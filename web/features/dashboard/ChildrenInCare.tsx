import { Table, Text } from '@mantine/core';
import { SETTING_TYPES } from '../../../common/cases';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { BarChart, type BarSeries, CHART_COLORS } from '../../components/ui/BarChart';
import { Count, sumOf, tally, useCells } from './cells';
import { drillDownLink } from './filters';
import { ChartAndTable } from './IndicatorCard';

/** Children's age bands: young adults (18+) are counted apart (summary.youngAdults). */
const AGE_BANDS = ['0-6', '7-13', '14-17', 'unknown'] as const;
const SEXES = ['female', 'male', 'unknown'] as const;

const order = (list: readonly string[]) => (a: string, b: string) => {
  const i = list.indexOf(a);
  const j = list.indexOf(b);
  return (i < 0 ? 99 : i) - (j < 0 ? 99 : j) || a.localeCompare(b);
};

/**
 * Children in care on the date: a bar per care setting (stacked by sex), and a table by
 * setting × sex × age band with the children who have a disability; each number opens the
 * children behind it.
 */
export function ChildrenInCare({ d, ind, drill }: { d: Dashboard; ind: Indicator; drill: boolean }) {
  const { t, bar, children, text } = useCells(d);
  const rows = ind.rows;
  const settings = [...new Set(rows.map((r) => String(r.setting)))].sort(order(SETTING_TYPES));
  const sexes = SEXES.filter((s) => rows.some((r) => r.sex === s));
  const bands = AGE_BANDS.filter((b) => b !== 'unknown' || rows.some((r) => r.ageBand === b));
  const anyHidden = rows.some((r) => r.n === null);
  const settingLabel = (s: string) => t(`cases.setting.${s}`);
  const sexLabel = (s: string) => (s === 'unknown' ? t('dashboard.sex.unknown') : t(`cases.sex.${s}`));
  const bandLabel = (b: string) =>
    b === 'unknown' ? t('dashboard.ageBand.unknown') : t(`cases.ageBand.${b}`);
  const series: BarSeries[] = sexes.map((s, i) => ({
    key: s,
    label: sexLabel(s),
    color: s === 'unknown' ? CHART_COLORS[5] : CHART_COLORS[i % 5]!,
  }));
  const link = (cell: { setting?: string; sex?: string; ageBand?: string }) =>
    drill ? drillDownLink(d, 'children_in_care', cell) : null;
  const total = ind.summary.total ?? null;
  const youngAdults = ind.summary.youngAdults;
  // Young people 18 or older (youth houses…) are in care but not children: a line of their own.
  const youngAdultsLine =
    youngAdults === undefined ? null : (
      <Text size="sm" mt="xs">
        {t('dashboard.childrenInCare.youngAdults')}:{' '}
        <Text span fw={700}>
          <Count d={d} value={youngAdults} to={link({ ageBand: '18+' })} />
        </Text>
      </Text>
    );

  if (rows.length === 0)
    return (
      <>
        <Text c="gray.7">{t('dashboard.noData')}</Text>
        {youngAdultsLine}
      </>
    );
  const chart = (
    <>
      <Text fw={700} size="xl" mb="xs">
        {total === null ? text(tally(rows.map((r) => r.n))) : children(total)}
      </Text>
      <BarChart
        title={t('dashboard.chart.bySetting')}
        hiddenText={text({ known: 0, hidden: 1 })}
        formatNumber={(n) => text({ known: n, hidden: 0 })}
        series={anyHidden ? undefined : series}
        bars={settings.map((s) =>
          bar(
            s,
            settingLabel(s),
            sumOf(rows, (r) => r.setting === s),
            Object.fromEntries(
              sexes.map((x) => [x, sumOf(rows, (r) => r.setting === s && r.sex === x).known]),
            ),
          ),
        )}
      />
      {youngAdultsLine}
    </>
  );
  const table = (
    <Table.ScrollContainer type="native" minWidth={360}>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} horizontalSpacing={6}>
        <Table.Caption c="gray.7">{t('dashboard.table.childrenInCare')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.col.sex')}</Table.Th>
            {bands.map((b) => (
              <Table.Th scope="col" key={b} ta="right">
                {bandLabel(b)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('dashboard.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.col.disability')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        {settings.map((s) => (
          // One group of rows per care setting, headed by its name.
          <Table.Tbody key={s}>
            <Table.Tr bg="gray.0">
              <Table.Th scope="rowgroup" colSpan={bands.length + 3} fw={700}>
                {settingLabel(s)}
              </Table.Th>
            </Table.Tr>
            {sexes
              .filter((x) => rows.some((r) => r.setting === s && r.sex === x))
              .map((x) => (
                <Table.Tr key={x}>
                  <Table.Th scope="row" fw={400} pl="md">
                    {sexLabel(x)}
                  </Table.Th>
                  {bands.map((b) => (
                    <Table.Td key={b} ta="right">
                      <Count
                        d={d}
                        value={sumOf(rows, (r) => r.setting === s && r.sex === x && r.ageBand === b)}
                        to={link({ setting: s, sex: x, ageBand: b })}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    <Count
                      d={d}
                      value={sumOf(rows, (r) => r.setting === s && r.sex === x)}
                      to={link({ setting: s, sex: x })}
                      strong
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Count
                      d={d}
                      value={sumOf(rows, (r) => r.setting === s && r.sex === x && r.disability === true)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        ))}
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
            {bands.map((b) => (
              <Table.Td key={b} ta="right">
                <Count d={d} value={sumOf(rows, (r) => r.ageBand === b)} to={link({ ageBand: b })} strong />
              </Table.Td>
            ))}
            <Table.Td ta="right">
              <Count d={d} value={total ?? tally(rows.map((r) => r.n))} to={link({})} strong />
            </Table.Td>
            <Table.Td ta="right">
              <Count d={d} value={sumOf(rows, (r) => r.disability === true)} strong />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
  return <ChartAndTable chart={chart} table={table} split={760} chartSpan={5} />;
}
