import { Alert, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PASSWORD_MIN_LENGTH, passwordSchema, type UserView } from '../../../common/contracts/users';
import { ApiError } from '../../lib/api';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useResetPassword, useUpdateUser } from './api';
import { RoleSelect } from './RoleSelect';
import { ScopeFields } from './ScopeFields';
import { UserSecurityPanel } from './UserSecurityPanel';

/**
 * Edits send the version that was read; if someone saved in between, the server answers
 * 409 with who changed it, and the form says so instead of overwriting their change.
 */
export function EditUserForm({ user, onDone }: { user: UserView; onDone(): void }) {
  const intl = useIntl();
  const [form, setForm] = useState(user);
  const [version, setVersion] = useState(user.version);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const update = useUpdateUser();
  const reset = useResetPassword();
  const problem = update.error ?? reset.error;

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await update.mutateAsync({
        id: user.id,
        body: {
          version,
          displayName: form.displayName,
          role: form.role,
          scopeAll: form.scopeAll,
          scopeLocationIds: form.scopeLocationIds,
          scopeProgrammeIds: form.scopeProgrammeIds,
        },
      });
      onDone();
    } catch (error) {
      setErrors(serverFieldErrors(error));
    }
  }

  async function setStatus(status: 'active' | 'disabled') {
    const saved = await update.mutateAsync({ id: user.id, body: { version, status } }).catch(() => null);
    if (saved) {
      setVersion(saved.version);
      setForm({ ...form, status: saved.status });
      setNotice(intl.formatMessage({ id: 'users.saved' }));
    }
  }

  async function resetPassword() {
    const found = clientFieldErrors(intl, passwordSchema.safeParse(password), {
      '': intl.formatMessage({ id: 'users.newPassword' }),
    });
    if (found['']) return setErrors({ password: found[''] });
    const saved = await reset.mutateAsync({ id: user.id, version, password }).catch(() => null);
    if (saved) {
      setVersion(saved.version);
      setPassword('');
      setErrors({});
      setNotice(intl.formatMessage({ id: 'users.passwordWasReset' }));
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack>
        {problem && (
          <Alert
            color={problem instanceof ApiError && problem.status === 409 ? 'orange' : 'red'}
            role="alert"
          >
            {problem.message}
          </Alert>
        )}
        {notice && !problem && (
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
          value={form.displayName}
          error={errors.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
        />
        <RoleSelect value={form.role} onChange={(role) => setForm({ ...form, role })} />
        <ScopeFields value={form} onChange={(scope) => setForm({ ...form, ...scope })} />
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
            value={password}
            error={errors.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button variant="light" onClick={resetPassword} loading={reset.isPending} disabled={!password}>
            <FormattedMessage id="users.resetPassword" />
          </Button>
        </Group>
        <Group>
          {form.status === 'active' ? (
            <Button color="red" variant="outline" onClick={() => setStatus('disabled')}>
              <FormattedMessage id="users.disable" />
            </Button>
          ) : (
            <Button variant="outline" onClick={() => setStatus('active')}>
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
