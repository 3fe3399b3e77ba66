import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssessmentBody,
  AssessmentView,
  ConsentView,
  consentBodySchema,
  EnrolBody,
  EnrolmentView,
  ExitBody,
  GoalBody,
  GoalView,
  HouseholdDetail,
  HouseholdSummary,
  HouseholdUpdate,
  householdBodySchema,
  householdMemberInputSchema,
  householdPageSchema,
  PlanBody,
  PlanReviewBody,
  PlanView,
  ReviewDue,
  ServiceBody,
  ServiceReferralBody,
  ServiceReferralView,
  ServiceView,
  StrengtheningProgramme,
  workerViewSchema,
} from '../../../common/contracts/strengthening';
import { api, apiItems, queryString } from '../../lib/api';

export type HouseholdPage = z.infer<typeof householdPageSchema>;
export type WorkerView = z.infer<typeof workerViewSchema>;
export type {
  AssessmentView,
  ConsentView,
  EnrolmentView,
  GoalView,
  HouseholdDetail,
  HouseholdSummary,
  PlanView,
  ReviewDue,
  ServiceReferralView,
  ServiceView,
  StrengtheningProgramme,
};
/** What the forms send: the schemas' input shapes (defaults may be left out). */
export type HouseholdInput = z.input<typeof householdBodySchema>;
export type MemberInput = z.input<typeof householdMemberInputSchema>;
export type ConsentInput = z.input<typeof consentBodySchema>;

const base = '/api/strengthening';
const KEY = 'strengthening';

export const useHouseholds = (filter: Record<string, string | number | undefined>) =>
  useQuery({
    queryKey: [KEY, 'list', filter],
    queryFn: () => api<HouseholdPage>('GET', `${base}/households${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });

export const useHousehold = (id: string) =>
  useQuery({
    queryKey: [KEY, 'household', id],
    queryFn: () => api<HouseholdDetail>('GET', `${base}/households/${id}`),
  });

export const useReviewsDue = () =>
  useQuery({ queryKey: [KEY, 'reviews-due'], queryFn: () => apiItems<ReviewDue>(`${base}/reviews-due`) });

export const useStrengtheningProgrammes = () =>
  useQuery({
    queryKey: [KEY, 'programmes'],
    queryFn: () => apiItems<StrengtheningProgramme>(`${base}/programmes`),
  });

export const useWorkers = (locationId: string | null) =>
  useQuery({
    queryKey: [KEY, 'workers', locationId],
    queryFn: () => apiItems<WorkerView>(`${base}/workers${queryString({ locationId })}`),
    enabled: Boolean(locationId),
    staleTime: 60_000,
  });

/**
 * A change to a family's record. Whatever the answer, the family (and the lists) are read again,
 * so that after a 409 the forms show what is stored now.
 */
function useChange<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: [KEY] });
    },
  });
}

export const useRegisterHousehold = () =>
  useChange((body: HouseholdInput) =>
    api<{ id: string; reference: string }>('POST', `${base}/households`, body),
  );
export const useChangeHousehold = (id: string) =>
  useChange((body: HouseholdUpdate) => api<HouseholdDetail>('PUT', `${base}/households/${id}`, body));
export const useAddMember = (id: string) =>
  useChange((body: MemberInput) => api<HouseholdDetail>('POST', `${base}/households/${id}/members`, body));
export const useRecordConsent = (id: string) =>
  useChange((body: ConsentInput) => api<ConsentView>('POST', `${base}/households/${id}/consents`, body));
export const useWithdrawConsent = () =>
  useChange(({ id, ...body }: { id: string; version: number; withdrawnOn: string }) =>
    api<ConsentView>('POST', `${base}/consents/${id}/withdraw`, body),
  );
export const useRecordAssessment = (id: string) =>
  useChange((body: AssessmentBody) =>
    api<AssessmentView>('POST', `${base}/households/${id}/assessments`, body),
  );
export const useEnrol = (id: string) =>
  useChange((body: EnrolBody) => api<EnrolmentView>('POST', `${base}/households/${id}/enrolments`, body));
export const useAdmit = () =>
  useChange(({ id, ...body }: { id: string; version: number; enrolledOn: string }) =>
    api<EnrolmentView>('POST', `${base}/enrolments/${id}/admit`, body),
  );
export const useExit = () =>
  useChange(({ id, ...body }: ExitBody & { id: string }) =>
    api<EnrolmentView>('POST', `${base}/enrolments/${id}/exit`, body),
  );
export const useStartPlan = () =>
  useChange(({ enrolmentId, ...body }: PlanBody & { enrolmentId: string }) =>
    api<PlanView>('POST', `${base}/enrolments/${enrolmentId}/plan`, body),
  );
export const useAddGoal = () =>
  useChange(({ planId, ...body }: GoalBody & { planId: string }) =>
    api<PlanView>('POST', `${base}/plans/${planId}/goals`, body),
  );
export const useChangeGoal = () =>
  useChange(({ id, ...body }: GoalBody & { id: string; version: number; status: GoalView['status'] }) =>
    api<PlanView>('PUT', `${base}/goals/${id}`, body),
  );
export const useReviewPlan = () =>
  useChange(({ planId, ...body }: PlanReviewBody & { planId: string }) =>
    api<PlanView>('POST', `${base}/plans/${planId}/reviews`, body),
  );
export const useRecordService = (id: string) =>
  useChange((body: ServiceBody) => api<ServiceView>('POST', `${base}/households/${id}/services`, body));
export const useReferToService = (id: string) =>
  useChange((body: ServiceReferralBody) =>
    api<ServiceReferralView>('POST', `${base}/households/${id}/referrals`, body),
  );
export const useChangeReferral = () =>
  useChange(({ id, ...body }: { id: string; version: number; status: string; outcome: string }) =>
    api<ServiceReferralView>('PUT', `${base}/referrals/${id}`, body),
  );
export const useChangeProgrammeSettings = () =>
  useChange(({ id, ...body }: { id: string; version: number; planReviewMonths: number }) =>
    api<StrengtheningProgramme>('PUT', `${base}/programmes/${id}/settings`, body),
  );
