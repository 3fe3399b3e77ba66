import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody, UserView } from '../../../common/contracts/users';
import { api, queryString } from '../../lib/api';

interface UserPage {
  items: UserView[];
  total: number;
  page: number;
  pageSize: number;
}

export const useUsers = (page: number) =>
  useQuery({
    queryKey: ['users', page],
    queryFn: () => api<UserPage>('GET', `/api/users${queryString({ page, pageSize: 50 })}`),
  });

function useInvalidateUsers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['users'] });
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserBody) => api<UserView>('POST', '/api/users', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) =>
      api<UserView>('PATCH', `/api/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, version, password }: { id: string; version: number; password: string }) =>
      api<UserView>('POST', `/api/users/${id}/password`, { version, password }),
    onSuccess: invalidate,
  });
}
