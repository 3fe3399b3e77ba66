import { Card, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FUNNEL_STAGES, type Funnel } from '../../../common/contracts/recruitment';
import { COUNTRIES } from '../../../common/foster';
import { DownloadButton } from '../../components/ui/ExportMenu';
import { QueryState } from '../../components/ui/QueryState';
import { api, queryString } from '../../lib/api';
import { useFormat, useNames } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';

const BY = ['month', 'source', 'campaign', 'ambassador'] as const;

/** Inquiries → applications → home studies → approvals → active families → placements, as a chart and a table. */
export function FunnelPage() {
  usePageTitle('funnel.title');
  const intl = useIntl();
  const format = useFormat();
  const names = useNames();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [by, setBy] = useState<(typeof BY)[number]>('month');
  const [country, setCountry] = useState('');
  const query = useQuery({
    queryKey: ['funnel', by, country],
    queryFn: () => api<Funnel>('GET', `/api/foster/funnel${queryString({ by, country })}`),
  });
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('funnel.title')}</Title>
        <DownloadButton
          url="/api/foster/funnel.pdf"
          params={{ by, country }}
          format="pdf"
          label="exports.format.pdf"
        />
      </Group>
      <Text c="dimmed">{t('funnel.intro')}</Text>
      <Group>
        <NativeSelect
          label={t('funnel.by')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value as (typeof BY)[number])}
          data={BY.map((b) => ({ value: b, label: t(`funnel.by.${b}`) }))}
        />
        <NativeSelect
          label={t('funnel.country')}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value)}
          data={[
            { value: '', label: t('programmes.any') },
            ...COUNTRIES.map((c) => ({ value: c, label: names.country(c) })),
          ]}
        />
      </Group>
      <QueryState query={query}>
        {(funnel) => {
          const max = Math.max(1, ...FUNNEL_STAGES.map((s) => funnel.totals[s]));
          return (
            <Stack>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Card withBorder>
                  <svg
                    viewBox={`0 0 420 ${FUNNEL_STAGES.length * 36}`}
                    width="100%"
                    role="img"
                    aria-label={t('funnel.chart')}
                  >
                    {FUNNEL_STAGES.map((stage, i) => {
                      const width = Math.max(2, (220 * funnel.totals[stage]) / max);
                      return (
                        <g key={stage} transform={`translate(0 ${i * 36})`}>
                          <text x={0} y={20} fontSize="12" fill="#343a40">
                            {t(`funnel.stage.${stage}`)}
                          </text>
                          <rect
                            x={150 - 40}
                            y={6}
                            width={width}
                            height={22}
                            fill="#0b7285"
                            rx={3}
                            transform="translate(40 0)"
                          />
                          <text x={150 + width + 6} y={22} fontSize="12" fill="#343a40">
                            {format.number(funnel.totals[stage])}
                          </text>
                        </g>
                      );
                    })}
                  </svg>
                </Card>
                <Card withBorder>
                  <Text fw={600}>{t('funnel.median')}</Text>
                  <Text size="xl">
                    {funnel.medianDaysToApproval === null
                      ? '—'
                      : t('funnel.days', { days: format.number(funnel.medianDaysToApproval) })}
                  </Text>
                  <Text fw={600} mt="md">
                    {t('funnel.dropOuts')}
                  </Text>
                  {funnel.dropOuts.length ? (
                    <List size="sm">
                      {funnel.dropOuts.map((d) => (
                        <List.Item key={`${d.stage}:${d.reason}`}>
                          {t(`funnel.dropStage.${d.stage}`)}:{' '}
                          {d.reason ? t(`funnel.dropReason.${d.reason}`) : t('funnel.reasonInDecision')} —{' '}
                          {format.number(d.count)}
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text size="sm">—</Text>
                  )}
                </Card>
              </SimpleGrid>
              <Table.ScrollContainer minWidth={720}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t(`funnel.by.${by}`)}</Table.Th>
                      {FUNNEL_STAGES.map((s) => (
                        <Table.Th scope="col" key={s}>
                          {t(`funnel.stage.${s}`)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {funnel.rows.map((r) => (
                      <Table.Tr key={r.key}>
                        <Table.Th scope="row">
                          {by === 'source'
                            ? t(`funnel.source.${r.key}`)
                            : by === 'month'
                              ? format.date(`${r.key}-01`, 'month')
                              : r.label}
                        </Table.Th>
                        {FUNNEL_STAGES.map((s) => (
                          <Table.Td key={s}>{format.number(r.counts[s])}</Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th scope="row">{t('village.total')}</Table.Th>
                      {FUNNEL_STAGES.map((s) => (
                        <Table.Td key={s} fw={600}>
                          {format.number(funnel.totals[s])}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
