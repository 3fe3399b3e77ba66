// A case: opened by a referral, listed, its record, its history and the start page.
import { z } from 'zod';
import { CASE_STATUSES, CLOSE_REASONS, REFERRAL_SOURCES, SEPARATION_REASONS, SETTING_TYPES } from '../cases';
import { childInputSchema, familyMemberInputSchema, personViewSchema } from './cases-people';
import { placementViewSchema } from './cases-placements';
import { listOf, localizedTextSchema, pageOf, recordId, versionSchema } from './common';
import { date, text } from './fields';

export const referralBodySchema = z.object({
  receivedOn: date,
  source: z.enum(REFERRAL_SOURCES),
  sourceDetail: text(300).nullish(),
  reasons: z.array(z.enum(SEPARATION_REASONS)).min(1).max(8),
  description: text().default(''),
  locationId: recordId('location'),
  programmeId: recordId('programme').nullish(),
  children: z.array(childInputSchema).min(1).max(8),
  family: z.array(familyMemberInputSchema).max(20).default([]),
});
export type ReferralBody = z.infer<typeof referralBodySchema>;

export const referralResultSchema = z.object({
  cases: z.array(z.object({ id: z.uuid(), caseNumber: z.string(), childId: z.uuid() })),
});

const personNameSchema = z.object({
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
});

export const caseSummarySchema = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: z.enum(CASE_STATUSES),
  child: personNameSchema.extend({
    id: z.uuid(),
    sex: z.enum(['female', 'male']).nullable(),
    birthDate: z.string().nullable(),
  }),
  locationName: localizedTextSchema,
  programmeName: localizedTextSchema.nullable(),
  workerName: z.string().nullable(),
  settingType: z.enum(SETTING_TYPES).nullable(),
  placedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  overdue: z.boolean(),
  reEntry: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export const casePageSchema = pageOf(caseSummarySchema).extend({
  /** The total was counted only this far (a few pages past this one): there are more. */
  totalIsLowerBound: z.boolean(),
});

export const AGE_BANDS = ['0-6', '7-13', '14-17', '18+'] as const;
export const caseListQuerySchema = z.object({
  locationId: recordId('location').optional(),
  programmeId: recordId('programme').optional(),
  status: z.enum(CASE_STATUSES).optional(),
  settingType: z.enum(SETTING_TYPES).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  workerId: recordId('worker').optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const dueItemSchema = z.object({
  kind: z.enum([
    'review',
    'gatekeeping_approval',
    'care_plan_approval',
    'task',
    'care_plan_missing',
    'follow_up',
  ]),
  /** Null for a task about a child or family followed by a programme without a case. */
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  childName: z.string(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  title: z.string().nullable(),
  refId: z.uuid().nullable(),
  /** A programme task's enrolment and group (the link goes there), or household. */
  enrolmentId: recordId('enrolment').nullable(),
  groupId: z.uuid().nullable(),
  householdId: z.uuid().nullable(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

export const caseDetailSchema = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  status: z.enum(CASE_STATUSES),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  reEntry: z.boolean(),
  locationId: recordId('location'),
  locationName: localizedTextSchema,
  programmeId: recordId('programme').nullable(),
  programmeName: localizedTextSchema.nullable(),
  assignedWorkerId: z.uuid().nullable(),
  workerName: z.string().nullable(),
  child: personViewSchema,
  /**
   * A brother or sister whose case the reader may not open is shown only as cared for
   * elsewhere, with whom to ask (`visible: false`): no case, programme or house.
   */
  siblings: z.array(
    z.object({
      personId: recordId('person'),
      name: z.string(),
      visible: z.boolean(),
      caseId: recordId('case').nullable(),
      caseNumber: z.string().nullable(),
      /** Where the brother or sister lives now. */
      settingType: z.enum(SETTING_TYPES).nullable(),
      programmeName: localizedTextSchema.nullable(),
      houseNumber: z.number().int().nullable(),
      askLocation: localizedTextSchema.nullable(),
      askWorker: z.string().nullable(),
    }),
  ),
  currentPlacement: placementViewSchema.nullable(),
  /** How many short-term care episodes the case has (the page shows that tab only then). */
  shortTermEpisodes: z.number().int(),
  due: z.array(dueItemSchema),
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const assignBodySchema = z.object({
  version: versionSchema,
  workerId: recordId('worker').nullable(),
  locationId: recordId('location').optional(),
  reason: text(1000).default(''),
});
export const closeCaseBodySchema = z.object({
  version: versionSchema,
  reason: z.enum(CLOSE_REASONS),
  closedOn: date,
});

export const timelineEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  changes: z.unknown(),
});
export const accessLogEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  /** What was read: the case overview, or a part such as placements or documents. */
  part: z.string(),
});

/** The start page: the first page of the worker's own cases, and everything due. */
export const myWorkSchema = z.object({
  cases: casePageSchema,
  due: listOf(dueItemSchema),
});

export const workerSchema = z.object({ id: z.uuid(), displayName: z.string(), role: z.string() });
