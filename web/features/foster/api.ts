import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  breachSchema,
  decisionBodySchema,
  eligibilityCheckSchema,
  FamilyDetail,
  FamilySummary,
  homeStudyBodySchema,
  PublicApplicationBody,
  publicApplicationResultSchema,
  publicStatusSchema,
  RequirementView,
  requirementUpdateSchema,
  ruleSetViewSchema,
} from '../../../common/contracts/foster';
import type { Locale } from '../../../common/i18n/locales';
import { api, queryString } from '../../lib/api';

export type Breach = z.infer<typeof breachSchema>;
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;
export type ApplicationResult = z.infer<typeof publicApplicationResultSchema>;
export type PublicStatus = z.infer<typeof publicStatusSchema>;
export type FamilyPage = { items: FamilySummary[]; total: number; page: number; pageSize: number };
export type RuleSetView = z.infer<typeof ruleSetViewSchema>;
export type RequirementUpdate = z.input<typeof requirementUpdateSchema>;
export type HomeStudyBody = z.input<typeof homeStudyBodySchema>;
export type DecisionInput = z.input<typeof decisionBodySchema>;
export type HomeStudy = FamilyDetail['homeStudies'][number];
export type { FamilyDetail, FamilySummary, PublicApplicationBody, RequirementView };

/** Signed-out calls name the chosen language, so the server's messages come back in it. */
const withLang = (url: string, locale: Locale) => `${url}${url.includes('?') ? '&' : '?'}lang=${locale}`;

/** The country's eligibility rules against the household as typed (nothing is stored). */
export const useEligibility = (body: EligibilityCheck | null, locale: Locale) =>
  useQuery({
    queryKey: ['foster-public', 'eligibility', body, locale],
    queryFn: () =>
      api<{ breaches: Breach[] }>('POST', withLang('/api/public/foster-eligibility', locale), body),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 60_000,
  });

export const useSubmitApplication = (locale: Locale) =>
  useMutation({
    mutationFn: (body: PublicApplicationBody) =>
      api<ApplicationResult>('POST', withLang('/api/public/foster-applications', locale), body),
  });

export const usePublicStatus = (token: string, locale: Locale) =>
  useQuery({
    queryKey: ['foster-public', 'status', token, locale],
    queryFn: () =>
      api<PublicStatus>(
        'GET',
        withLang(`/api/public/foster-applications/${encodeURIComponent(token)}`, locale),
      ),
  });

export const useFamilies = (filter: Record<string, string | number | undefined>) =>
  useQuery({
    queryKey: ['foster', 'list', filter],
    queryFn: () => api<FamilyPage>('GET', `/api/foster/families${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });

export const useFosterFamily = (id: string) =>
  useQuery({
    queryKey: ['foster', id, 'detail'],
    queryFn: () => api<FamilyDetail>('GET', `/api/foster/families/${id}`),
  });

export const useRuleSets = () =>
  useQuery({
    queryKey: ['foster', 'rule-sets'],
    queryFn: () => api<RuleSetView[]>('GET', '/api/foster/rule-sets'),
    staleTime: 600_000,
  });

function useFosterMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['foster'] });
    },
  });
}

export const useChangeStatus = (id: string) =>
  useFosterMutation((body: { version: number; status: 'home_study' | 'training' | 'ready_for_review' }) =>
    api<FamilyDetail>('POST', `/api/foster/families/${id}/status`, body),
  );

export const useChangeRequirement = () =>
  useFosterMutation(({ id, body }: { id: string; body: RequirementUpdate }) =>
    api<RequirementView>('PUT', `/api/foster/requirements/${id}`, body),
  );

export const useAddHomeStudy = (id: string) =>
  useFosterMutation((body: HomeStudyBody) =>
    api<HomeStudy>('POST', `/api/foster/families/${id}/home-studies`, body),
  );

export const useDecide = (id: string) =>
  useFosterMutation((body: DecisionInput) =>
    api<FamilyDetail>('POST', `/api/foster/families/${id}/decision`, body),
  );
