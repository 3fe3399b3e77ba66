import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { Exchange } from '../../../common/contracts/exchanges';
import { QueryState } from '../../components/ui/QueryState';
import { useCooperationCaller, useCooperationNames } from '../../lib/cooperation';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useCan } from '../../lib/session';
import { useExchangeReport, useExchanges, useSave } from './api';
import { ExchangeForm } from './ExchangeForm';
import { ExchangeReportSection } from './ExchangeReportSection';
import { YearSelect } from './YearSelect';

/** Exchanges between the working group's countries in a year, the form, and the yearly report. */
export function ExchangesPage() {
  usePageTitle('exchanges.nav.exchanges');
  const intl = useIntl();
  const format = useFormat();
  const names = useCooperationNames();
  const t = (id: string) => intl.formatMessage({ id });
  const canWrite = useCan('cooperation.write');
  // Either side of an exchange keeps it; a third country's delegate is not offered the change.
  const { mayEditCountry } = useCooperationCaller();
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<Exchange | 'new' | null>(null);
  const list = useExchanges(year);
  const countries = useExchangeReport(year).data?.countries.map((c) => c.code) ?? [];
  const save = useSave('cooperation-exchanges', () => setEditing(null));
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={1}>{t('exchanges.nav.exchanges')}</Title>
        <Group align="end">
          <YearSelect value={year} onChange={setYear} />
          {canWrite && countries.length > 1 && (
            <Button onClick={() => setEditing('new')} disabled={editing !== null}>
              {t('exchanges.new')}
            </Button>
          )}
        </Group>
      </Group>
      {editing && (
        <ExchangeForm
          key={editing === 'new' ? 'new' : `${editing.id}:${editing.version}`}
          exchange={editing === 'new' ? undefined : editing}
          countries={countries}
          save={save}
          onCancel={() => {
            save.reset();
            setEditing(null);
          }}
        />
      )}
      <QueryState query={list}>
        {({ items }) =>
          items.length ? (
            <Table.ScrollContainer minWidth={720}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    {['kind', 'fromCountry', 'toCountry', 'startsOn', 'participants', 'topics', 'status'].map(
                      (f) => (
                        <Table.Th scope="col" key={f}>
                          {t(`exchanges.field.${f}`)}
                        </Table.Th>
                      ),
                    )}
                    {canWrite && <Table.Th scope="col" />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Th scope="row">{t(`exchanges.kind.${e.kind}`)}</Table.Th>
                      <Table.Td>{names.country(e.fromCountry)}</Table.Td>
                      <Table.Td>{names.country(e.toCountry)}</Table.Td>
                      <Table.Td>
                        {format.date(e.startsOn)} – {format.date(e.endsOn)}
                      </Table.Td>
                      <Table.Td>{format.number(e.participants)}</Table.Td>
                      <Table.Td>{e.topics.map((topic) => t(`exchanges.topic.${topic}`)).join(', ')}</Table.Td>
                      <Table.Td>{t(`exchanges.status.${e.status}`)}</Table.Td>
                      {canWrite && (
                        <Table.Td>
                          {(mayEditCountry(e.fromCountry) || mayEditCountry(e.toCountry)) && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setEditing(e)}
                              disabled={editing !== null}
                            >
                              {t('exchanges.edit')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text>{t('exchanges.empty')}</Text>
          )
        }
      </QueryState>
      <ExchangeReportSection year={year} />
    </Stack>
  );
}
