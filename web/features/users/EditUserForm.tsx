import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  PASSWORD_MIN_LENGTH,
  resetPasswordBodySchema,
  type UserView,
  updateUserBodySchema,
} from '../../../common/contracts/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../lib/form';
import { useResetPassword, useUpdateUser } from './api';
import { RoleSelect } from './RoleSelect';
import { ScopeFields } from './ScopeFields';
import { UserSecurityPanel } from './UserSecurityPanel';

/** The details the form edits; the account's status has its own buttons. */
const editUserSchema = updateUserBodySchema.omit({ status: true }).required();
const newPasswordSchema = resetPasswordBodySchema.pick({ password: true });

/**
 * Edits send the version that was read; if someone saved in between, the server answers
 * 409 with who changed it, and the form says so instead of overwriting their change.
 */
export function EditUserForm({ user, onDone }: { user: UserView; onDone(): void }) {
  const intl = useIntl();
  const [status, setStatus] = useState(user.status);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdateUser();
  const reset = useResetPassword();
  const form = useSchemaForm(editUserSchema, {
    initialValues: {
      version: user.version,
      displayName: user.displayName,
      role: user.role,
      scopeAll: user.scopeAll,
      scopeLocationIds: user.scopeLocationIds,
      scopeProgrammeIds: user.scopeProgrammeIds,
    },
    labels: { displayName: intl.formatMessage({ id: 'users.displayName' }) },
  });
  const passwordForm = useSchemaForm(newPasswordSchema, {
    initialValues: { password: '' },
    labels: { password: intl.formatMessage({ id: 'users.newPassword' }) },
  });
  const values = form.getValues();

  /** A status change or a new password moves the version on: the next save must send the new one. */
  function saved(next: UserView, message: string) {
    form.setFieldValue('version', next.version);
    setStatus(next.status);
    setNotice(intl.formatMessage({ id: message }));
  }

  async function changeStatus(next: 'active' | 'disabled') {
    const done = await update
      .mutateAsync({ id: user.id, body: { version: values.version, status: next } })
      .catch(() => null);
    if (done) saved(done, 'users.saved');
  }

  const resetPassword = passwordForm.submitWith(async ({ password }) => {
    saved(
      await reset.mutateAsync({ id: user.id, version: values.version, password }),
      'users.passwordWasReset',
    );
    passwordForm.reset();
  });

  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        await update.mutateAsync({ id: user.id, body });
        onDone();
      })}
      noValidate
    >
      <Stack>
        <ErrorAlert error={update.error ?? reset.error} reloadKey={null} />
        {notice && !update.error && !reset.error && (
          <Alert color="teal" role="status">
            {notice}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {user.username}
        </Text>
        <TextInput
          label={intl.formatMessage({ id: 'users.displayName' })}
          required
          {...form.getInputProps('displayName')}
        />
        <RoleSelect
          value={values.role}
          error={form.errors.role}
          onChange={(role) => form.setFieldValue('role', role)}
        />
        <ScopeFields value={values} onChange={(scope) => form.setValues(scope)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="users.cancel" />
          </Button>
          <Button type="submit" loading={update.isPending}>
            <FormattedMessage id="users.save" />
          </Button>
        </Group>
        <Divider />
        <Group align="end">
          <PasswordInput
            label={intl.formatMessage({ id: 'users.newPassword' })}
            description={intl.formatMessage({ id: 'users.passwordHint' }, { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            style={{ flex: 1 }}
            {...passwordForm.getInputProps('password')}
          />
          <Button
            variant="light"
            onClick={() => resetPassword()}
            loading={reset.isPending}
            disabled={!passwordForm.getValues().password}
          >
            <FormattedMessage id="users.resetPassword" />
          </Button>
        </Group>
        <Group>
          {status === 'active' ? (
            <Button color="red" variant="outline" onClick={() => changeStatus('disabled')}>
              <FormattedMessage id="users.disable" />
            </Button>
          ) : (
            <Button variant="outline" onClick={() => changeStatus('active')}>
              <FormattedMessage id="users.enable" />
            </Button>
          )}
        </Group>
        <Divider />
        <UserSecurityPanel userId={user.id} />
      </Stack>
    </form>
  );
}
