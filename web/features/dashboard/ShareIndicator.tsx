import { Box, Table, Text } from '@mantine/core';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { Count, useCells } from './cells';
import { drillDownLink } from './filters';
import { ChartAndTable } from './IndicatorCard';

/** A bar from 0 to 100 % with the share filled, described for screen readers. */
function ShareBar({ percent, label }: { percent: number; label: string }) {
  const width = 300;
  return (
    <svg
      viewBox={`0 0 ${width} 16`}
      width="100%"
      role="img"
      aria-label={label}
      style={{ maxWidth: 360, display: 'block' }}
    >
      <rect x={0} y={0} width={width} height={16} fill="#e9ecef" stroke="#868e96" strokeWidth={0.5} />
      <rect
        x={0}
        y={0}
        width={(width * Math.min(100, Math.max(0, percent))) / 100}
        height={16}
        fill="#0b7285"
      />
    </svg>
  );
}

/**
 * A share of children: a big percentage, "n of N" and a bar, and the table of those who meet
 * the standard and those who do not (the latter open the list of children behind them).
 */
export function ShareIndicator({ d, ind, drill }: { d: Dashboard; ind: Indicator; drill: boolean }) {
  const { t, format, percent } = useCells(d);
  const { numerator = null, denominator = null, percent: share = null } = ind.summary;
  const count = (measure: string) => {
    const n = ind.rows.find((r) => r.measure === measure)?.n;
    return typeof n === 'number' ? n : null;
  };
  const yes = count('yes');
  const no = count('no');
  const noLink = drill && ind.drillDown ? drillDownLink(d, ind.drillDown) : null;
  const of =
    numerator !== null && denominator !== null
      ? t('dashboard.share.of', {
          n: denominator,
          numerator: format.number(numerator),
          denominator: format.number(denominator),
        })
      : denominator !== null
        ? t('dashboard.share.counted', { n: denominator, count: format.number(denominator) })
        : null;
  const chart = (
    <Box>
      {denominator === 0 ? (
        <Text c="gray.7">{t('dashboard.share.none')}</Text>
      ) : (
        <>
          <Text fz={36} fw={700} lh={1.1} c="teal">
            {share === null ? '—' : percent(share)}
          </Text>
          {of && (
            <Text size="sm" c="gray.7" mb={6}>
              {of}
            </Text>
          )}
          {share === null ? (
            <Text size="sm" c="gray.7">
              {t('dashboard.share.hidden', { threshold: format.number(d.threshold) })}
            </Text>
          ) : (
            <ShareBar
              percent={share}
              label={`${t(`dashboard.share.${ind.id}.yes`)}: ${percent(share)}${of ? ` (${of})` : ''}`}
            />
          )}
        </>
      )}
    </Box>
  );
  const table = (
    <Table withTableBorder fz="sm" verticalSpacing={4} aria-label={t(`dashboard.indicator.${ind.id}`)}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('dashboard.col.measure')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('dashboard.col.children')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            {t(`dashboard.share.${ind.id}.yes`)}
          </Table.Th>
          <Table.Td ta="right">
            <Count d={d} value={yes} />
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            {t(`dashboard.share.${ind.id}.no`)}
          </Table.Th>
          <Table.Td ta="right">
            <Count d={d} value={no} to={noLink} />
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('dashboard.total')}</Table.Th>
          <Table.Td ta="right">
            <Count d={d} value={denominator} strong />
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
  return <ChartAndTable chart={chart} table={table} split={440} />;
}
