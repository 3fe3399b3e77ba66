import { Box, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { WELLBEING_DIMENSIONS } from '../../../common/contracts/leaving-care';
import { FUNNEL_STAGES } from '../../../common/contracts/recruitment';
import { BarChart, type BarSeries } from '../../components/ui/BarChart';
import { Count, sumOf, tally, useCells } from './cells';
import { drillDownLink } from './filters';
import { ChartAndTable } from './IndicatorCard';

interface Props {
  d: Dashboard;
  ind: Indicator;
  drill: boolean;
}

/** A table of one label column and one number column (the usual companion of a simple chart). */
function SimpleTable({
  d,
  caption,
  head,
  rows,
  total,
}: {
  d: Dashboard;
  caption: string;
  head: [string, string];
  rows: { key: string; label: string; value: number | null | ReturnType<typeof tally>; to?: string | null }[];
  total?: { label: string; value: number | null | ReturnType<typeof tally> };
}) {
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{head[0]}</Table.Th>
          <Table.Th scope="col" ta="right">
            {head[1]}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={400}>
              {r.label}
            </Table.Th>
            <Table.Td ta="right">
              <Count d={d} value={r.value} to={r.to} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {total && (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{total.label}</Table.Th>
            <Table.Td ta="right">
              <Count d={d} value={total.value} strong />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}

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

const RATINGS = [1, 2, 3, 4] as const;
const RATING_COLORS = ['#c92a2a', '#d9480f', '#5c940d', '#087f5b'];

/** After-care follow-ups of care leavers: visits missed and the well-being ratings given, area by area. */
export function AfterCare({ d, ind }: Props) {
  const { t, format, bar, text } = useCells(d);
  const rows = ind.rows;
  const rated = rows.filter((r) => r.status === 'held' && r.dimension !== null);
  const dimensions = WELLBEING_DIMENSIONS.filter((x) => rated.some((r) => r.dimension === x));
  const anyHidden = rated.some((r) => r.n === null);
  const cell = (x: string, rating: number) =>
    sumOf(rated, (r) => r.dimension === x && Number(r.rating) === rating);
  const ratingLabel = (r: number) => `${format.number(r)} — ${t(`cases.rating.${r}`)}`;
  const series: BarSeries[] = RATINGS.map((r, i) => ({
    key: String(r),
    label: ratingLabel(r),
    color: RATING_COLORS[i]!,
  }));
  const missed = ind.summary.missed ?? null;
  const chart = (
    <Stack gap="xs">
      <Text size="sm">
        {t('dashboard.afterCare.missed')}:{' '}
        <Text span fw={700}>
          <Count d={d} value={missed} />
        </Text>
      </Text>
      {dimensions.length === 0 ? (
        <Text c="gray.7">{t('dashboard.afterCare.noRatings')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {t('dashboard.afterCare.ratings')}
          </Text>
          <BarChart
            title={t('dashboard.afterCare.ratings')}
            hiddenText={text({ known: 0, hidden: 1 })}
            formatNumber={format.number}
            series={anyHidden ? undefined : series}
            bars={dimensions.map((x) =>
              bar(
                x,
                t(`cases.wellbeing.${x}`),
                sumOf(rated, (r) => r.dimension === x),
                Object.fromEntries(RATINGS.map((r) => [String(r), cell(x, r).known])),
              ),
            )}
          />
        </>
      )}
    </Stack>
  );
  const table =
    dimensions.length === 0 ? null : (
      <Table.ScrollContainer type="native" minWidth={420}>
        <Table
          withTableBorder
          withColumnBorders
          fz="sm"
          verticalSpacing={4}
          aria-label={t('dashboard.afterCare.ratings')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('cases.followUp.dimension')}</Table.Th>
              {RATINGS.map((r) => (
                <Table.Th scope="col" key={r} ta="right">
                  {ratingLabel(r)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('dashboard.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dimensions.map((x) => (
              <Table.Tr key={x}>
                <Table.Th scope="row" fw={400}>
                  {t(`cases.wellbeing.${x}`)}
                </Table.Th>
                {RATINGS.map((r) => (
                  <Table.Td key={r} ta="right">
                    <Count d={d} value={cell(x, r)} />
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Count d={d} value={sumOf(rated, (r) => r.dimension === x)} strong />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  return <ChartAndTable chart={chart} table={table} split={760} />;
}

/** The foster-family funnel: inquiries → applications → home studies → approvals → active families → placements. */
export function FosterFunnel({ d, ind }: Props) {
  const { t, format, bar, text } = useCells(d);
  const cell = (s: string) => sumOf(ind.rows, (r) => r.stage === s);
  const chart = (
    <BarChart
      title={t('dashboard.indicator.foster_funnel')}
      hiddenText={text({ known: 0, hidden: 1 })}
      formatNumber={format.number}
      bars={FUNNEL_STAGES.map((s) => bar(s, t(`funnel.stage.${s}`), cell(s)))}
    />
  );
  const table = (
    <SimpleTable
      d={d}
      caption={t('dashboard.indicator.foster_funnel')}
      head={[t('dashboard.col.stage'), t('dashboard.col.count')]}
      rows={FUNNEL_STAGES.map((s) => ({ key: s, label: t(`funnel.stage.${s}`), value: cell(s) }))}
    />
  );
  return <ChartAndTable chart={chart} table={table} split={620} />;
}

const CORE = [
  'entries_per_100k',
  'in_care_per_100k',
  'left_residential_for_family',
  'residential_to_family_ratio',
  'residential_to_family_ratio_family_like_as_family',
] as const;
const RATIOS: readonly string[] = [
  'residential_to_family_ratio',
  'residential_to_family_ratio_family_like_as_family',
];

/** The four core formal-care indicators, as a list of values with the figures they come from. */
export function CoreIndicators({ d, ind }: Props) {
  const { t, format, hiddenText } = useCells(d);
  const population = ind.summary.population ?? null;
  const value = (measure: string) => {
    const v = ind.rows.find((r) => r.measure === measure)?.value;
    if (typeof v === 'number') {
      if (RATIOS.includes(measure)) return t('dashboard.core.ratio', { value: format.number(v) });
      const percent = ind.summary.leftResidentialForFamilyPercent ?? null;
      if (measure === 'left_residential_for_family' && percent !== null)
        return t('dashboard.core.shareOfLeft', { count: format.number(v), percent: format.number(percent) });
      return format.number(v);
    }
    if (measure.endsWith('_per_100k') && population === null) return '—';
    if (RATIOS.includes(measure))
      return ind.summary.familyBased === 0 || !d.suppressed ? '—' : t('dashboard.hidden');
    return d.suppressed ? hiddenText : '—';
  };
  const figure = (
    key: 'population' | 'residential' | 'familyLike' | 'familyBased' | 'youngAdults' | 'leftResidential',
  ) => {
    const v = ind.summary[key] ?? null;
    return v === null ? (key === 'population' || !d.suppressed ? '—' : hiddenText) : format.number(v);
  };
  const year = format.date(d.asAt, 'year');
  const item = (label: string, shown: string, big?: boolean) => (
    <Box key={label} py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Text component="dt" size="sm">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700} fz={big ? 22 : 'md'}>
        {shown}
      </Text>
    </Box>
  );
  return (
    <Stack gap="xs">
      <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing={0}>
        {CORE.map((m) => item(t(`dashboard.core.${m}`), value(m), true))}
        {item(t('dashboard.core.population', { year }), figure('population'))}
        {item(t('dashboard.core.residential'), figure('residential'))}
        {item(t('dashboard.core.familyLike'), figure('familyLike'))}
        {item(t('dashboard.core.familyBased'), figure('familyBased'))}
        {item(t('dashboard.core.youngAdults'), figure('youngAdults'))}
        {item(t('dashboard.core.leftResidential'), figure('leftResidential'))}
      </SimpleGrid>
      {population === null && (
        <Text size="sm" c="gray.7">
          {t('dashboard.core.noPopulation', { year })}
        </Text>
      )}
    </Stack>
  );
}
