import { Anchor, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { ActionStatusBadge } from './ActionStatusBadge';
import { useActionItems, useCountryName } from './api';

/** Every action item of the group's decisions: those still to do first, by due date, overdue marked. */
export function ActionsPage() {
  usePageTitle('workingGroup.actions.title');
  const format = useFormat();
  const countryName = useCountryName();
  const query = useActionItems();
  return (
    <Stack>
      <Title order={1}>
        <FormattedMessage id="workingGroup.actions.title" />
      </Title>
      <QueryState query={query}>
        {(items) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="workingGroup.action.title" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.action.owner" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.action.dueOn" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="workingGroup.action.statusLabel" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/cooperation/actions/${a.id}`}>
                      {a.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {countryName(a.ownerCountry)}
                    {a.ownerDelegateName ? ` — ${a.ownerDelegateName}` : ''}
                  </Table.Td>
                  <Table.Td>{format.date(a.dueOn)}</Table.Td>
                  <Table.Td>
                    <ActionStatusBadge item={a} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
