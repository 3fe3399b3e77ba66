import { Box, Group, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

/** One colour of a stacked bar, named in the legend. */
export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface Bar {
  key: string;
  label: string;
  /** The bar's length (a lower bound when part of it is hidden); null when the whole value is hidden. */
  value: number | null;
  /** What is written after the bar; by default the value, or `hiddenText` when it is null. */
  text?: string;
  /** The lengths of a stacked bar's parts by series key (they add up to `value`). */
  parts?: Record<string, number>;
}

/** Colours with at least 3:1 contrast on white (graphics), told apart by the legend and the table. */
export const CHART_COLORS = ['#0b7285', '#d9480f', '#5f3dc4', '#5c940d', '#c2255c', '#495057'] as const;
const TEXT = '#343a40';
const GRID = '#dee2e6';

const ROW = 28;
const BAR = 18;
const CHAR = 6.6;
const VALUE_SPACE = 58;

function shorten(label: string, space: number): string {
  const chars = Math.floor(space / CHAR);
  return label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/**
 * A labelled horizontal bar chart in SVG: one row per bar with its label, its bar (stacked
 * when `series` is given) and its number. The image is described by `title` and every bar's
 * label and number; the table beside it stays the accessible and checkable alternative.
 */
export function BarChart({
  title,
  bars,
  series,
  formatNumber,
  hiddenText,
  max,
}: {
  title: string;
  bars: Bar[];
  series?: BarSeries[];
  formatNumber(n: number): string;
  /** Written for a bar whose value is hidden (small-cell suppression), e.g. "<5". */
  hiddenText: string;
  /** The value of a full-length bar (e.g. 100 for percentages); else the largest value. */
  max?: number;
}) {
  // Laid out in the pixels it is given, so the text keeps its size at any width.
  const { ref, width: measured } = useElementSize();
  const WIDTH = Math.max(260, Math.round(measured) || 480);
  const top = Math.max(1, max ?? 0, ...bars.map((b) => b.value ?? 0));
  const longest = Math.max(4, ...bars.map((b) => b.label.length));
  const labelSpace = Math.min(Math.round(WIDTH * 0.42), Math.max(48, Math.ceil(longest * CHAR) + 10));
  const barSpace = WIDTH - labelSpace - VALUE_SPACE;
  const length = (n: number) => (n <= 0 ? 0 : Math.max(2, (barSpace * n) / top));
  const textOf = (b: Bar) => b.text ?? (b.value === null ? hiddenText : formatNumber(b.value));
  const height = Math.max(1, bars.length) * ROW + 4;
  const description = `${title}: ${bars.map((b) => `${b.label} ${textOf(b)}`).join('; ')}`;
  return (
    <Box ref={ref} maw={640}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width={WIDTH}
        height={height}
        role="img"
        aria-label={description}
        style={{ display: 'block', maxWidth: '100%' }}
      >
        <line x1={labelSpace} x2={labelSpace} y1={0} y2={height} stroke={GRID} />
        {bars.map((b, i) => {
          const y = i * ROW + 2;
          const shown = shorten(b.label, labelSpace - 8);
          let x = labelSpace;
          const parts =
            series && b.parts
              ? series.map((s) => ({ key: s.key, color: s.color, n: b.parts?.[s.key] ?? 0 }))
              : [{ key: 'value', color: CHART_COLORS[0], n: b.value ?? 0 }];
          return (
            <g key={b.key}>
              <text x={labelSpace - 6} y={y + BAR / 2 + 4} fontSize="13" textAnchor="end" fill={TEXT}>
                {shown !== b.label && <title>{b.label}</title>}
                {shown}
              </text>
              {b.value === null ? (
                <rect
                  x={labelSpace + 1}
                  y={y + 1}
                  width={14}
                  height={BAR - 2}
                  fill="none"
                  stroke="#868e96"
                  strokeDasharray="3 2"
                />
              ) : (
                parts.map((p) => {
                  const w = length(p.n);
                  const rect = <rect key={p.key} x={x} y={y} width={w} height={BAR} fill={p.color} />;
                  x += w;
                  return rect;
                })
              )}
              <text
                x={(b.value === null ? labelSpace + 15 : x) + 5}
                y={y + BAR / 2 + 4}
                fontSize="13"
                fontWeight={600}
                fill={TEXT}
              >
                {textOf(b)}
              </text>
            </g>
          );
        })}
      </svg>
      {series && series.length > 1 && (
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
