import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Connection } from '../../../common/contracts/cooperation-link';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';
import { useConfirm, useRegister } from './api';
import { Fingerprint } from './Fingerprint';

const STATE_COLOURS: Record<Connection['state'], string> = {
  not_set_up: 'gray',
  not_registered: 'orange',
  registered: 'blue',
  confirmed: 'teal',
};

/**
 * This installation's key: its fingerprint to read out, registering it with the hub, and the
 * administrator's confirmation after both sides compared the fingerprint on the telephone.
 */
export function KeyCard({ connection }: { connection: Connection }) {
  const intl = useIntl();
  const format = useFormat();
  const register = useRegister();
  const confirm = useConfirm();
  const c = connection;
  return (
    <Card withBorder component="section" aria-labelledby="link-key">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="link-key">
            <FormattedMessage id="cooperation.link.keyTitle" />
          </Title>
          <Badge color={STATE_COLOURS[c.state]} size="lg">
            {intl.formatMessage({ id: `cooperation.link.state.${c.state}` })}
          </Badge>
        </Group>
        <ErrorAlert
          error={register.error ?? confirm.error}
          reloadKey={['cooperation-connection']}
          onReload={() => {
            register.reset();
            confirm.reset();
          }}
        />
        {c.fingerprint ? (
          <>
            <Text fw={600} id="link-fingerprint">
              <FormattedMessage id="cooperation.link.fingerprint" />
            </Text>
            <Fingerprint value={c.fingerprint} labelId="link-fingerprint" />
            <Text c="dimmed" size="sm">
              <FormattedMessage id="cooperation.link.compare" />
            </Text>
          </>
        ) : (
          <Text c="dimmed">
            <FormattedMessage id="cooperation.link.noKey" />
          </Text>
        )}
        {c.registeredAt && c.hubKeyStatus && (
          <Text>
            <FormattedMessage
              id="cooperation.link.registeredAt"
              values={{
                date: format.dateTime(c.registeredAt),
                status: intl.formatMessage({ id: `cooperation.link.hubStatus.${c.hubKeyStatus}` }),
              }}
            />
          </Text>
        )}
        {c.confirmedAt && (
          <Text>
            <FormattedMessage
              id="cooperation.link.confirmedBy"
              values={{ name: c.confirmedBy ?? '—', date: format.dateTime(c.confirmedAt) }}
            />
          </Text>
        )}
        <Group>
          <Button
            variant={c.state === 'not_registered' ? 'filled' : 'light'}
            disabled={c.state === 'not_set_up'}
            loading={register.isPending}
            onClick={() => {
              confirm.reset();
              register.mutate({ version: c.version });
            }}
          >
            <FormattedMessage id="cooperation.link.register" />
          </Button>
          {c.state === 'registered' && c.fingerprint && (
            <Button
              loading={confirm.isPending}
              onClick={() => {
                register.reset();
                confirm.mutate({ version: c.version, fingerprint: c.fingerprint! });
              }}
            >
              <FormattedMessage id="cooperation.link.confirm" />
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
