import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { AuditEventView } from '../../../common/contracts/audit';
import { useAuditWords } from '../../lib/audit-words';
import { useFormat } from '../../lib/format';

/** The record an event concerns: its kind and name in words, with a link to the child's case. */
function RecordCell({ event }: { event: AuditEventView }) {
  const intl = useIntl();
  const words = useAuditWords();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {words.entity(event.entityType)}
        {event.recordName && `: ${event.recordName}`}
      </Text>
      {event.caseId && event.caseNumber && (
        <Anchor component={Link} to={`/cases/${event.caseId}`} size="xs">
          {intl.formatMessage({ id: 'audit.openCase' }, { caseNumber: event.caseNumber })}
        </Anchor>
      )}
      {!event.recordName && event.entityId && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {intl.formatMessage({ id: 'audit.recordId' }, { id: event.entityId })}
        </Text>
      )}
    </Stack>
  );
}

/** "field: before → after", one line each. */
function ChangesCell({ changes }: { changes: unknown }) {
  const words = useAuditWords();
  const lines = words.changes(changes);
  if (lines.length === 0) return <Text size="sm">—</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none" style={{ overflowWrap: 'anywhere' }}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

/**
 * One page of the audit log in words: when (with the address and request underneath, for
 * the few who need them), who, what was done to which record, and what changed. Four columns
 * fit a 1280 px screen beside the navigation; the table scrolls on a narrower one.
 */
export function AuditEventsTable({ events }: { events: AuditEventView[] }) {
  const intl = useIntl();
  const format = useFormat();
  const words = useAuditWords();
  const m = (id: string) => intl.formatMessage({ id });
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder verticalSpacing="xs" fz="sm" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="18%">
              {m('audit.at')}
            </Table.Th>
            <Table.Th scope="col" w="14%">
              {m('audit.actor')}
            </Table.Th>
            <Table.Th scope="col" w="34%">
              {m('audit.action')}
            </Table.Th>
            <Table.Th scope="col">{m('audit.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>
                <Text size="sm">{format.dateTime(e.at)}</Text>
                {(e.ip || e.requestId) && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {[e.ip, e.requestId].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.actorUsername ?? m('audit.system')}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {words.action(e.action)}
                </Text>
                <RecordCell event={e} />
              </Table.Td>
              <Table.Td>
                <ChangesCell changes={e.changes} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
