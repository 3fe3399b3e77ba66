import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../components/ui/QueryState';
import { useFormat } from '../../lib/format';
import { useCountryKeys, useKeyStep } from './api';

// Readable shades (decision 0025): the status is also written, so colour is not the only sign.
// Badge colours go through the theme's readable shades (decision 0025); raw shades on text do not.
const STATUS_COLOUR = { pending: 'orange', confirmed: 'green', revoked: 'gray' } as const;

/**
 * Countries' keys, pending ones first. The administrator confirms a key only after reading its
 * fingerprint aloud with the country's administrator; confirming a country's new key takes its
 * previous one out of use.
 */
export function KeysSection() {
  const intl = useIntl();
  const format = useFormat();
  const keys = useCountryKeys(true);
  const step = useKeyStep();
  return (
    <Card withBorder component="section" aria-labelledby="hub-keys">
      <Title order={2} size="h4" id="hub-keys" mb="xs">
        <FormattedMessage id="cooperation.hub.keys" />
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <FormattedMessage id="cooperation.hub.keysIntro" />
      </Text>
      <ErrorAlert error={step.error} reloadKey={['cooperation-hub']} />
      <QueryState query={keys}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="cooperation.hub.noKeys" />
            </Text>
          ) : (
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  {['country', 'fingerprint', 'registeredBy', 'registeredAt', 'status', 'actions'].map(
                    (c) => (
                      <Table.Th scope="col" key={c}>
                        {intl.formatMessage({ id: `cooperation.hub.col.${c}` })}
                      </Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Th scope="row">{k.country}</Table.Th>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {k.fingerprint}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {k.organisation} — {k.contact}
                    </Table.Td>
                    <Table.Td>{format.dateTime(k.registeredAt)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOUR[k.status]}>
                        {intl.formatMessage({ id: `cooperation.hub.keyStatus.${k.status}` })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {k.status === 'pending' && (
                          <Button
                            size="xs"
                            onClick={() => step.mutate({ id: k.id, step: 'confirm' })}
                            aria-label={`${intl.formatMessage({ id: 'cooperation.hub.confirm' })}: ${k.country} (${k.fingerprint})`}
                          >
                            <FormattedMessage id="cooperation.hub.confirm" />
                          </Button>
                        )}
                        {k.status !== 'revoked' && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => step.mutate({ id: k.id, step: 'revoke' })}
                            aria-label={`${intl.formatMessage({ id: 'cooperation.hub.revoke' })}: ${k.country} (${k.fingerprint})`}
                          >
                            <FormattedMessage id="cooperation.hub.revoke" />
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Card>
  );
}
