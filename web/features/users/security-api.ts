import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RoleTwoFactor, UserSecurity } from '../../../common/contracts/security';
import type { Role } from '../../../common/roles';
import { api, apiItems } from '../../lib/api';

/** An administrator's side of two-factor sign-in: which roles need it, and each user's state. */

function useInvalidate(key: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [key] });
}

export const useRoleTwoFactor = () =>
  useQuery({
    queryKey: ['two-factor-roles'],
    queryFn: () => apiItems<RoleTwoFactor>('/api/security/two-factor-roles'),
  });

export function useSetRoleTwoFactor() {
  const invalidate = useInvalidate('two-factor-roles');
  return useMutation({
    mutationFn: ({ role, requireTwoFactor }: { role: Role; requireTwoFactor: boolean }) =>
      api<RoleTwoFactor>('PUT', `/api/security/two-factor-roles/${role}`, { requireTwoFactor }),
    onSuccess: invalidate,
  });
}

export const useUserSecurity = (id: string) =>
  useQuery({
    queryKey: ['user-security', id],
    queryFn: () => api<UserSecurity>('GET', `/api/users/${id}/security`),
  });

export function useEndUserSessions(id: string) {
  const invalidate = useInvalidate('user-security');
  return useMutation({
    mutationFn: () => api<{ ended: number }>('POST', `/api/users/${id}/sessions/end`),
    onSuccess: invalidate,
  });
}

export function useResetUserTwoFactor(id: string) {
  const invalidate = useInvalidate('user-security');
  return useMutation({
    mutationFn: () => api<UserSecurity>('POST', `/api/users/${id}/two-factor/reset`),
    onSuccess: invalidate,
  });
}
