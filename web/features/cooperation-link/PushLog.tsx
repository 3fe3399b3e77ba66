import { Badge, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Push } from '../../../common/contracts/cooperation-link';
import { useFormat } from '../../lib/format';

const STATUS_COLOURS: Record<Push['status'], string> = {
  accepted: 'teal',
  refused: 'red',
  failed: 'orange',
  downloaded: 'blue',
};

/** The hub's answer in words: its receipt, its refusal as it wrote it, or why it was not reached. */
function Answer({ push }: { push: Push }) {
  if (push.status === 'downloaded') return <FormattedMessage id="cooperation.push.answer.downloaded" />;
  if (push.status === 'accepted')
    return <FormattedMessage id="cooperation.push.answer.accepted" values={{ receipt: push.answer ?? '' }} />;
  return <>{push.answer}</>;
}

/** What was sent to the hub or downloaded for it, newest first. */
export function PushLog({ items }: { items: Push[] }) {
  const intl = useIntl();
  const format = useFormat();
  if (items.length === 0)
    return (
      <Text c="dimmed">
        <FormattedMessage id="cooperation.push.none" />
      </Text>
    );
  const columns = ['pushedAt', 'document', 'via', 'status', 'answer', 'pushedBy'];
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th scope="col" key={c}>
                {intl.formatMessage({ id: `cooperation.push.col.${c}` })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw={400}>
                {format.dateTime(p.pushedAt)}
              </Table.Th>
              <Table.Td>
                {intl.formatMessage({ id: `cooperation.push.kind.${p.kind}` })} — {p.subject}
              </Table.Td>
              <Table.Td>{intl.formatMessage({ id: `cooperation.push.via.${p.via}` })}</Table.Td>
              {/* A status is one word or two: kept on one line, so its badge is never cut short. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={STATUS_COLOURS[p.status]} style={{ overflow: 'visible' }}>
                  {intl.formatMessage({ id: `cooperation.push.status.${p.status}` })}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Answer push={p} />
              </Table.Td>
              <Table.Td>{p.pushedBy ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
