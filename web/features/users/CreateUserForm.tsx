import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  type CreateUserBody,
  createUserBodySchema,
  PASSWORD_MIN_LENGTH,
} from '../../../common/contracts/users';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSchemaForm } from '../../lib/form';
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
  const create = useCreateUser();
  const labels = {
    username: intl.formatMessage({ id: 'users.username' }),
    displayName: intl.formatMessage({ id: 'users.displayName' }),
    password: intl.formatMessage({ id: 'users.password' }),
    role: intl.formatMessage({ id: 'users.role' }),
  };
  const form = useSchemaForm(createUserBodySchema, { initialValues: EMPTY, labels });
  const values = form.getValues();

  return (
    <form
      onSubmit={form.submitWith(async (body) => {
        await create.mutateAsync(body);
        onDone();
      })}
      noValidate
    >
      <Stack>
        <ErrorAlert error={create.error} reloadKey={null} />
        <TextInput
          label={labels.username}
          description={intl.formatMessage({ id: 'users.usernameHint' })}
          required
          autoComplete="off"
          {...form.getInputProps('username')}
        />
        <TextInput label={labels.displayName} required {...form.getInputProps('displayName')} />
        <PasswordInput
          label={labels.password}
          description={intl.formatMessage({ id: 'users.passwordHint' }, { min: PASSWORD_MIN_LENGTH })}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
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
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="users.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
