import { Alert, Card, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useRoleTwoFactor, useSetRoleTwoFactor } from './security-api';

/** The administrator's setting: which roles must sign in with an authenticator code. */
export function RoleTwoFactorSettings() {
  const intl = useIntl();
  const roles = useRoleTwoFactor();
  const save = useSetRoleTwoFactor();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="role-two-factor-title">
      <Stack>
        <Title order={2} size="h3" id="role-two-factor-title">
          <FormattedMessage id="security.roles.title" />
        </Title>
        <Text size="sm">
          <FormattedMessage id="security.roles.intro" />
        </Text>
        {save.error && (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        )}
        <QueryState query={roles}>
          {(items) => (
            <Table withTableBorder maw={560}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'users.role' })}</Table.Th>
                  <Table.Th scope="col">{intl.formatMessage({ id: 'security.roles.require' })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => {
                  const name = intl.formatMessage({ id: `role.${r.role}` });
                  return (
                    <Table.Tr key={r.role}>
                      <Table.Td>{name}</Table.Td>
                      <Table.Td>
                        <Switch
                          checked={r.requireTwoFactor}
                          disabled={save.isPending}
                          aria-label={`${intl.formatMessage({ id: 'security.roles.require' })}: ${name}`}
                          onChange={(e) =>
                            save.mutate({ role: r.role, requireTwoFactor: e.currentTarget.checked })
                          }
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
