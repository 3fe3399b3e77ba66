import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ErrorResponse } from '../../../common/contracts/common';
import type {
  AdoptionBody,
  AdoptionUpdate,
  AttachmentView,
  PracticeBody,
  PracticeCard,
  PracticeUpdate,
  PracticeView,
  TranslationBody,
} from '../../../common/contracts/practices';
import type { Locale } from '../../../common/i18n/locales';
import { ApiError, api, apiItems, getCsrfToken, queryString } from '../../lib/api';

/** The good-practice library's queries and changes (the cooperation hub's routes). */

export type { PracticeCard, PracticeView };
export type QueueItem = Pick<
  PracticeCard,
  'id' | 'country' | 'language' | 'title' | 'summary' | 'topics' | 'languages'
>;
export interface LibraryFilters {
  q: string;
  topic: string;
  country: string;
  language: string;
  ambassadorMaterial: string;
  page: number;
}

const KEY = ['practices'] as const;

export const usePractices = (f: LibraryFilters) =>
  useQuery({
    queryKey: [...KEY, 'list', f],
    queryFn: () =>
      api<{ items: PracticeCard[]; total: number; page: number; pageSize: number }>(
        'GET',
        `/api/cooperation/practices${queryString({ ...f, pageSize: 20 })}`,
      ),
    placeholderData: keepPreviousData,
  });

export const usePractice = (id: string) =>
  useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => api<PracticeView>('GET', `/api/cooperation/practices/${id}`),
  });

export const useTranslationQueue = (language: Locale) =>
  useQuery({
    queryKey: [...KEY, 'queue', language],
    queryFn: () => apiItems<QueueItem>(`/api/cooperation/practices/translation-queue?language=${language}`),
  });

function usePracticeMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
}

export const useCreatePractice = () =>
  usePracticeMutation((body: PracticeBody) =>
    api<{ id: string }>('POST', '/api/cooperation/practices', body),
  );

export const useEditPractice = (id: string) =>
  usePracticeMutation((body: PracticeUpdate) =>
    api<PracticeView>('PATCH', `/api/cooperation/practices/${id}`, body),
  );

export const useSaveTranslation = (id: string, language: Locale) =>
  usePracticeMutation((body: TranslationBody) =>
    api<PracticeView>('PUT', `/api/cooperation/practices/${id}/translations/${language}`, body),
  );

export const useRecordAdoption = (id: string) =>
  usePracticeMutation((body: AdoptionBody) =>
    api('POST', `/api/cooperation/practices/${id}/adoptions`, body),
  );

export const useAdoptionOutcome = (adoptionId: string) =>
  usePracticeMutation((body: AdoptionUpdate) =>
    api('PATCH', `/api/cooperation/practice-adoptions/${adoptionId}`, body),
  );

export const useRemoveAttachment = () =>
  usePracticeMutation((attachmentId: string) =>
    api<void>('DELETE', `/api/cooperation/practice-attachments/${attachmentId}`),
  );

/** Sends one file as the raw body (its own content type), its name in the query, with the CSRF token. */
export const useUploadAttachment = (id: string) =>
  usePracticeMutation(async ({ file, type }: { file: File; type: string }): Promise<AttachmentView> => {
    let response: Response;
    try {
      response = await fetch(
        `/api/cooperation/practices/${id}/attachments${queryString({ filename: file.name.slice(-200) })}`,
        {
          method: 'POST',
          headers: { 'content-type': type, 'x-csrf-token': getCsrfToken() },
          credentials: 'same-origin',
          body: file,
        },
      );
    } catch {
      throw new ApiError(0, 'offline', '');
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (data as ErrorResponse | null)?.error;
      throw new ApiError(response.status, error?.code ?? 'internal', error?.message ?? '', error?.details);
    }
    return data as AttachmentView;
  });
