import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ErrorResponse } from '../../../common/contracts/common';
import type {
  breachSchema,
  decisionBodySchema,
  FamilyDetail,
  FamilySummary,
  homeStudyBodySchema,
  PublicApplicationBody,
  publicStatusSchema,
  RequirementView,
  ruleSetViewSchema,
} from '../../../common/contracts/foster';
import type { RequirementsBatch } from '../../../common/contracts/foster-requirements';
import type {
  ambassadorViewSchema,
  campaignViewSchema,
  eventViewSchema,
  inquiryUpdateSchema,
  inquiryViewSchema,
} from '../../../common/contracts/recruitment';
import type { Locale } from '../../../common/i18n/locales';
import { ApiError, api, apiItems, getCsrfToken, queryString } from '../../lib/api';

export type Breach = z.infer<typeof breachSchema>;
export type PublicStatus = z.infer<typeof publicStatusSchema>;
export type FamilyPage = { items: FamilySummary[]; total: number; page: number; pageSize: number };
export type RuleSetView = z.infer<typeof ruleSetViewSchema>;
export type HomeStudyBody = z.input<typeof homeStudyBodySchema>;
export type DecisionInput = z.input<typeof decisionBodySchema>;
export type HomeStudy = FamilyDetail['homeStudies'][number];
export type Campaign = z.infer<typeof campaignViewSchema>;
export type Ambassador = z.infer<typeof ambassadorViewSchema>;
export type OutreachEvent = z.infer<typeof eventViewSchema>;
export type Inquiry = z.infer<typeof inquiryViewSchema>;
export type InquiryUpdate = z.input<typeof inquiryUpdateSchema>;
export interface RecruitmentLists {
  campaigns: Campaign[];
  ambassadors: Ambassador[];
  events: OutreachEvent[];
  inquiries: Inquiry[];
}
export type { FamilyDetail, FamilySummary, PublicApplicationBody, RequirementView };

/** Signed-out calls name the chosen language, so the server's messages come back in it. */
const withLang = (url: string, locale: Locale) => `${url}${url.includes('?') ? '&' : '?'}lang=${locale}`;

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

/** Families whose written district matched no place (for an officer; nothing is asked otherwise). */
export const useUnmatchedDistricts = (enabled: boolean) =>
  useQuery({
    queryKey: ['foster', 'list', 'unmatched-districts'],
    queryFn: () =>
      apiItems<{ id: string; reference: string; country: string; district: string }>(
        '/api/foster/districts/unmatched',
      ),
    enabled,
  });

export const useFosterFamily = (id: string) =>
  useQuery({
    queryKey: ['foster', id, 'detail'],
    queryFn: () => api<FamilyDetail>('GET', `/api/foster/families/${id}`),
  });

export const useRuleSets = () =>
  useQuery({
    queryKey: ['foster', 'rule-sets'],
    queryFn: () => apiItems<RuleSetView>('/api/foster/rule-sets'),
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

/**
 * Several requirements marked in one save; the answer is the family as saved, put in place at
 * once so its count of open requirements changes without waiting for the page to be read again.
 */
export function useChangeRequirements(familyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequirementsBatch) =>
      api<FamilyDetail>('POST', `/api/foster/families/${familyId}/requirements`, body),
    onSuccess: async (family) => {
      client.setQueryData(['foster', familyId, 'detail'], family);
      await client.invalidateQueries({ queryKey: ['foster'] });
    },
  });
}

export const useAddHomeStudy = (id: string) =>
  useFosterMutation((body: HomeStudyBody) =>
    api<HomeStudy>('POST', `/api/foster/families/${id}/home-studies`, body),
  );

export const useDecide = (id: string) =>
  useFosterMutation((body: DecisionInput) =>
    api<FamilyDetail>('POST', `/api/foster/families/${id}/decision`, body),
  );

/** Campaigns, ambassadors, outreach events and inquiries (GET /api/foster/recruitment). */
export const useRecruitment = () =>
  useQuery({
    queryKey: ['recruitment'],
    queryFn: () => api<RecruitmentLists>('GET', '/api/foster/recruitment'),
  });

/** Adds a campaign, ambassador, outreach event or inquiry; the lists and the funnel then reload. */
export const useAddRecruitment = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ url, body }: { url: string; body: unknown }) => api<{ id: string }>('POST', url, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['recruitment'] });
      void client.invalidateQueries({ queryKey: ['funnel'] });
    },
  });
};

/**
 * Records how an inquiry ended (applied, or dropped with the reason). The lists and the funnel
 * are reloaded whatever the answer, so that after a 409 the row shows the version now stored.
 */
export const useChangeInquiry = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: InquiryUpdate }) =>
      api<Inquiry>('PUT', `/api/foster/inquiries/${id}`, body),
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['recruitment'] }),
        client.invalidateQueries({ queryKey: ['funnel'] }),
      ]);
    },
  });
};

export type FosterDocument = FamilyDetail['documents'][number];
export type PublicDocument = PublicStatus['documents'][number];
/** One file to send: its content type and name as they will be sent, and the requirement it answers. */
export interface DocumentUpload {
  file: File;
  type: string;
  filename: string;
  requirementId: string | null;
}

/**
 * Sends one file as the raw body (its own content type), its name and requirement in the query,
 * with the session's CSRF token; throws ApiError like `api` does.
 */
async function sendDocument<T>(
  url: string,
  { file, type, filename, requirementId }: DocumentUpload,
  lang?: Locale,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${url}${queryString({ filename, requirementId, lang })}`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-csrf-token': getCsrfToken() },
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
  return data as T;
}

/** The family sends a document through its private link; the status (list and quota) is read again. */
export const usePublicUpload = (token: string, locale: Locale) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: DocumentUpload) =>
      sendDocument<PublicDocument>(
        `/api/public/foster-applications/${encodeURIComponent(token)}/documents`,
        upload,
        locale,
      ),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['foster-public', 'status', token] });
    },
  });
};

/** An officer adds a document to the family's file. */
export const useOfficerUpload = (familyId: string) =>
  useFosterMutation((upload: DocumentUpload) =>
    sendDocument<FosterDocument>(`/api/foster/families/${familyId}/documents`, upload),
  );

/**
 * The family's city or district as a place code; read again whatever the answer, as below.
 */
export const useChangeDistrict = (familyId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; districtCode: string | null }) =>
      api<FamilyDetail>('PUT', `/api/foster/families/${familyId}/district`, body),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['foster', familyId] });
    },
  });
};

/**
 * The office whose area the family lives in. The family is read again whatever the answer, so
 * that after a 409 the form shows the version now stored.
 */
export const useChangeLocation = (familyId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; locationId: string | null }) =>
      api<FamilyDetail>('PUT', `/api/foster/families/${familyId}/location`, body),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['foster', familyId] });
    },
  });
};
