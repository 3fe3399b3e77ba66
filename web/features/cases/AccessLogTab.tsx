import { Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useAccessLog } from './api';

/** Who opened this child's record, and when (administrators only). */
export function AccessLogTab({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const query = useAccessLog(caseId);
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.access-log" />
      </Title>
      <QueryState query={query}>
        {(entries) =>
          entries.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.timeline.empty" />
            </Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'audit.at' })}</Table.Th>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'audit.actor' })}</Table.Th>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'audit.address' })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{format.dateTime(e.at)}</Table.Td>
                    <Table.Td>{e.actorName ?? intl.formatMessage({ id: 'audit.system' })}</Table.Td>
                    <Table.Td>{e.ip ?? intl.formatMessage({ id: 'common.none' })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
