import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../common/contracts/auth';
import type {
  RecoveryCodes,
  RoleTwoFactor,
  TwoFactorSetup,
  TwoFactorStatus,
  UserSecurity,
} from '../../../common/contracts/security';
import type { Role } from '../../../common/roles';
import { api, apiItems } from '../../lib/api';

export const postLoginCode = (code: string) => api<SessionResponse>('POST', '/api/auth/login/code', { code });

export const useTwoFactorStatus = () =>
  useQuery({ queryKey: ['two-factor'], queryFn: () => api<TwoFactorStatus>('GET', '/api/me/two-factor') });

function useInvalidate(key: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [key] });
}

export const useStartSetup = () =>
  useMutation({ mutationFn: () => api<TwoFactorSetup>('POST', '/api/me/two-factor/setup') });

export function useConfirmSetup() {
  const invalidate = useInvalidate('two-factor');
  return useMutation({
    mutationFn: (code: string) => api<RecoveryCodes>('POST', '/api/me/two-factor/confirm', { code }),
    onSuccess: invalidate,
  });
}

export function useDisableTwoFactor() {
  const invalidate = useInvalidate('two-factor');
  return useMutation({
    mutationFn: (password: string) => api<void>('POST', '/api/me/two-factor/disable', { password }),
    onSuccess: invalidate,
  });
}

export function useRenewRecoveryCodes() {
  const invalidate = useInvalidate('two-factor');
  return useMutation({
    mutationFn: (code: string) => api<RecoveryCodes>('POST', '/api/me/two-factor/recovery-codes', { code }),
    onSuccess: invalidate,
  });
}

export const useSignOutEverywhere = () =>
  useMutation({
    mutationFn: (includeThisSession: boolean) =>
      api<{ ended: number }>('POST', '/api/auth/sign-out-everywhere', { includeThisSession }),
  });

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
