// People already on file whom a worker may mean when adding a member of a child's family.
import { z } from 'zod';
import { RELATIONSHIPS } from '../cases';
import { recordId } from './common';
import { DUPLICATE_REASONS, duplicateCandidateSchema } from './search';

/** What has been typed of the new member so far; every part optional. */
export const familySuggestionsBodySchema = z.object({
  givenName: z.string().trim().max(100).nullish(),
  familyName: z.string().trim().max(100).nullish(),
  patronymic: z.string().trim().max(100).nullish(),
  birthDate: z.iso.date().nullish(),
  nationalId: z.string().trim().max(40).nullish(),
});
export type FamilySuggestionsBody = z.infer<typeof familySuggestionsBodySchema>;

/** A relative of the child's brother or sister who is not yet in this child's family. */
export const siblingRelativeSchema = z.object({
  personId: recordId('person'),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string().nullable(),
  /** How they are related to the brother or sister, and who that is. */
  relationship: z.enum(RELATIONSHIPS),
  siblingName: z.string(),
  siblingCaseNumber: z.string(),
  /** How alike the person typed is (0 with nothing typed), and why. */
  score: z.number().int(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  /** The name typed is this relative's (in any script or a near spelling): very likely the same person. */
  likely: z.boolean(),
});
export type SiblingRelative = z.infer<typeof siblingRelativeSchema>;

export const familySuggestionsSchema = z.object({
  /** Offered first: the brothers' and sisters' relatives, those matching what is typed at the top. */
  siblingFamily: z.array(siblingRelativeSchema),
  /** Then likely existing records of the person typed, as at registration (the above left out). */
  duplicates: z.array(duplicateCandidateSchema),
});
export type FamilySuggestions = z.infer<typeof familySuggestionsSchema>;
