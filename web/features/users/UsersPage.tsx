import { Badge, Button, Group, Modal, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UserView } from '../../../common/contracts/users';
import { ExportMenu } from '../../components/ui/ExportMenu';
import { Pager } from '../../components/ui/Pager';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useUsers } from './api';
import { CreateUserForm } from './CreateUserForm';
import { EditUserForm } from './EditUserForm';
import { RoleTwoFactorSettings } from './RoleTwoFactorSettings';

export function UsersPage() {
  usePageTitle('users.title');
  const intl = useIntl();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserView | null>(null);
  const query = useUsers(page);
  const format = useFormat();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          <FormattedMessage id="users.title" />
        </Title>
        <Group gap="sm" align="center">
          <ExportMenu url="/api/exports/users" />
          <Button onClick={() => setCreating(true)}>
            <FormattedMessage id="users.create" />
          </Button>
        </Group>
      </Group>
      <QueryState query={query}>
        {(data) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.username' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.displayName' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.role' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.scope' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.status' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.lastLogin' })}</Table.Th>
                    <Table.Th scope="col">{intl.formatMessage({ id: 'users.actions' })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>{u.username}</Table.Td>
                      <Table.Td>{u.displayName}</Table.Td>
                      <Table.Td>{intl.formatMessage({ id: `role.${u.role}` })}</Table.Td>
                      <Table.Td>
                        {u.scopeAll
                          ? intl.formatMessage({ id: 'users.scopeAll' })
                          : intl.formatMessage(
                              { id: 'users.scopeCount' },
                              {
                                locations: u.scopeLocationIds.length,
                                programmes: u.scopeProgrammeIds.length,
                              },
                            )}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          color={u.status === 'active' ? 'teal.9' : 'gray.7'}
                          variant="light"
                          tt="none"
                          style={{ overflow: 'visible' }}
                        >
                          {intl.formatMessage({
                            id: u.status === 'active' ? 'users.statusActive' : 'users.statusDisabled',
                          })}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {u.lastLoginAt
                          ? format.dateTime(u.lastLoginAt)
                          : intl.formatMessage({ id: 'users.never' })}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setEditing(u)}
                          aria-label={`${intl.formatMessage({ id: 'users.edit' })}: ${u.username}`}
                        >
                          <FormattedMessage id="users.edit" />
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager page={page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      <RoleTwoFactorSettings />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={intl.formatMessage({ id: 'users.create' })}
        size="lg"
      >
        <CreateUserForm onDone={() => setCreating(false)} />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? intl.formatMessage({ id: 'users.editTitle' }, { name: editing.displayName }) : ''}
        size="lg"
      >
        {editing && <EditUserForm user={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
