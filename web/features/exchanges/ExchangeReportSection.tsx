import { Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { BarChart } from '../../components/ui/BarChart';
import { DownloadButton } from '../../components/ui/ExportMenu';
import { QueryState } from '../../components/ui/QueryState';
import { useCooperationNames } from '../../lib/cooperation';
import { useFormat } from '../../lib/format';
import { useExchangeReport } from './api';

/** The yearly report on screen: exchanges per pair of countries as a chart, and the table. */
export function ExchangeReportSection({ year }: { year: number }) {
  const intl = useIntl();
  const format = useFormat();
  const names = useCooperationNames();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const query = useExchangeReport(year);
  const score = (n: number | null) => (n === null ? '—' : format.number(n));
  return (
    <Card withBorder component="section" aria-labelledby="exchange-report-title">
      <Stack>
        <Group justify="space-between" align="end">
          <Title order={2} id="exchange-report-title">
            {t('exchanges.report.screenTitle')}
          </Title>
          <DownloadButton
            url="/api/cooperation/exchanges/report.pdf"
            params={{ year }}
            format="pdf"
            label="exchanges.downloadPdf"
          />
        </Group>
        <QueryState query={query}>
          {(report) => {
            const pair = (p: (typeof report.pairs)[number]) =>
              t('exchanges.report.pair', {
                from: names.country(p.fromCountry),
                to: names.country(p.toCountry),
              });
            if (!report.pairs.length) return <Text>{t('exchanges.report.none')}</Text>;
            return (
              <Stack>
                <Text>
                  {t('exchanges.report.subtitle', {
                    exchanges: report.totals.exchanges,
                    participants: report.totals.participants,
                  })}
                </Text>
                <BarChart
                  title={t('exchanges.report.chart')}
                  bars={report.pairs.map((p) => ({
                    key: `${p.fromCountry}-${p.toCountry}`,
                    label: pair(p),
                    value: p.exchanges,
                  }))}
                  formatNumber={format.number}
                  hiddenText="—"
                />
                <Table.ScrollContainer minWidth={640}>
                  <Table striped withTableBorder>
                    <Table.Caption>{t('exchanges.report.byPair')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        {['pairHeading', 'exchanges', 'participants', 'topics', 'averageScore'].map((h) => (
                          <Table.Th scope="col" key={h}>
                            {t(`exchanges.report.${h}`)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.pairs.map((p) => (
                        <Table.Tr key={`${p.fromCountry}-${p.toCountry}`}>
                          <Table.Th scope="row">{pair(p)}</Table.Th>
                          <Table.Td>{format.number(p.exchanges)}</Table.Td>
                          <Table.Td>{format.number(p.participants)}</Table.Td>
                          <Table.Td>
                            {p.topics.map((topic) => t(`exchanges.topic.${topic}`)).join(', ')}
                          </Table.Td>
                          <Table.Td>{score(p.averageScore)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                <Text size="sm" c="dimmed">
                  {t('exchanges.report.note', { average: score(report.totals.averageScore) })}
                </Text>
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Card>
  );
}
