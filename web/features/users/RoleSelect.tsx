import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { ROLES, type Role } from '../../../common/roles';

export function RoleSelect({
  value,
  onChange,
  error,
}: {
  value: Role;
  onChange(role: Role): void;
  error?: ReactNode;
}) {
  const intl = useIntl();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'users.role' })}
      value={value}
      error={error}
      onChange={(e) => onChange(e.currentTarget.value as Role)}
      data={ROLES.map((r) => ({ value: r, label: intl.formatMessage({ id: `role.${r}` }) }))}
    />
  );
}
