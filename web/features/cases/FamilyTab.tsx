import { Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useFamily } from './api';
import { personName, useEnumLabel } from './shared';

/** The birth family as recorded with the referral. */
export function FamilyTab({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const format = useFormat();
  const label = useEnumLabel();
  const query = useFamily(caseId);
  const cols = ['relationship', 'name', 'birthDate', 'alive', 'whereabouts', 'parentalRights'];
  return (
    <>
      <Title order={2} size="h3" mb="sm">
        <FormattedMessage id="cases.tab.family" />
      </Title>
      <QueryState query={query}>
        {(family) =>
          family.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cases.family.empty" />
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    {cols.map((c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cases.person.${c}` })}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {family.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{label('relationship', m.relationship)}</Table.Td>
                      <Table.Td>{personName(m.person)}</Table.Td>
                      <Table.Td>
                        {m.person.birthDate ? format.date(m.person.birthDate) : label('x', null)}
                      </Table.Td>
                      <Table.Td>{label('alive', m.alive)}</Table.Td>
                      <Table.Td>{m.whereabouts ?? label('x', null)}</Table.Td>
                      <Table.Td>{label('parentalRights', m.parentalRights)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
    </>
  );
}
