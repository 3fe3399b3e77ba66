import { z } from 'zod';
import { listOf, recordId } from './common';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  /** The search box asks for a dozen; the results page for more as the user asks (up to 100). */
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** exact: the same letters; folded: the same letters without diacritics or in another script; script: the
 * same name in another spelling; near: a near spelling; number: an identity or case number. */
export const MATCH_TIERS = ['exact', 'folded', 'script', 'near', 'number'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export const searchHitSchema = z.object({
  personId: recordId('person'),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** How the person is known here: a child with a case, a member of a child's birth family, or a caregiver. */
  kind: z.enum(['child', 'family', 'caregiver']),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  /** A caregiver's house (the current one, else the last) and its village, when the user may open the village. */
  houseId: z.uuid().nullable(),
  houseNumber: z.number().int().nullable(),
  programmeId: z.uuid().nullable(),
  /** Why it matched: the same letters, the same letters without diacritics or in another script, the same name in another spelling, a near spelling, or a number. */
  match: z.enum(MATCH_TIERS),
  matchedWords: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
/**
 * The best matches first, at most `limit` of them: a ranked answer, not a list to page through;
 * `more` says that others match too (ask again with a larger limit, or narrow the search).
 */
export const searchResultSchema = listOf(searchHitSchema).extend({ more: z.boolean() });

export const DUPLICATE_REASONS = [
  'national_id',
  'same_name',
  'near_name',
  'birth_date',
  'birth_date_near',
  'patronymic',
  'parent_name',
] as const;

export const duplicateCheckBodySchema = z.object({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  patronymic: z.string().trim().max(100).nullish(),
  birthDate: z.iso.date().nullish(),
  nationalId: z.string().trim().max(40).nullish(),
  parentNames: z.array(z.string().trim().max(200)).max(4).default([]),
});
export type DuplicateCheckBody = z.infer<typeof duplicateCheckBodySchema>;

/** A record the user may see comes with its details; one they may not, only with whom to ask. */
export const duplicateCandidateSchema = z.discriminatedUnion('visible', [
  z.object({
    visible: z.literal(true),
    personId: recordId('person'),
    givenName: z.string(),
    familyName: z.string(),
    patronymic: z.string().nullable(),
    birthDate: z.string().nullable(),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
    score: z.number().int(),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
  }),
  z.object({
    visible: z.literal(false),
    score: z.number().int(),
    askLocation: z.object({ az: z.string(), tr: z.string(), ru: z.string(), en: z.string() }).nullable(),
    askWorker: z.string().nullable(),
  }),
]);
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;
export const duplicateCheckResultSchema = z.object({ candidates: z.array(duplicateCandidateSchema) });

export const mergeBodySchema = z.object({
  survivorId: recordId('person'),
  mergedId: recordId('person'),
  reason: z.string().trim().min(10).max(1000),
});
export const mergeViewSchema = z.object({
  id: z.uuid(),
  survivorId: recordId('person'),
  mergedId: recordId('person'),
  survivorName: z.string(),
  mergedName: z.string(),
  reason: z.string(),
  movedLinks: z.number().int(),
  mergedByName: z.string().nullable(),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type MergeView = z.infer<typeof mergeViewSchema>;

export const personSummarySchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().nullable(),
  nationalId: z.string().nullable(),
  mergedInto: z.uuid().nullable(),
  cases: z.array(z.object({ id: z.uuid(), caseNumber: z.string(), status: z.string() })),
  placements: z.number().int(),
  familyLinks: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;
