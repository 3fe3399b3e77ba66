import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ComparedFigureAnswer, CountryFigures } from '../../../common/contracts/cooperation-figures';
import { CHART_COLORS } from '../../components/ui/BarChart';
import { GroupedBarChart } from '../../components/ui/GroupedBarChart';
import { useFormat } from '../../lib/format';
import { cellOf, cellText, chartGroups, type Words, yearsWithDocuments } from './figure-text';

/** One figure: its name, its definition in words, the countries × years chart and the same numbers as a table. */
export function FigureCard({
  data,
  figure,
  countryName,
  words,
}: {
  data: CountryFigures;
  figure: ComparedFigureAnswer;
  countryName(code: string): string;
  words: Words;
}) {
  const intl = useIntl();
  const format = useFormat();
  const name = intl.formatMessage({ id: `cooperation.figures.name.${figure.id}` });
  const years = yearsWithDocuments(data);
  const series = years.map((y, i) => ({
    key: String(y),
    label: String(y),
    color: CHART_COLORS[i % CHART_COLORS.length] ?? CHART_COLORS[0],
  }));
  const headingId = `figure-${figure.id}`;
  const number = (n: number | null) => (n === null ? '—' : format.number(n));
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {name}
        </Title>
        <Text size="sm">
          <FormattedMessage id={figure.definition} />
        </Text>
        <Text size="xs" c="dimmed">
          <FormattedMessage id={`cooperation.figures.unit.${figure.unit}`} />
        </Text>
        <GroupedBarChart
          title={intl.formatMessage({ id: 'cooperation.figures.chart' }, { figure: name })}
          groups={chartGroups(data, figure, countryName, words)}
          series={series}
          max={figure.unit === 'share' ? 100 : undefined}
        />
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Caption>
              {intl.formatMessage({ id: 'cooperation.figures.chart' }, { figure: name })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {['country', 'year', 'value', 'numerator', 'denominator', 'source'].map((c) => (
                  <Table.Th key={c} scope="col">
                    <FormattedMessage id={`cooperation.figures.column.${c}`} />
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.countries
                .filter((c) => c.years.length > 0)
                .flatMap((c) =>
                  years.map((year) => {
                    const cell = cellOf(figure, c.code, year);
                    return (
                      <Table.Tr key={`${c.code}-${year}`}>
                        <Table.Th scope="row" fw={500}>
                          {countryName(c.code)}
                        </Table.Th>
                        <Table.Td>{year}</Table.Td>
                        <Table.Td fw={cell?.status === 'shown' ? 600 : 400}>
                          {cellText(cell, figure.unit, words)}
                        </Table.Td>
                        <Table.Td>{cell ? number(cell.numerator) : ''}</Table.Td>
                        <Table.Td>{cell ? number(cell.denominator) : ''}</Table.Td>
                        <Table.Td>
                          {cell && (
                            <FormattedMessage
                              id="cooperation.figures.source"
                              values={{
                                issuedAt: format.date(cell.source.issuedAt.slice(0, 10)),
                                from: format.date(cell.source.period.from),
                                to: format.date(cell.source.period.to),
                              }}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  }),
                )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
