import { z } from 'zod';
import {
  ALL_END_REASONS,
  CANCELLED_BY,
  CARE_PLAN_DOMAINS,
  CASE_STATUSES,
  CLOSE_REASONS,
  CONTACT_KINDS,
  CONTACT_STATUSES,
  GATEKEEPING_DECISIONS,
  ORDERED_BY,
  PARENTAL_RIGHTS,
  PARENTAL_STATUSES,
  PERMANENCY_GOALS,
  REFERRAL_SOURCES,
  RELATIONSHIPS,
  REVIEW_KINDS,
  SEPARATION_REASONS,
  SETTING_TYPES,
} from '../cases';
import { isValidNationalId, NATIONAL_ID_TYPES } from '../identity';
import { listOf, localizedTextSchema, pageOf, recordId, versionSchema } from './common';

const name = z.string().trim().min(1).max(100);
const text = (max = 4000) => z.string().trim().max(max);
const date = z.iso.date();

const personFields = {
  givenName: name,
  familyName: name,
  patronymic: z.string().trim().max(100).nullish(),
  sex: z.enum(['female', 'male']),
  birthDate: date,
  birthDateEstimated: z.boolean().default(false),
  nationalIdType: z.enum(NATIONAL_ID_TYPES).nullish(),
  nationalId: z.string().trim().max(40).nullish(),
  citizenship: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/)
    .nullish(),
  languages: z.array(z.string().trim().min(2).max(10)).max(10).default([]),
  disability: z.boolean().default(false),
  disabilityNote: text(1000).nullish(),
  parentalStatus: z.enum(PARENTAL_STATUSES).nullish(),
  /** The legal guardian: a person or a body (e.g. the guardianship and trusteeship body). */
  legalGuardian: z.string().trim().max(200).nullish(),
};

/** The identity number, when given, must pass its country's check (T.C. checksum, FIN format). */
function checkNationalId(
  value: { nationalIdType?: string | null; nationalId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!value.nationalId) return;
  if (!value.nationalIdType) {
    ctx.addIssue({
      code: 'custom',
      path: ['nationalIdType'],
      message: 'required with nationalId',
      params: { reason: 'required' },
    });
  } else if (!isValidNationalId(value.nationalIdType as 'az_fin', value.nationalId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['nationalId'],
      message: 'invalid identity number',
      params: { reason: 'invalid_national_id' },
    });
  }
}

export const childInputSchema = z
  .object({
    ...personFields,
    /** The child is already on file (chosen from the duplicate warning): link to that record. */
    existingPersonId: recordId('person').nullish(),
    /** Why this is a new child although likely duplicates were shown. */
    confirmNewReason: z.string().trim().min(10).max(1000).nullish(),
  })
  .superRefine(checkNationalId);
export type ChildInput = z.infer<typeof childInputSchema>;

export const familyMemberInputSchema = z
  .object({
    givenName: name,
    familyName: name,
    patronymic: z.string().trim().max(100).nullish(),
    sex: z.enum(['female', 'male']).nullish(),
    birthDate: date.nullish(),
    nationalIdType: z.enum(NATIONAL_ID_TYPES).nullish(),
    nationalId: z.string().trim().max(40).nullish(),
    relationship: z.enum(RELATIONSHIPS),
    alive: z.enum(['yes', 'no', 'unknown']).default('unknown'),
    whereabouts: text(500).nullish(),
    parentalRights: z.enum(PARENTAL_RIGHTS).default('not_applicable'),
  })
  .superRefine(checkNationalId);
export type FamilyMemberInput = z.infer<typeof familyMemberInputSchema>;

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

export const personViewSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  sex: z.enum(['female', 'male']).nullable(),
  birthDate: z.string().nullable(),
  birthDateEstimated: z.boolean(),
  nationalIdType: z.enum(NATIONAL_ID_TYPES).nullable(),
  nationalId: z.string().nullable(),
  citizenship: z.string().nullable(),
  languages: z.array(z.string()),
  disability: z.boolean(),
  disabilityNote: z.string().nullable(),
  parentalStatus: z.enum(PARENTAL_STATUSES).nullable(),
  legalGuardian: z.string().nullable(),
  version: z.number().int(),
});
export type PersonView = z.infer<typeof personViewSchema>;

export const placementViewSchema = z.object({
  id: z.uuid(),
  settingType: z.enum(SETTING_TYPES),
  status: z.enum(['planned', 'transition', 'active', 'ended']),
  programmeId: recordId('programme').nullable(),
  programmeName: localizedTextSchema.nullable(),
  houseId: recordId('house').nullable(),
  houseNumber: z.number().int().nullable(),
  placeDescription: z.string().nullable(),
  orderedBy: z.enum(ORDERED_BY).nullable(),
  orderReference: z.string().nullable(),
  emergency: z.boolean(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string().nullable(),
  endReasonGroup: z.enum(['permanency', 'other']).nullable(),
  capacityOverrideReason: z.string().nullable(),
  siblingsApartReason: z.string().nullable(),
  underThreeReason: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  superseded: z.boolean(),
  fosterFamilyId: recordId('fosterFamily').nullable(),
  adjustmentUntil: z.string().nullable(),
  version: z.number().int(),
});
export type PlacementView = z.infer<typeof placementViewSchema>;

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

export const updateChildBodySchema = z
  .object({ version: versionSchema, ...personFields })
  .partial()
  .required({ version: true })
  .superRefine(checkNationalId);

export const familyMemberViewSchema = z.object({
  id: z.uuid(),
  person: personViewSchema,
  relationship: z.enum(RELATIONSHIPS),
  alive: z.enum(['yes', 'no', 'unknown']),
  whereabouts: z.string().nullable(),
  parentalRights: z.enum(PARENTAL_RIGHTS),
  version: z.number().int(),
});
export type FamilyMemberView = z.infer<typeof familyMemberViewSchema>;

export const familyMemberUpdateSchema = z.object({
  version: versionSchema,
  relationship: z.enum(RELATIONSHIPS),
  alive: z.enum(['yes', 'no', 'unknown']),
  whereabouts: text(500).nullish(),
  parentalRights: z.enum(PARENTAL_RIGHTS),
});

export const gatekeepingBodySchema = z.object({
  supportTried: text().default(''),
  optionsConsidered: z.array(z.enum(GATEKEEPING_DECISIONS)).max(8).default([]),
  participants: text(1000).default(''),
  childViews: text().default(''),
  parentsViews: text().default(''),
  decision: z.enum(GATEKEEPING_DECISIONS).nullish(),
  decisionReason: text().default(''),
  authorityDecisionNumber: text(100).nullish(),
  authorityDecisionDate: date.nullish(),
});
export type GatekeepingBody = z.infer<typeof gatekeepingBodySchema>;
export const gatekeepingEditBodySchema = gatekeepingBodySchema.extend({ version: versionSchema });

export const gatekeepingViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  supportTried: z.string(),
  optionsConsidered: z.array(z.enum(GATEKEEPING_DECISIONS)),
  participants: z.string(),
  childViews: z.string(),
  parentsViews: z.string(),
  decision: z.enum(GATEKEEPING_DECISIONS).nullable(),
  decisionReason: z.string(),
  authorityDecisionNumber: z.string().nullable(),
  authorityDecisionDate: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
});
export type GatekeepingView = z.infer<typeof gatekeepingViewSchema>;

export const approvalBodySchema = z.object({
  version: versionSchema,
  outcome: z.enum(['approve', 'return']),
  comment: text(2000).default(''),
});

export const versionBodySchema = z.object({ version: versionSchema });

export const startPlacementBodySchema = z.object({
  settingType: z.enum(SETTING_TYPES),
  programmeId: recordId('programme').nullish(),
  houseId: recordId('house').nullish(),
  placeDescription: text(300).nullish(),
  orderedBy: z.enum(ORDERED_BY),
  orderReference: text(100).nullish(),
  emergency: z.boolean().default(false),
  startDate: date,
  capacityOverrideReason: text(2000).nullish(),
  siblingsApartReason: text(2000).nullish(),
  underThreeReason: text(2000).nullish(),
  /** For a foster placement: the approved foster family (see the matching list). */
  fosterFamilyId: recordId('fosterFamily').nullish(),
});
export type StartPlacementBody = z.infer<typeof startPlacementBodySchema>;

export const endPlacementBodySchema = z.object({
  version: versionSchema,
  endDate: date,
  endReason: z.enum(ALL_END_REASONS),
});

export const correctPlacementBodySchema = startPlacementBodySchema.extend({
  version: versionSchema,
  correctionReason: text(2000).min(3),
  endDate: date.nullish(),
  endReason: z.enum(ALL_END_REASONS).nullish(),
});

export const carePlanGoalSchema = z.object({
  domain: z.enum(CARE_PLAN_DOMAINS),
  description: text(2000).min(1),
  responsible: text(200).default(''),
  dueOn: date.nullish(),
});

export const carePlanBodySchema = z.object({
  permanencyGoal: z.enum(PERMANENCY_GOALS).nullish(),
  domains: z.partialRecord(z.enum(CARE_PLAN_DOMAINS), text(4000)).default({}),
  goals: z.array(carePlanGoalSchema).max(60).default([]),
  contactPlan: text().default(''),
  childViews: text().default(''),
  nextReviewOn: date.nullish(),
});
export type CarePlanBody = z.infer<typeof carePlanBodySchema>;
export const carePlanEditBodySchema = carePlanBodySchema.extend({ version: versionSchema });

export const carePlanViewSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  planVersion: z.number().int(),
  status: z.enum(['draft', 'submitted', 'active', 'revised', 'closed']),
  permanencyGoal: z.enum(PERMANENCY_GOALS).nullable(),
  domains: z.record(z.string(), z.string()),
  goals: z.array(carePlanGoalSchema.extend({ id: z.uuid(), dueOn: z.string().nullable() })),
  contactPlan: z.string(),
  childViews: z.string(),
  nextReviewOn: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
});
export type CarePlanView = z.infer<typeof carePlanViewSchema>;

export const reviewBodySchema = z.object({
  heldOn: date,
  kind: z.enum(REVIEW_KINDS),
  participants: text(1000).min(1),
  childHeard: text().min(1),
  findings: text().default(''),
  necessityHolds: z.boolean(),
  suitabilityHolds: z.boolean(),
  decisions: text().default(''),
  nextReviewOn: date.nullish(),
  q4cStandards: z.array(z.number().int().min(1).max(18)).max(18).default([]),
});
export type ReviewBody = z.infer<typeof reviewBodySchema>;

export const reviewViewSchema = reviewBodySchema.extend({
  id: z.uuid(),
  nextReviewOn: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

export const contactBodySchema = z.object({
  contactOn: date,
  familyMemberId: recordId('familyMember').nullish(),
  withWhom: text(200).default(''),
  kind: z.enum(CONTACT_KINDS),
  supervised: z.boolean().default(false),
  status: z.enum(CONTACT_STATUSES),
  cancelledBy: z.enum(CANCELLED_BY).nullish(),
  childReaction: text().default(''),
});
export type ContactBody = z.infer<typeof contactBodySchema>;
export const contactViewSchema = contactBodySchema.extend({
  id: z.uuid(),
  familyMemberName: z.string().nullable(),
  version: z.number().int(),
});

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
