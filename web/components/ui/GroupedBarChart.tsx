import { Box, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { BarSeries } from './BarChart';

/** One bar of a group: its series (a colour in the legend), its length and what is written after it. */
export interface GroupedBar {
  series: string;
  /** The bar's length; null draws no bar at all (a withheld or missing figure), only `text`. */
  value: number | null;
  text: string;
}

export interface BarGroup {
  key: string;
  label: string;
  bars: GroupedBar[];
}

const TEXT = '#343a40';
const GRID = '#dee2e6';
const HEAD = 24;
const ROW = 22;
const BAR = 16;
const GAP = 10;
const CHAR = 6.6;

/**
 * Horizontal bars in groups (decision 0030): a heading row per group (a country), then one bar per
 * series (a year) in the series' colour, each with its number, so it reads at any width, a tablet
 * held upright included. A bar whose value is null is not drawn: its text says why (withheld,
 * not in the document), never a zero-length bar that would read as 0. The image is described by
 * `title` and every bar's text; the table beneath it stays the accessible alternative.
 */
export function GroupedBarChart({
  title,
  groups,
  series,
  max,
}: {
  title: string;
  groups: BarGroup[];
  series: BarSeries[];
  /** The value of a full-length bar (100 for percentages); else the largest value. */
  max?: number;
}) {
  const { ref, width: measured } = useElementSize();
  const WIDTH = Math.max(280, Math.round(measured) || 560);
  const all = groups.flatMap((g) => g.bars);
  const top = Math.max(1, max ?? 0, ...all.map((b) => b.value ?? 0));
  const seriesLabel = new Map(series.map((s) => [s.key, s.label]));
  const colour = new Map(series.map((s) => [s.key, s.color]));
  const labelSpace = Math.max(40, Math.ceil(Math.max(...series.map((s) => s.label.length)) * CHAR) + 12);
  const longestText = Math.max(4, ...all.map((b) => b.text.length));
  const valueSpace = Math.min(Math.round(WIDTH * 0.45), Math.ceil(longestText * CHAR) + 12);
  const barSpace = WIDTH - labelSpace - valueSpace;
  const length = (n: number) => (n <= 0 ? 0 : Math.max(2, (barSpace * n) / top));
  const height = groups.reduce((h, g) => h + HEAD + g.bars.length * ROW + GAP, 0) + 2;
  const description = `${title}: ${groups
    .map(
      (g) =>
        `${g.label} — ${g.bars.map((b) => `${seriesLabel.get(b.series) ?? b.series} ${b.text}`).join(', ')}`,
    )
    .join('; ')}`;
  let y = 0;
  return (
    <Box ref={ref} maw={720}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={description}
        style={{ display: 'block', maxWidth: '100%' }}
      >
        {groups.map((g) => {
          const top = y;
          y += HEAD + g.bars.length * ROW + GAP;
          return (
            <g key={g.key}>
              <text x={0} y={top + 16} fontSize="14" fontWeight={700} fill={TEXT}>
                {g.label}
              </text>
              <line
                x1={labelSpace}
                x2={labelSpace}
                y1={top + HEAD - 2}
                y2={top + HEAD + g.bars.length * ROW}
                stroke={GRID}
              />
              {g.bars.map((b, i) => {
                const rowY = top + HEAD + i * ROW;
                const w = b.value === null ? 0 : length(b.value);
                return (
                  <g key={b.series}>
                    <text
                      x={labelSpace - 6}
                      y={rowY + BAR / 2 + 4}
                      fontSize="13"
                      textAnchor="end"
                      fill={TEXT}
                    >
                      {seriesLabel.get(b.series) ?? b.series}
                    </text>
                    {b.value !== null && (
                      <rect
                        x={labelSpace}
                        y={rowY}
                        width={w}
                        height={BAR}
                        fill={colour.get(b.series) ?? GRID}
                      />
                    )}
                    <text
                      x={labelSpace + w + 5}
                      y={rowY + BAR / 2 + 4}
                      fontSize="13"
                      fontWeight={b.value === null ? 400 : 600}
                      fontStyle={b.value === null ? 'italic' : undefined}
                      fill={TEXT}
                    >
                      {b.text}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {series.length > 1 && (
        <Group gap="md" mt={4} aria-hidden>
          {series.map((s) => (
            <Group key={s.key} gap={6} wrap="nowrap">
              <Box w={12} h={12} bg={s.color} style={{ borderRadius: 2 }} />
              <Text size="xs">{s.label}</Text>
            </Group>
          ))}
        </Group>
      )}
    </Box>
  );
}
