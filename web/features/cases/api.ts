import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  accessLogEntrySchema,
  approvalBodySchema,
  assignBodySchema,
  CarePlanBody,
  CarePlanView,
  CaseDetail,
  ContactBody,
  casePageSchema,
  closeCaseBodySchema,
  contactViewSchema,
  correctPlacementBodySchema,
  endPlacementBodySchema,
  FamilyMemberInput,
  FamilyMemberView,
  familyMemberUpdateSchema,
  GatekeepingBody,
  GatekeepingView,
  myWorkSchema,
  PersonView,
  PlaceChildBody,
  PlacementView,
  ReferralBody,
  ReviewBody,
  ReviewView,
  referralResultSchema,
  timelineEntrySchema,
  updateChildBodySchema,
  workerSchema,
} from '../../../common/contracts/cases';
import type { ErrorResponse } from '../../../common/contracts/common';
import type {
  DOCUMENT_TYPES,
  DocumentView,
  FollowUpView,
  followUpRecordSchema,
  LeavingCarePlanBody,
  LeavingCarePlanView,
  ShortTermEpisode,
  shortTermUpdateSchema,
} from '../../../common/contracts/leaving-care';
import { ApiError, api, apiItems, getCsrfToken, queryString } from '../../lib/api';

export type CasePage = z.infer<typeof casePageSchema>;
export type MyWork = z.infer<typeof myWorkSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export type Worker = z.infer<typeof workerSchema>;
export type ApprovalBody = z.input<typeof approvalBodySchema>;
type Version = { version: number };

const get = <T>(url: string) => api<T>('GET', url);

export const useMyWork = () =>
  useQuery({ queryKey: ['my-work'], queryFn: () => get<MyWork>('/api/my-work') });

export const useCases = (filter: Record<string, string | number | undefined>) =>
  useQuery({
    queryKey: ['cases', 'list', filter],
    queryFn: () => get<CasePage>(`/api/cases${queryString(filter)}`),
  });

export const useCase = (id: string) =>
  useQuery({ queryKey: ['cases', id, 'detail'], queryFn: () => get<CaseDetail>(`/api/cases/${id}`) });

/** One list of a child's case file (the rows of its `{ items }`). */
function caseListQuery<T>(id: string, part: string, enabled = true) {
  return { queryKey: ['cases', id, part], queryFn: () => apiItems<T>(`/api/cases/${id}/${part}`), enabled };
}
export const useFamily = (id: string) => useQuery(caseListQuery<FamilyMemberView>(id, 'family'));
export const useWorkers = (id: string, enabled: boolean) =>
  useQuery(caseListQuery<Worker>(id, 'workers', enabled));
export const useGatekeeping = (id: string) => useQuery(caseListQuery<GatekeepingView>(id, 'gatekeeping'));
export const usePlacements = (id: string) => useQuery(caseListQuery<PlacementView>(id, 'placements'));
export const useCarePlans = (id: string) => useQuery(caseListQuery<CarePlanView>(id, 'care-plans'));
export const useReviews = (id: string) => useQuery(caseListQuery<ReviewView>(id, 'reviews'));
export const useContacts = (id: string) => useQuery(caseListQuery<ContactView>(id, 'contacts'));
export const useTimeline = (id: string) => useQuery(caseListQuery<TimelineEntry>(id, 'timeline'));
export const useAccessLog = (id: string) => useQuery(caseListQuery<AccessLogEntry>(id, 'access-log'));
export const useEpisodes = (id: string) =>
  useQuery(caseListQuery<ShortTermEpisode>(id, 'short-term-episodes'));
export const useLeavingCarePlans = (id: string) =>
  useQuery(caseListQuery<LeavingCarePlanView>(id, 'leaving-care'));
export const useFollowUps = (id: string) => useQuery(caseListQuery<FollowUpView>(id, 'follow-ups'));
export const useDocuments = (id: string) => useQuery(caseListQuery<DocumentView>(id, 'documents'));

/** A change to a case: afterwards everything about cases (and the start page) is read again. */
export function useCaseMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['cases'] }),
        client.invalidateQueries({ queryKey: ['my-work'] }),
        client.invalidateQueries({ queryKey: ['village'] }),
      ]);
    },
  });
}

export const useRegisterReferral = () =>
  useCaseMutation((body: ReferralBody) =>
    api<z.infer<typeof referralResultSchema>>('POST', '/api/referrals', body),
  );

export const useAssign = (caseId: string) =>
  useCaseMutation((body: z.input<typeof assignBodySchema>) =>
    api<Version>('POST', `/api/cases/${caseId}/assignment`, body),
  );
export const useCloseCase = (caseId: string) =>
  useCaseMutation((body: z.input<typeof closeCaseBodySchema>) =>
    api<Version>('POST', `/api/cases/${caseId}/close`, body),
  );
export const useReopenCase = (caseId: string) =>
  useCaseMutation((body: Version) => api<Version>('POST', `/api/cases/${caseId}/reopen`, body));

export const useStartGatekeeping = (caseId: string) =>
  useCaseMutation((body: GatekeepingBody) =>
    api<GatekeepingView>('POST', `/api/cases/${caseId}/gatekeeping`, body),
  );
export const useEditGatekeeping = () =>
  useCaseMutation(({ id, body }: { id: string; body: GatekeepingBody & Version }) =>
    api<GatekeepingView>('PUT', `/api/gatekeeping/${id}`, body),
  );
export const useSubmitGatekeeping = () =>
  useCaseMutation(({ id, version }: { id: string; version: number }) =>
    api<GatekeepingView>('POST', `/api/gatekeeping/${id}/submit`, { version }),
  );
export const useReviewGatekeeping = () =>
  useCaseMutation(({ id, body }: { id: string; body: ApprovalBody }) =>
    api<GatekeepingView>('POST', `/api/gatekeeping/${id}/review`, body),
  );

export const useStartPlacement = (caseId: string) =>
  useCaseMutation((body: PlaceChildBody) =>
    api<PlacementView>('POST', `/api/cases/${caseId}/placements`, body),
  );
export const useEndPlacement = () =>
  useCaseMutation(({ id, body }: { id: string; body: z.input<typeof endPlacementBodySchema> }) =>
    api<PlacementView>('POST', `/api/placements/${id}/end`, body),
  );

export const useDraftCarePlan = (caseId: string) =>
  useCaseMutation((body: CarePlanBody) => api<CarePlanView>('POST', `/api/cases/${caseId}/care-plans`, body));
export const useEditCarePlan = () =>
  useCaseMutation(({ id, body }: { id: string; body: CarePlanBody & Version }) =>
    api<CarePlanView>('PUT', `/api/care-plans/${id}`, body),
  );
export const useSubmitCarePlan = () =>
  useCaseMutation(({ id, version }: { id: string; version: number }) =>
    api<CarePlanView>('POST', `/api/care-plans/${id}/submit`, { version }),
  );
export const useReviewCarePlan = () =>
  useCaseMutation(({ id, body }: { id: string; body: ApprovalBody }) =>
    api<CarePlanView>('POST', `/api/care-plans/${id}/review`, body),
  );

export const useRecordReview = (caseId: string) =>
  useCaseMutation((body: ReviewBody) => api<ReviewView>('POST', `/api/cases/${caseId}/reviews`, body));
export const useRecordContact = (caseId: string) =>
  useCaseMutation((body: ContactBody) => api<ContactView>('POST', `/api/cases/${caseId}/contacts`, body));

export const useCorrectChild = (caseId: string) =>
  useCaseMutation((body: z.input<typeof updateChildBodySchema>) =>
    api<PersonView>('PATCH', `/api/cases/${caseId}/child`, body),
  );
export const useAddFamilyMember = (caseId: string) =>
  useCaseMutation((body: FamilyMemberInput) =>
    api<FamilyMemberView>('POST', `/api/cases/${caseId}/family`, body),
  );
export const useEditFamilyMember = () =>
  useCaseMutation(({ id, body }: { id: string; body: z.input<typeof familyMemberUpdateSchema> }) =>
    api<FamilyMemberView>('PUT', `/api/family-members/${id}`, body),
  );
export const useCorrectPlacement = () =>
  useCaseMutation(({ id, body }: { id: string; body: z.infer<typeof correctPlacementBodySchema> }) =>
    api<PlacementView>('POST', `/api/placements/${id}/correction`, body),
  );

export const useAdvanceEpisode = () =>
  useCaseMutation(({ id, body }: { id: string; body: z.input<typeof shortTermUpdateSchema> }) =>
    api<ShortTermEpisode>('PUT', `/api/short-term-episodes/${id}`, body),
  );
export const useStartLeavingCare = (caseId: string) =>
  useCaseMutation((body: LeavingCarePlanBody) =>
    api<LeavingCarePlanView>('POST', `/api/cases/${caseId}/leaving-care`, body),
  );
export const useEditLeavingCare = () =>
  useCaseMutation(({ id, body }: { id: string; body: LeavingCarePlanBody & Version }) =>
    api<LeavingCarePlanView>('PUT', `/api/leaving-care/${id}`, body),
  );
export const useLeftCare = () =>
  useCaseMutation(
    ({ id, body }: { id: string; body: { version: number; leftOn: string; planned: boolean } }) =>
      api<LeavingCarePlanView>('POST', `/api/leaving-care/${id}/left`, body),
  );
export const useRecordFollowUp = () =>
  useCaseMutation(({ id, body }: { id: string; body: z.input<typeof followUpRecordSchema> }) =>
    api<FollowUpView>('POST', `/api/follow-ups/${id}`, body),
  );

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Sends one file as the raw body (its own content type), its type and name in the query, with
 * the session's CSRF token; throws ApiError like `api` does.
 */
export async function uploadDocument(caseId: string, type: DocumentType, file: File): Promise<DocumentView> {
  let response: Response;
  try {
    response = await fetch(`/api/cases/${caseId}/documents${queryString({ type, filename: file.name })}`, {
      method: 'POST',
      headers: { 'content-type': file.type, 'x-csrf-token': getCsrfToken() },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'offline', '');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as ErrorResponse | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as DocumentView;
}

export const useUploadDocument = (caseId: string) =>
  useCaseMutation(({ type, file }: { type: DocumentType; file: File }) => uploadDocument(caseId, type, file));
