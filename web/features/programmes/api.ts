import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EnrolmentDetail,
  EnrolmentView,
  enrolBodySchema,
  exitBodySchema,
  exitResultSchema,
  GroupDetail,
  GroupSummary,
  groupBodySchema,
  groupStaffSchema,
  groupUpdateSchema,
  Register,
  registerBodySchema,
  registerResultSchema,
} from '../../../common/contracts/programmes';
import { api, apiItems, queryString } from '../../lib/api';

export type GroupBodyInput = z.input<typeof groupBodySchema>;
export type GroupUpdateInput = z.input<typeof groupUpdateSchema>;
export type EnrolInput = z.input<typeof enrolBodySchema>;
export type ExitInput = z.input<typeof exitBodySchema>;
export type ExitResult = z.infer<typeof exitResultSchema>;
export type RegisterInput = z.input<typeof registerBodySchema>;
export type RegisterResult = z.infer<typeof registerResultSchema>;
export type GroupStaff = z.infer<typeof groupStaffSchema>;
export type { EnrolmentDetail, EnrolmentView, GroupDetail, GroupSummary, Register };

export const useGroups = (filter: { programmeId?: string; status?: string }) =>
  useQuery({
    queryKey: ['groups', 'list', filter],
    queryFn: () => apiItems<GroupSummary>(`/api/groups${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });

export const useGroup = (id: string) =>
  useQuery({ queryKey: ['groups', id], queryFn: () => api<GroupDetail>('GET', `/api/groups/${id}`) });

export const useGroupStaff = (programmeId: string | null, enabled = true) =>
  useQuery({
    queryKey: ['group-staff', programmeId],
    queryFn: () => api<GroupStaff>('GET', `/api/group-staff${queryString({ programmeId })}`),
    enabled: enabled && !!programmeId,
    staleTime: 300_000,
  });

export const useRegister = (groupId: string, date: string) =>
  useQuery({
    queryKey: ['groups', groupId, 'register', date],
    queryFn: () => api<Register>('GET', `/api/groups/${groupId}/register${queryString({ date })}`),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(date),
  });

export const useEnrolment = (id: string) =>
  useQuery({
    queryKey: ['enrolments', id],
    queryFn: () => api<EnrolmentDetail>('GET', `/api/enrolments/${id}`),
  });

/** Every change may move children between lists, registers and work lists: refresh them all. */
function useGroupMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['groups'] }),
        client.invalidateQueries({ queryKey: ['enrolments'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
      ]);
    },
  });
}

export const useCreateGroup = () =>
  useGroupMutation((body: GroupBodyInput) => api<GroupSummary>('POST', '/api/groups', body));

export const useChangeGroup = (id: string) =>
  useGroupMutation((body: GroupUpdateInput) => api<GroupSummary>('PUT', `/api/groups/${id}`, body));

export const useEnrol = (groupId: string) =>
  useGroupMutation((body: EnrolInput) =>
    api<EnrolmentView>('POST', `/api/groups/${groupId}/enrolments`, body),
  );

export const useExit = () =>
  useGroupMutation(({ id, body }: { id: string; body: ExitInput }) =>
    api<ExitResult>('POST', `/api/enrolments/${id}/exit`, body),
  );

export const useChangeEnrolment = (id: string) =>
  useGroupMutation((body: { version: number; workerId: string | null }) =>
    api<EnrolmentView>('PATCH', `/api/enrolments/${id}`, body),
  );

export const useSaveRegister = (groupId: string) =>
  useGroupMutation((body: RegisterInput) =>
    api<RegisterResult>('PUT', `/api/groups/${groupId}/register`, body),
  );
