// Enrolment in a programme, from the waiting list to the exit (and a child's separation).
import { z } from 'zod';
import { SEPARATION_REASONS } from '../cases';
import { ENROLMENT_STATUSES, EXIT_OUTCOMES, EXIT_REASONS } from '../strengthening';
import { localizedTextSchema, recordId, versionSchema } from './common';
import { date, text } from './fields';

export const enrolBodySchema = z.object({
  programmeId: recordId('programme'),
  /** `waiting`: accepted after the assessment, waiting for a place; `enrolled`: taking part from `on`. */
  status: z.enum(['waiting', 'enrolled']).default('enrolled'),
  on: date,
});
export type EnrolBody = z.infer<typeof enrolBodySchema>;

export const admitBodySchema = z.object({ version: versionSchema, enrolledOn: date });

export const exitBodySchema = z.object({
  version: versionSchema,
  exitedOn: date,
  outcome: z.enum(EXIT_OUTCOMES),
  /** For `exited_other`: why. */
  reason: z.enum(EXIT_REASONS).nullish(),
  note: text(2000).default(''),
  /** For `child_separated`: the children (members of the household) who lost family care, and why. */
  separation: z
    .object({
      childIds: z.array(recordId('person')).min(1).max(8),
      reasons: z.array(z.enum(SEPARATION_REASONS)).min(1).max(8),
      description: text().default(''),
    })
    .nullish(),
});
export type ExitBody = z.infer<typeof exitBodySchema>;

export const separationViewSchema = z.object({
  childId: z.uuid(),
  childName: z.string(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  /** True when the exit opened the case; false when it linked the open case the child had. */
  caseOpened: z.boolean(),
});

export const enrolmentViewSchema = z.object({
  id: z.uuid(),
  programmeId: recordId('programme'),
  programmeName: localizedTextSchema,
  planReviewMonths: z.number().int(),
  status: z.enum(ENROLMENT_STATUSES),
  appliedOn: z.string(),
  enrolledOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  outcome: z.enum(EXIT_OUTCOMES).nullable(),
  exitReason: z.string().nullable(),
  exitNote: z.string().nullable(),
  workerName: z.string().nullable(),
  separations: z.array(separationViewSchema),
  version: z.number().int(),
});
export type EnrolmentView = z.infer<typeof enrolmentViewSchema>;
