// Across families: the programmes and their review interval, and the reviews due.
import { z } from 'zod';
import { localizedTextSchema, recordId, versionSchema } from './common';

export const strengtheningProgrammeSchema = z.object({
  id: z.uuid(),
  name: localizedTextSchema,
  locationId: recordId('location').nullable(),
  planReviewMonths: z.number().int(),
  enrolled: z.number().int(),
  waiting: z.number().int(),
  overdueReviews: z.number().int(),
  version: z.number().int(),
});
export type StrengtheningProgramme = z.infer<typeof strengtheningProgrammeSchema>;

export const programmeSettingsBodySchema = z.object({
  version: versionSchema,
  planReviewMonths: z.number().int().min(1).max(24),
});

export const reviewDueSchema = z.object({
  planId: z.uuid(),
  householdId: z.uuid(),
  reference: z.string(),
  names: z.array(z.string()),
  programmeName: localizedTextSchema,
  nextReviewOn: z.string(),
  overdue: z.boolean(),
  workerName: z.string().nullable(),
});
export type ReviewDue = z.infer<typeof reviewDueSchema>;
