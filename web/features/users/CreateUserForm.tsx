import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  type CreateUserBody,
  createUserBodySchema,
  PASSWORD_MIN_LENGTH,
} from '../../../common/contracts/users';
import { clientFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { useCreateUser } from './api';
import { RoleSelect } from './RoleSelect';
import { ScopeFields } from './ScopeFields';

const EMPTY: CreateUserBody = {
  username: '',
  displayName: '',
  password: '',
  role: 'social_worker',
  scopeAll: false,
  scopeLocationIds: [],
  scopeProgrammeIds: [],
};

export function CreateUserForm({ onDone }: { onDone(): void }) {
  const intl = useIntl();
  const [form, setForm] = useState<CreateUserBody>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateUser();
  const labels = {
    username: intl.formatMessage({ id: 'users.username' }),
    displayName: intl.formatMessage({ id: 'users.displayName' }),
    password: intl.formatMessage({ id: 'users.password' }),
    role: intl.formatMessage({ id: 'users.role' }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = createUserBodySchema.safeParse(form);
    const found = clientFieldErrors(intl, checked, labels);
    setErrors(found);
    if (!checked.success) return;
    try {
      await create.mutateAsync(checked.data);
      onDone();
    } catch (error) {
      setErrors(serverFieldErrors(error));
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {create.isError && (
          <Alert color="red" role="alert">
            {create.error.message}
          </Alert>
        )}
        <TextInput
          label={labels.username}
          description={intl.formatMessage({ id: 'users.usernameHint' })}
          required
          autoComplete="off"
          value={form.username}
          error={errors.username}
          onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
        />
        <TextInput
          label={labels.displayName}
          required
          value={form.displayName}
          error={errors.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.currentTarget.value })}
        />
        <PasswordInput
          label={labels.password}
          description={intl.formatMessage({ id: 'users.passwordHint' }, { min: PASSWORD_MIN_LENGTH })}
          required
          autoComplete="new-password"
          value={form.password}
          error={errors.password}
          onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
        />
        <RoleSelect value={form.role} error={errors.role} onChange={(role) => setForm({ ...form, role })} />
        <ScopeFields value={form} onChange={(scope) => setForm({ ...form, ...scope })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="users.cancel" />
          </Button>
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="users.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
