import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ActionItem,
  actionItemBodySchema,
  actionItemDetailSchema,
  actionItemUpdateSchema,
  actionProgressSchema,
  Commitment,
  commitmentCountryBodySchema,
  Meeting,
  meetingBodySchema,
  meetingSummarySchema,
  myActionsSchema,
  workingGroupSchema,
} from '../../../common/contracts/working-group';
import { api, apiItems } from '../../lib/api';
import { useCooperationNames } from '../../lib/cooperation';
import { useSession } from '../../lib/session';

/** The working group's queries on the hub (issue 17 item 1). */

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type ActionItemDetail = z.infer<typeof actionItemDetailSchema>;

export const useWorkingGroup = () =>
  useQuery({
    queryKey: ['working-group'],
    queryFn: () => api<z.infer<typeof workingGroupSchema>>('GET', '/api/cooperation/working-group'),
    retry: false,
  });

export const useMyActions = () =>
  useQuery({
    queryKey: ['working-group', 'my-actions'],
    queryFn: () => api<z.infer<typeof myActionsSchema>>('GET', '/api/cooperation/my-actions'),
  });

export const useMeetings = () =>
  useQuery({
    queryKey: ['working-group', 'meetings'],
    queryFn: () => apiItems<MeetingSummary>('/api/cooperation/meetings'),
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: ['working-group', 'meeting', id],
    queryFn: () => api<Meeting>('GET', `/api/cooperation/meetings/${id}`),
  });

export const useActionItems = () =>
  useQuery({
    queryKey: ['working-group', 'actions'],
    queryFn: () => apiItems<ActionItem>('/api/cooperation/action-items'),
  });

export const useActionItem = (id: string) =>
  useQuery({
    queryKey: ['working-group', 'action', id],
    queryFn: () => api<ActionItemDetail>('GET', `/api/cooperation/action-items/${id}`),
  });

export const useCommitments = () =>
  useQuery({
    queryKey: ['working-group', 'commitments'],
    queryFn: () => apiItems<Commitment>('/api/cooperation/commitments'),
  });

export function useReportProgress(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof actionProgressSchema>) =>
      api<ActionItemDetail>('POST', `/api/cooperation/action-items/${id}/progress`, body),
    onSuccess: (saved) => {
      client.setQueryData(['working-group', 'action', id], saved);
      void client.invalidateQueries({ queryKey: ['working-group'], refetchType: 'none' });
    },
  });
}

export function useRecordCommitmentStatus(code: string, country: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof commitmentCountryBodySchema>) =>
      api<{ items: Commitment[] }>(
        'PUT',
        `/api/cooperation/commitments/${code}/countries/${country}`,
        body,
      ).then((answer) => answer.items),
    onSuccess: (items) => client.setQueryData(['working-group', 'commitments'], items),
  });
}

/** Records a meeting (id null) or saves a change to one. */
export function useSaveMeeting(id: string | null) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof meetingBodySchema> & { version?: number }) =>
      id
        ? api<Meeting>('PUT', `/api/cooperation/meetings/${id}`, body)
        : api<Meeting>('POST', '/api/cooperation/meetings', body),
    onSuccess: (saved) => {
      client.setQueryData(['working-group', 'meeting', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['working-group', 'meetings'] });
    },
  });
}

export function useGiveAction(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof actionItemBodySchema>) =>
      api<ActionItemDetail>('POST', '/api/cooperation/action-items', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['working-group'] });
      void client.invalidateQueries({ queryKey: ['working-group', 'meeting', meetingId] });
    },
  });
}

/** An officer changes an action item: the version read goes with it, so a concurrent change is a 409. */
export function useUpdateAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof actionItemUpdateSchema>) =>
      api<ActionItemDetail>('PUT', `/api/cooperation/action-items/${id}`, body),
    onSuccess: (saved) => {
      client.setQueryData(['working-group', 'action', id], saved);
      void client.invalidateQueries({ queryKey: ['working-group'], refetchType: 'none' });
    },
  });
}

/** Whether the signed-in user runs the meetings (the server checks again): an administrator, the chair or the secretary. */
export function useIsOfficer(): boolean {
  const { user } = useSession();
  const mine = useMyActions();
  if (!user?.permissions.includes('cooperation.write')) return false;
  return user.role === 'admin' || mine.data?.groupRole === 'chair' || mine.data?.groupRole === 'secretary';
}

/** A member country's name in the current language: the hub's own register first (it names every member). */
export function useCountryName(): (code: string) => string {
  return useCooperationNames().country;
}
