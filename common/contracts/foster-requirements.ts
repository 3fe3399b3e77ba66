import { z } from 'zod';
import { recordId, versionSchema } from './common';

/**
 * Several requirements of one family recorded in one save (nine checks done the same day need
 * not be nine saves): the same state for each chosen requirement, each named with the version
 * read. All are saved in one transaction or none: a requirement changed meanwhile answers 409.
 */
export const requirementsBatchSchema = z.object({
  requirements: z
    .array(z.object({ id: recordId('requirement'), version: versionSchema }))
    .min(1)
    .max(100)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
      params: { reason: 'invalid_value' },
    }),
  status: z.enum(['incomplete', 'complete', 'waived']),
  completedOn: z.iso.date().nullish(),
  waivedReason: z.string().trim().max(1000).nullish(),
});
export type RequirementsBatch = z.infer<typeof requirementsBatchSchema>;
