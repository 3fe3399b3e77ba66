import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { disableTwoFactorBodySchema, newRecoveryCodesBodySchema } from '../../../common/contracts/security';
import { QueryState } from '../../components/ui/QueryState';
import { serverFieldErrors, useSchemaForm } from '../../lib/form';
import { usePageTitle } from '../../lib/page-title';
import { useSession } from '../../lib/session';
import { useDisableTwoFactor, useRenewRecoveryCodes, useSignOutEverywhere, useTwoFactorStatus } from './api';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { TwoFactorSetup } from './TwoFactorSetup';

/** One's own sign-in: two-factor (set up, turn off, new recovery codes) and sessions on other devices. */
export function AccountPage() {
  usePageTitle('security.account.title');
  const intl = useIntl();
  const { user } = useSession();
  return (
    <Stack maw={760}>
      <Title order={1}>
        <FormattedMessage id="security.account.title" />
      </Title>
      <Text c="dimmed">
        {user?.displayName} · {user?.username} · {user ? intl.formatMessage({ id: `role.${user.role}` }) : ''}
      </Text>
      <TwoFactorCard />
      <SessionsCard />
    </Stack>
  );
}

function TwoFactorCard() {
  const intl = useIntl();
  const status = useTwoFactorStatus();
  const [mode, setMode] = useState<'view' | 'disable' | 'renew'>('view');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="two-factor-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="two-factor-title">
            <FormattedMessage id="security.twoFactor.title" />
          </Title>
          {status.data && (
            <Badge color={status.data.enabled ? 'teal.9' : 'gray.7'} variant="light" tt="none">
              {intl.formatMessage({ id: status.data.enabled ? 'security.state.on' : 'security.state.off' })}
            </Badge>
          )}
        </Group>
        {notice && (
          <Alert color="teal" role="status">
            {notice}
          </Alert>
        )}
        <QueryState query={status}>
          {(s) =>
            codes ? (
              <RecoveryCodesPanel
                codes={codes}
                doneLabel={intl.formatMessage({ id: 'security.recovery.saved' })}
                onDone={() => {
                  setCodes(null);
                  setMode('view');
                }}
              />
            ) : mode === 'disable' ? (
              <DisableForm
                onCancel={() => setMode('view')}
                onDone={() => {
                  setMode('view');
                  setNotice(intl.formatMessage({ id: 'security.twoFactor.disabled' }));
                }}
              />
            ) : mode === 'renew' ? (
              <RenewForm
                onCancel={() => setMode('view')}
                onDone={(c) => {
                  setCodes(c);
                  setNotice(null);
                }}
              />
            ) : (
              <Stack>
                <Text>
                  <FormattedMessage id={s.enabled ? 'security.twoFactor.on' : 'security.twoFactor.off'} />
                </Text>
                {s.required && (
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="security.twoFactor.required" />
                  </Text>
                )}
                {s.enabled && (
                  <Text size="sm">
                    <FormattedMessage
                      id="security.twoFactor.codesLeft"
                      values={{ count: s.recoveryCodesLeft }}
                    />
                  </Text>
                )}
                {!s.enabled && (
                  <TwoFactorSetup
                    onConfirmed={(r) => {
                      setCodes(r.recoveryCodes);
                      setNotice(intl.formatMessage({ id: 'security.twoFactor.enabled' }));
                    }}
                  />
                )}
                <Group>
                  {s.enabled && (
                    <Button variant="light" onClick={() => setMode('renew')}>
                      <FormattedMessage id="security.twoFactor.newCodes" />
                    </Button>
                  )}
                  {s.enabled && !s.required && (
                    <Button color="red" variant="outline" onClick={() => setMode('disable')}>
                      <FormattedMessage id="security.twoFactor.disable" />
                    </Button>
                  )}
                </Group>
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Card>
  );
}

function DisableForm({ onCancel, onDone }: { onCancel(): void; onDone(): void }) {
  const intl = useIntl();
  const disable = useDisableTwoFactor();
  const label = intl.formatMessage({ id: 'login.password' });
  const form = useSchemaForm(disableTwoFactorBodySchema, {
    initialValues: { password: '' },
    labels: { password: label },
  });
  const fieldError = serverFieldErrors(disable.error).password;
  // A refused password is typed again from empty; the refusal shows on the field or above it.
  const submit = form.submitWith(({ password }) =>
    disable.mutateAsync(password).then(onDone, () => form.setFieldValue('password', '')),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {disable.error && !fieldError && (
          <Alert color="red" role="alert">
            {disable.error.message}
          </Alert>
        )}
        <Text>
          <FormattedMessage id="security.twoFactor.disableConfirm" />
        </Text>
        <PasswordInput
          label={label}
          autoComplete="current-password"
          {...form.getInputProps('password')}
          error={form.errors.password ?? fieldError}
          maw={320}
        />
        <Group>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="users.cancel" />
          </Button>
          <Button type="submit" color="red" loading={disable.isPending} disabled={!form.getValues().password}>
            <FormattedMessage id="security.twoFactor.disable" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenewForm({ onCancel, onDone }: { onCancel(): void; onDone(codes: string[]): void }) {
  const intl = useIntl();
  const renew = useRenewRecoveryCodes();
  const label = intl.formatMessage({ id: 'security.code.label' });
  const form = useSchemaForm(newRecoveryCodesBodySchema, {
    initialValues: { code: '' },
    labels: { code: label },
  });
  const code = form.getValues().code;
  // A refused code is typed again from empty; the refusal shows on the field.
  const submit = form.submitWith(({ code }) =>
    renew.mutateAsync(code).then(
      (r) => onDone(r.recoveryCodes),
      () => form.setFieldValue('code', ''),
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          <FormattedMessage id="security.twoFactor.newCodesIntro" />
        </Text>
        <TextInput
          label={label}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          w={160}
          {...form.getInputProps('code')}
          error={form.errors.code ?? serverFieldErrors(renew.error).code ?? renew.error?.message}
        />
        <Group>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="users.cancel" />
          </Button>
          <Button type="submit" loading={renew.isPending} disabled={code.replace(/\s/g, '').length !== 6}>
            <FormattedMessage id="security.twoFactor.newCodes" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SessionsCard() {
  const intl = useIntl();
  const { signOut } = useSession();
  const end = useSignOutEverywhere();
  const [notice, setNotice] = useState<string | null>(null);
  async function run(includeThisSession: boolean) {
    const { ended } = await end.mutateAsync(includeThisSession);
    if (includeThisSession) await signOut();
    else setNotice(intl.formatMessage({ id: 'security.sessions.ended' }, { count: ended }));
  }
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sessions-title">
      <Stack>
        <Title order={2} size="h3" id="sessions-title">
          <FormattedMessage id="security.sessions.title" />
        </Title>
        <Text>
          <FormattedMessage id="security.sessions.intro" />
        </Text>
        {end.error && (
          <Alert color="red" role="alert">
            {end.error.message}
          </Alert>
        )}
        {notice && (
          <Alert color="teal" role="status">
            {notice}
          </Alert>
        )}
        <Group>
          <Button variant="light" loading={end.isPending} onClick={() => void run(false).catch(() => {})}>
            <FormattedMessage id="security.sessions.others" />
          </Button>
          <Button color="red" variant="outline" onClick={() => void run(true).catch(() => {})}>
            <FormattedMessage id="security.sessions.everywhere" />
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
