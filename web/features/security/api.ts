import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodes, TwoFactorSetup, TwoFactorStatus } from '../../../common/contracts/security';
import { api } from '../../lib/api';

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
