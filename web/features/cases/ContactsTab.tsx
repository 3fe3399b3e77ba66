import { Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { CaseDetail } from '../../../common/contracts/cases';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCan } from '../../lib/session';
import { useContacts } from './api';
import { ContactForm } from './ContactForm';
import { useEnumLabel } from './shared';

export function ContactsTab({ detail }: { detail: CaseDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const canWrite = useCan('cases.write') && detail.status !== 'closed';
  const query = useContacts(detail.id);
  const cols = ['contactOn', 'withWhom', 'kind', 'supervised', 'status', 'childReaction'];
  return (
    <Stack>
      <Title order={2} size="h3">
        <FormattedMessage id="cases.tab.contacts" />
      </Title>
      <QueryState query={query}>
        {(contacts) =>
          contacts.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.contact.none" />
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    {cols.map((c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cases.contact.${c}` })}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contacts.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{format.date(c.contactOn)}</Table.Td>
                      <Table.Td>
                        {[c.familyMemberName, c.withWhom].filter(Boolean).join(', ') || label('x', null)}
                      </Table.Td>
                      <Table.Td>{label('contactKind', c.kind)}</Table.Td>
                      <Table.Td>
                        {intl.formatMessage({ id: c.supervised ? 'cases.yes' : 'cases.no' })}
                      </Table.Td>
                      <Table.Td>
                        {label('contactStatus', c.status)}
                        {c.cancelledBy && ` (${label('cancelledBy', c.cancelledBy)})`}
                      </Table.Td>
                      <Table.Td>{c.childReaction}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {canWrite && <ContactForm caseId={detail.id} />}
    </Stack>
  );
}
