import { Table } from '@mantine/core';
import type { Dashboard, Indicator } from '../../../common/contracts/indicators';
import { Count, type tally } from './cells';

/** What each indicator card's body is given: the dashboard, its indicator, and whether numbers open the children. */
export interface IndicatorProps {
  d: Dashboard;
  ind: Indicator;
  drill: boolean;
}

/** A table of one label column and one number column (the usual companion of a simple chart). */
export function SimpleTable({
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
