// Brothers and sisters as a group: one gatekeeping decision for them, and placing them together.
import { z } from 'zod';
import { startPlacementBodySchema } from './cases-placements';
import { gatekeepingBodySchema } from './cases-work';
import { recordId, versionSchema } from './common';
import { text } from './fields';

/** A brother or sister whose open case awaits the same gatekeeping decision. */
export const siblingAwaitingDecisionSchema = z.object({
  caseId: recordId('case'),
  caseNumber: z.string(),
  name: z.string(),
  /** The assessment being written for this child (draft or returned) as read now; null when none yet. */
  gatekeeping: z
    .object({
      id: z.uuid(),
      version: z.number().int(),
      status: z.enum(['draft', 'returned']),
      childViews: z.string(),
    })
    .nullable(),
});
export type SiblingAwaitingDecision = z.infer<typeof siblingAwaitingDecisionSchema>;

/**
 * One decision for the sibling group: the assessment is the same for each child, each child's own
 * views are kept on their own case. `read` is the version of the child's assessment being written
 * as the worker saw it (null when there was none; a case has one such assessment at a time), so that a change made meanwhile on any of the cases stops the whole group with a 409.
 */
export const groupGatekeepingBodySchema = z.object({
  assessment: gatekeepingBodySchema.omit({ childViews: true }),
  children: z
    .array(
      z.object({
        caseId: recordId('case'),
        childViews: text().default(''),
        read: z.object({ version: versionSchema }).nullable(),
      }),
    )
    .min(2)
    .max(12),
  /** Send every child's assessment to a supervisor as well. */
  submit: z.boolean().default(false),
});
export type GroupGatekeepingBody = z.infer<typeof groupGatekeepingBodySchema>;

/** A placement from the child's case; `siblingCaseIds` places those brothers and sisters with the child. */
export const placeChildBodySchema = startPlacementBodySchema.extend({
  siblingCaseIds: z.array(recordId('case')).max(12).optional(),
});
export type PlaceChildBody = z.infer<typeof placeChildBodySchema>;
