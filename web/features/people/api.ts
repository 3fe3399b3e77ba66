import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MergeView, PersonSummary } from '../../../common/contracts/search';
import { api, queryString } from '../../lib/api';

export const usePersonSummary = (id: string | null) =>
  useQuery({
    queryKey: ['person', id],
    queryFn: () => api<PersonSummary>('GET', `/api/people/${id}`),
    enabled: Boolean(id),
  });

export type MergePage = { items: MergeView[]; total: number; page: number; pageSize: number };
export const useMerges = (page: number) =>
  useQuery({
    queryKey: ['merges', page],
    queryFn: () => api<MergePage>('GET', `/api/people/merges${queryString({ page, pageSize: 50 })}`),
  });

function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['merges'] });
    void client.invalidateQueries({ queryKey: ['person'] });
    void client.invalidateQueries({ queryKey: ['search'] });
  };
}

export function useMerge() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (body: { survivorId: string; mergedId: string; reason: string }) =>
      api<MergeView>('POST', '/api/people/merges', body),
    onSuccess,
  });
}

export function useUndoMerge() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<MergeView>('POST', `/api/people/merges/${id}/undo`),
    onSuccess,
  });
}
