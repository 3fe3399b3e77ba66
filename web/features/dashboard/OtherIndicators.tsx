import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { FUNNEL_STAGES } from '../../../common/contracts/recruitment';
import { BarChart } from '../../components/ui/BarChart';
import { sumOf, useCells } from './cells';
import { ChartAndTable } from './IndicatorCard';
import { type IndicatorProps as Props, SimpleTable } from './SimpleTable';

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
