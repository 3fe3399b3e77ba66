import { z } from 'zod';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const MATCH_TIERS = ['exact', 'script', 'near', 'number'] as const;

export const searchHitSchema = z.object({
  personId: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** How the person is known here: a child with a case, a member of a child's birth family, or a caregiver. */
  kind: z.enum(['child', 'family', 'caregiver']),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  /** Why it matched: the same letters, the same name in another script or spelling, a near spelling, or a number. */
  match: z.enum(MATCH_TIERS),
  matchedWords: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
export const searchResultSchema = z.object({ hits: z.array(searchHitSchema) });
