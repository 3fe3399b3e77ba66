/** The foster-care side of a child's case: matching families, placing, visits and allowances. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlacementView } from '../../../common/contracts/cases';
import type {
  fosterPlacementBodySchema,
  ledgerSchema,
  matchesSchema,
  paymentBodySchema,
  visitRecordSchema,
  visitViewSchema,
} from '../../../common/contracts/foster';
import type { UnscheduledVisitBody } from '../../../common/contracts/foster-visits';
import { api, apiItems } from '../../lib/api';

export type FosterMatches = z.infer<typeof matchesSchema>;
export type FosterMatch = FosterMatches['matches'][number];
export type FosterVisit = z.infer<typeof visitViewSchema>;
export type AllowanceLedger = z.infer<typeof ledgerSchema>;
export type AllowanceKind = AllowanceLedger['months'][number]['lines'][number]['kind'];

/** Families ranked for the child (only asked for when the foster tab shows the list). */
export const useFosterMatches = (caseId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['cases', caseId, 'foster-matches'],
    queryFn: () => api<FosterMatches>('GET', `/api/cases/${caseId}/foster-matches`),
    enabled,
  });

/**
 * The monitoring visits of the family the child lives with, kept under the case so that a
 * change to the case (or "reload" after a conflict) reads them again.
 */
export const useFosterVisits = (caseId: string, familyId: string) =>
  useQuery({
    queryKey: ['cases', caseId, 'foster-visits', familyId],
    queryFn: () => apiItems<FosterVisit>(`/api/foster/families/${familyId}/visits`),
  });

export const useAllowanceLedger = (caseId: string, placementId: string) =>
  useQuery({
    queryKey: ['cases', caseId, 'foster-ledger', placementId],
    queryFn: () => api<AllowanceLedger>('GET', `/api/foster/placements/${placementId}/allowances`),
  });

/** Visits due within two weeks or overdue, for the start page (read again with "my work"). */
export const useVisitsDue = (enabled = true) =>
  useQuery({
    queryKey: ['my-work', 'foster-visits-due'],
    queryFn: () => apiItems<FosterVisit>('/api/foster/visits/due'),
    enabled,
  });

/** A foster-care change: cases, the start page and the foster family pages are read again. */
function useFosterMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
        client.invalidateQueries({ queryKey: ['foster'] }),
      ]);
    },
  });
}

export const usePlaceWithFamily = (caseId: string) =>
  useFosterMutation((body: z.input<typeof fosterPlacementBodySchema>) =>
    api<PlacementView>('POST', `/api/cases/${caseId}/foster-placements`, body),
  );
export const useRecordVisit = () =>
  useFosterMutation(({ id, body }: { id: string; body: z.input<typeof visitRecordSchema> }) =>
    api<FosterVisit>('POST', `/api/foster/visits/${id}`, body),
  );
/** A visit held outside the schedule, recorded on its own (the scheduled visits stay as they were). */
export const useRecordUnscheduledVisit = (placementId: string) =>
  useFosterMutation((body: UnscheduledVisitBody) =>
    api<FosterVisit>('POST', `/api/foster/placements/${placementId}/visits`, body),
  );
export const useRecordPayment = (placementId: string) =>
  useFosterMutation((body: z.input<typeof paymentBodySchema>) =>
    api<{ ok: boolean }>('POST', `/api/foster/placements/${placementId}/payments`, body),
  );
