import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReassignBody, reassignResultSchema, TeamWork } from '../../../common/contracts/cases';
import { api } from '../../lib/api';

export const useTeamWork = (enabled: boolean) =>
  useQuery({ queryKey: ['team-work'], queryFn: () => api<TeamWork>('GET', '/api/team-work'), enabled });

/** Hands a case to another worker of the team; the team's, the worker's and the case's views are read again. */
export function useReassign(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReassignBody) =>
      api<z.infer<typeof reassignResultSchema>>('POST', `/api/cases/${caseId}/reassignment`, body),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['team-work'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
        client.invalidateQueries({ queryKey: ['cases'] }),
      ]);
    },
  });
}
