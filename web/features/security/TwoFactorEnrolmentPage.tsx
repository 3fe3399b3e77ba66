import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { RecoveryCodes } from '../../../common/contracts/security';
import { LanguageSwitcher } from '../../components/ui/LanguageSwitcher';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { TwoFactorSetup } from './TwoFactorSetup';

/**
 * At sign-in, for a user whose role requires two-factor sign-in and who has no authenticator
 * yet: setting one up comes before anything else.
 */
export function TwoFactorEnrolmentPage() {
  usePageTitle('security.enrol.title');
  const intl = useIntl();
  const { pending, signedIn, signOut } = useSession();
  const [done, setDone] = useState<RecoveryCodes | null>(null);
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={620} radius="md">
        <Stack>
          <Title order={1} size="h2">
            <FormattedMessage id="security.enrol.title" />
          </Title>
          {done ? (
            <RecoveryCodesPanel
              codes={done.recoveryCodes}
              doneLabel={intl.formatMessage({ id: 'security.recovery.continue' })}
              onDone={() => done.session && signedIn(done.session)}
            />
          ) : (
            <>
              <Alert color="teal" role="status">
                <FormattedMessage
                  id="security.enrol.intro"
                  values={{ name: pending?.user.displayName ?? '' }}
                />
              </Alert>
              <TwoFactorSetup onConfirmed={setDone} />
              <Group justify="space-between" align="end">
                <Button variant="subtle" onClick={() => void signOut()}>
                  <FormattedMessage id="security.enrol.cancel" />
                </Button>
                <LanguageSwitcher />
              </Group>
              <Text size="xs" c="dimmed">
                <FormattedMessage id="security.enrol.apps" />
              </Text>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
