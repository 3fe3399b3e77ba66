import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

export const localeSchema = z.enum(LOCALES);
export const localizedTextSchema = z.object({
  az: z.string(),
  tr: z.string(),
  ru: z.string(),
  en: z.string(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The kinds of record an id in a request body or query can name. The server checks every such
 * id against the caller's scope before the route runs, exactly as an id in the path
 * (`server/plugins/record-scope.ts`); the OpenAPI document carries the kind as `x-record`.
 */
export const RECORD_KINDS = [
  'location',
  'programme',
  'house',
  'case',
  'familyMember',
  'placement',
  'enrolment',
  'goal',
  'person',
  'worker',
  'assignedWorker',
  'fosterFamily',
  'requirement',
  'campaign',
  'ambassador',
  'event',
  'cooperationOrganisation',
  'groupMember',
  'countryDocument',
  'sharedPractice',
  'delegate',
  'decision',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KEY = 'x-record';

/** The id of a record of the given kind (a UUID), marked so that its scope is checked. */
export function recordId(kind: RecordKind) {
  return z.uuid().meta({ [RECORD_KEY]: kind });
}
export const idParamsSchema = z.object({ id: z.uuid() });
export const isoDateSchema = z.iso.date();
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Every collection the API answers is an object with its rows in `items` (decision 0026): a
 * client reads every list the same way, and a list can gain paging or a summary field later
 * without breaking anyone. Lists that stay small (reference data, one child's history) are
 * `listOf`; lists that grow without bound are `pageOf`, paged by `pageQuerySchema`.
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** A page of a list that grows without bound: `total` rows in all, `pageSize` from `page`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
