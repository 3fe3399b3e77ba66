import { Stack, Table } from '@mantine/core';
import { useIntl } from 'react-intl';
import { BarChart } from '../../components/ui/BarChart';
import { useFormat } from '../../lib/format';

/** Countries' figures side by side: a chart of the charted measures and the table (countries as columns). */
export function SideBySide({
  title,
  countries,
  measures,
  charted,
}: {
  title: string;
  /** Each country's name and its figures by measure; null: withheld by the country (under 5). */
  countries: { code: string; name: string; values: Record<string, number | null> }[];
  /** Measure keys with their headings, in order. */
  measures: { key: string; label: string }[];
  charted: string[];
}) {
  const intl = useIntl();
  const format = useFormat();
  const withheld = intl.formatMessage({ id: 'exchanges.withheld' });
  const show = (n: number | null | undefined) =>
    n === null || n === undefined ? withheld : format.number(n);
  const bars = measures
    .filter((m) => charted.includes(m.key))
    .flatMap((m) =>
      countries.map((c) => ({
        key: `${m.key}-${c.code}`,
        label: `${c.name} · ${m.label}`,
        value: c.values[m.key] ?? null,
      })),
    );
  return (
    <Stack>
      <BarChart title={title} bars={bars} formatNumber={format.number} hiddenText={withheld} />
      <Table.ScrollContainer minWidth={480}>
        <Table striped withTableBorder>
          <Table.Caption>{title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{intl.formatMessage({ id: 'exchanges.fosterDay.measure' })}</Table.Th>
              {countries.map((c) => (
                <Table.Th scope="col" key={c.code}>
                  {c.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measures.map((m) => (
              <Table.Tr key={m.key}>
                <Table.Th scope="row">{m.label}</Table.Th>
                {countries.map((c) => (
                  <Table.Td key={c.code}>{show(c.values[m.key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
