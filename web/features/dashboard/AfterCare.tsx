import { Stack, Table, Text } from '@mantine/core';
import { WELLBEING_DIMENSIONS } from '../../../common/contracts/leaving-care';
import { BarChart, type BarSeries } from '../../components/ui/BarChart';
import { Count, sumOf, useCells } from './cells';
import { ChartAndTable } from './IndicatorCard';
import type { IndicatorProps as Props } from './SimpleTable';

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
