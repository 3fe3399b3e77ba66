import { Box, Table, Text } from '@mantine/core';

export interface SeriesPoint {
  label: string;
  value: number;
  limit: number;
}

/**
 * A small SVG chart of a value against its limit over time (children against places), with
 * the same numbers in a table beneath it for screen readers and for checking.
 */
export function OccupancyChart({
  points,
  title,
  valueLabel,
  limitLabel,
  formatNumber,
}: {
  points: SeriesPoint[];
  title: string;
  valueLabel: string;
  limitLabel: string;
  formatNumber(n: number): string;
}) {
  const width = 720;
  const height = 200;
  const pad = { left: 40, right: 10, top: 10, bottom: 24 };
  const max = Math.max(1, ...points.map((p) => Math.max(p.value, p.limit)));
  const x = (i: number) => pad.left + (i * (width - pad.left - pad.right)) / Math.max(1, points.length - 1);
  const y = (v: number) => pad.top + (1 - v / max) * (height - pad.top - pad.bottom);
  const line = (key: 'value' | 'limit') =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const area = `${line('value')} L${x(points.length - 1)},${y(0)} L${x(0)},${y(0)} Z`;
  const ticks = [0, Math.round(max / 2), max];
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <Box>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ maxWidth: width }}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={pad.left} x2={width - pad.right} y1={y(t)} y2={y(t)} stroke="#dee2e6" />
            <text x={pad.left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#495057">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        <path d={area} fill="#0b7285" fillOpacity={0.15} />
        <path d={line('value')} fill="none" stroke="#0b7285" strokeWidth={2} />
        <path d={line('limit')} fill="none" stroke="#c92a2a" strokeWidth={1.5} strokeDasharray="5 4" />
        {points.map((p, i) =>
          i % every === 0 || i === points.length - 1 ? (
            <text key={p.label} x={x(i)} y={height - 6} fontSize="11" textAnchor="middle" fill="#495057">
              {p.label}
            </text>
          ) : null,
        )}
      </svg>
      <Text size="sm" c="dimmed">
        <span style={{ color: '#0b7285' }}>━</span> {valueLabel} · <span style={{ color: '#c92a2a' }}>┅</span>{' '}
        {limitLabel}
      </Text>
      <details>
        <summary>
          <Text span size="sm">
            {title}
          </Text>
        </summary>
        <Table striped withTableBorder mt="xs" maw={420} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">{valueLabel}</Table.Th>
              <Table.Th scope="col">{limitLabel}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p) => (
              <Table.Tr key={p.label}>
                <Table.Th scope="row">{p.label}</Table.Th>
                <Table.Td>{formatNumber(p.value)}</Table.Td>
                <Table.Td>{formatNumber(p.limit)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Box>
  );
}
