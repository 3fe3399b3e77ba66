/** Brothers and sisters as a group: one gatekeeping decision for them (placing together is a placement's siblingCaseIds). */
import { useQuery } from '@tanstack/react-query';
import type {
  GatekeepingView,
  GroupGatekeepingBody,
  SiblingAwaitingDecision,
} from '../../../common/contracts/cases';
import { api, apiItems } from '../../lib/api';
import { useCaseMutation } from './api';

/** The siblings whose open case awaits the same gatekeeping decision (only those the user may open). */
export const useSiblingsAwaitingDecision = (caseId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['cases', caseId, 'gatekeeping', 'siblings'],
    queryFn: () => apiItems<SiblingAwaitingDecision>(`/api/cases/${caseId}/gatekeeping/siblings`),
    enabled,
  });

export const useGroupGatekeeping = (caseId: string) =>
  useCaseMutation((body: GroupGatekeepingBody) =>
    api<{ items: GatekeepingView[] }>('POST', `/api/cases/${caseId}/gatekeeping/group`, body),
  );
