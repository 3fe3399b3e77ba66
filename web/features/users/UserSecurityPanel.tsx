import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../components/ui/QueryState';
import { useEndUserSessions, useResetUserTwoFactor, useUserSecurity } from './security-api';

/** In the administrator's user form: the user's two-factor sign-in and open sessions, and ending them. */
export function UserSecurityPanel({ userId }: { userId: string }) {
  const intl = useIntl();
  const security = useUserSecurity(userId);
  const end = useEndUserSessions(userId);
  const reset = useResetUserTwoFactor(userId);
  const [notice, setNotice] = useState<string | null>(null);
  const problem = end.error ?? reset.error;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        <FormattedMessage id="security.user.title" />
      </Title>
      {problem && (
        <Alert color="red" role="alert">
          {problem.message}
        </Alert>
      )}
      {notice && !problem && (
        <Alert color="teal" role="status">
          {notice}
        </Alert>
      )}
      <QueryState query={security}>
        {(s) => (
          <Stack gap="xs">
            <Text size="sm">
              <FormattedMessage
                id={s.twoFactorEnabled ? 'security.user.twoFactorOn' : 'security.user.twoFactorOff'}
              />
              {s.twoFactorRequired && (
                <>
                  {' '}
                  <FormattedMessage id="security.user.requiredByRole" />
                </>
              )}
            </Text>
            <Text size="sm">
              <FormattedMessage id="security.user.sessions" values={{ count: s.activeSessions }} />
            </Text>
            <Group>
              <Button
                variant="light"
                size="xs"
                loading={end.isPending}
                onClick={async () => {
                  const r = await end.mutateAsync().catch(() => null);
                  if (r) setNotice(intl.formatMessage({ id: 'security.sessions.ended' }, { count: r.ended }));
                }}
              >
                <FormattedMessage id="security.user.endSessions" />
              </Button>
              {s.twoFactorEnabled && (
                <Button
                  variant="outline"
                  color="red"
                  size="xs"
                  loading={reset.isPending}
                  title={intl.formatMessage({ id: 'security.user.resetHint' })}
                  onClick={async () => {
                    const r = await reset.mutateAsync().catch(() => null);
                    if (r) setNotice(intl.formatMessage({ id: 'security.user.twoFactorWasReset' }));
                  }}
                >
                  <FormattedMessage id="security.user.resetTwoFactor" />
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
