import { z } from 'zod';
import { SEPARATION_REASONS } from '../cases';
import { isValidNationalId, NATIONAL_ID_TYPES } from '../identity';
import {
  ENROLMENT_STATUSES,
  EXIT_OUTCOMES,
  EXIT_REASONS,
  GOAL_STATUSES,
  HOUSEHOLD_RELATIONSHIPS,
  RISK_DOMAINS,
  RISK_LEVELS,
  SERVICE_REFERRAL_STATUSES,
  SERVICE_TYPES,
  SHARE_SCOPES,
} from '../strengthening';
import { localizedTextSchema, pageOf, recordId, versionSchema } from './common';

const name = z.string().trim().min(1).max(100);
const text = (max = 4000) => z.string().trim().max(max);
const date = z.iso.date();

// ---------------------------------------------------------------- households and members

/**
 * A member of the household: an existing person record (chosen from the duplicate warning) or
 * a new one, refused while likely duplicates exist unless the worker says why it is new.
 */
export const householdMemberInputSchema = z
  .object({
    relationship: z.enum(HOUSEHOLD_RELATIONSHIPS),
    givenName: name,
    familyName: name,
    patronymic: z.string().trim().max(100).nullish(),
    sex: z.enum(['female', 'male']),
    birthDate: date.nullish(),
    birthDateEstimated: z.boolean().default(false),
    nationalIdType: z.enum(NATIONAL_ID_TYPES).nullish(),
    nationalId: z.string().trim().max(40).nullish(),
    /** The person is already on file: link that record instead of creating one. */
    existingPersonId: recordId('person').nullish(),
    /** Why this is a new person although likely duplicates were shown. */
    confirmNewReason: z.string().trim().min(10).max(1000).nullish(),
  })
  .superRefine((m, ctx) => {
    if (m.relationship === 'child' && !m.birthDate)
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        message: 'required',
        params: { reason: 'required' },
      });
    if (!m.nationalId) return;
    if (!m.nationalIdType)
      ctx.addIssue({
        code: 'custom',
        path: ['nationalIdType'],
        message: 'required with nationalId',
        params: { reason: 'required' },
      });
    else if (!isValidNationalId(m.nationalIdType, m.nationalId))
      ctx.addIssue({
        code: 'custom',
        path: ['nationalId'],
        message: 'invalid identity number',
        params: { reason: 'invalid_national_id' },
      });
  });
export type HouseholdMemberInput = z.infer<typeof householdMemberInputSchema>;

export const householdBodySchema = z.object({
  locationId: recordId('location'),
  address: text(500).default(''),
  phone: text(40).default(''),
  /** The family's social worker (reviews and follow-ups go to them); by default the worker registering it. */
  workerId: recordId('worker').nullish(),
  members: z.array(householdMemberInputSchema).min(1).max(20),
});
export type HouseholdBody = z.infer<typeof householdBodySchema>;

export const householdUpdateSchema = z.object({
  version: versionSchema,
  address: text(500),
  phone: text(40),
  workerId: recordId('worker').nullable(),
});
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

export const householdCreatedSchema = z.object({ id: z.uuid(), reference: z.string() });

export const householdListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  programmeId: recordId('programme').optional(),
  status: z.enum([...ENROLMENT_STATUSES, 'none']).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type HouseholdListQuery = z.infer<typeof householdListQuerySchema>;

/**
 * How much of a family's record a user sees: `full` (they work with the family), `shared`
 * (another programme or alternative care, and the family's consent lets it be shared: read only),
 * `summary` (only that the family is supported, by which programme and worker).
 */
export const ACCESS_LEVELS = ['full', 'shared', 'summary'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const householdSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  access: z.enum(ACCESS_LEVELS),
  locationName: localizedTextSchema,
  /** The members' names (in a summary, only those of the members the user already knows). */
  names: z.array(z.string()),
  memberCount: z.number().int().nullable(),
  workerName: z.string().nullable(),
  programmeName: localizedTextSchema.nullable(),
  status: z.enum(ENROLMENT_STATUSES).nullable(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  assessedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type HouseholdSummary = z.infer<typeof householdSummarySchema>;
export const householdPageSchema = pageOf(householdSummarySchema);

export const memberViewSchema = z.object({
  personId: recordId('person'),
  relationship: z.enum(HOUSEHOLD_RELATIONSHIPS),
  givenName: z.string(),
  familyName: z.string(),
  patronymic: z.string().nullable(),
  sex: z.enum(['female', 'male']).nullable(),
  birthDate: z.string().nullable(),
  birthDateEstimated: z.boolean(),
  /** The child's case, if they have one the user may open. */
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

// ---------------------------------------------------------------- consent

export const consentBodySchema = z.object({
  programmeId: recordId('programme'),
  /** The member who gave consent (an adult of the household). */
  givenByPersonId: recordId('person'),
  givenOn: date,
  shareWith: z.array(z.enum(SHARE_SCOPES)).max(SHARE_SCOPES.length).default([]),
  note: text(2000).default(''),
});
export type ConsentBody = z.infer<typeof consentBodySchema>;

export const consentWithdrawSchema = z.object({ version: versionSchema, withdrawnOn: date });

export const consentViewSchema = z.object({
  id: z.uuid(),
  programmeId: recordId('programme'),
  programmeName: localizedTextSchema,
  givenByPersonId: recordId('person').nullable(),
  givenByName: z.string().nullable(),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  shareWith: z.array(z.enum(SHARE_SCOPES)),
  note: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;

// ---------------------------------------------------------------- risk assessment

export const domainScoreSchema = z.object({
  domain: z.enum(RISK_DOMAINS),
  score: z.number().int().min(1).max(5),
  note: text(2000).default(''),
});

export const assessmentBodySchema = z.object({
  assessedOn: date,
  /** Every domain once. */
  scores: z
    .array(domainScoreSchema)
    .length(RISK_DOMAINS.length)
    .refine((s) => new Set(s.map((x) => x.domain)).size === RISK_DOMAINS.length, {
      message: 'every domain once',
      params: { reason: 'invalid_value' },
    }),
  summary: text().default(''),
});
export type AssessmentBody = z.infer<typeof assessmentBodySchema>;

export const assessmentViewSchema = z.object({
  id: z.uuid(),
  assessedOn: z.string(),
  summary: z.string(),
  assessedByName: z.string().nullable(),
  scores: z.array(z.object({ domain: z.enum(RISK_DOMAINS), score: z.number().int(), note: z.string() })),
  riskLevel: z.enum(RISK_LEVELS),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

// ---------------------------------------------------------------- enrolment and exit

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

// ---------------------------------------------------------------- development plan

export const goalBodySchema = z.object({
  domain: z.enum(RISK_DOMAINS),
  goal: text(2000).min(1),
  actions: text().default(''),
  /** Who does it: the family, the worker, a partner. */
  responsible: text(200).default(''),
  targetOn: date.nullish(),
});
export type GoalBody = z.infer<typeof goalBodySchema>;

export const goalUpdateSchema = goalBodySchema.extend({
  version: versionSchema,
  status: z.enum(GOAL_STATUSES),
});

export const planBodySchema = z.object({
  startedOn: date,
  goals: z.array(goalBodySchema).min(1).max(40),
  /** By default the programme's review interval after the start. */
  nextReviewOn: date.nullish(),
});
export type PlanBody = z.infer<typeof planBodySchema>;

export const planReviewBodySchema = z.object({
  /** The plan's version as read: a review changes the plan. */
  version: versionSchema,
  heldOn: date,
  participants: text(1000).min(1),
  summary: text().default(''),
  /** Progress on every goal still open. */
  goals: z
    .array(
      z.object({ goalId: recordId('goal'), status: z.enum(GOAL_STATUSES), progress: text(2000).default('') }),
    )
    .max(40),
  /** By default the programme's review interval after this review. */
  nextReviewOn: date.nullish(),
});
export type PlanReviewBody = z.infer<typeof planReviewBodySchema>;

export const goalViewSchema = z.object({
  id: z.uuid(),
  domain: z.enum(RISK_DOMAINS),
  goal: z.string(),
  actions: z.string(),
  responsible: z.string(),
  targetOn: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  version: z.number().int(),
});
export type GoalView = z.infer<typeof goalViewSchema>;

export const planReviewViewSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  participants: z.string(),
  summary: z.string(),
  nextReviewOn: z.string(),
  createdByName: z.string().nullable(),
  goals: z.array(z.object({ goalId: recordId('goal'), status: z.enum(GOAL_STATUSES), progress: z.string() })),
});
export type PlanReviewView = z.infer<typeof planReviewViewSchema>;

export const planViewSchema = z.object({
  id: z.uuid(),
  enrolmentId: recordId('enrolment'),
  startedOn: z.string(),
  nextReviewOn: z.string(),
  overdue: z.boolean(),
  status: z.enum(['active', 'closed']),
  goals: z.array(goalViewSchema),
  reviews: z.array(planReviewViewSchema),
  version: z.number().int(),
});
export type PlanView = z.infer<typeof planViewSchema>;

// ---------------------------------------------------------------- services and referrals

/** An amount in manats with at most two decimals (qəpiks). */
const money = z
  .number()
  .min(0)
  .max(10_000_000)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
    message: 'at most two decimals',
    params: { reason: 'invalid_format' },
  });

export const serviceBodySchema = z.object({
  deliveredOn: date,
  type: z.enum(SERVICE_TYPES),
  provider: text(300).default(''),
  /** In AZN; none when free of charge or unknown. */
  cost: money.nullish(),
  note: text(2000).default(''),
});
export type ServiceBody = z.infer<typeof serviceBodySchema>;

export const serviceViewSchema = z.object({
  id: z.uuid(),
  deliveredOn: z.string(),
  type: z.enum(SERVICE_TYPES),
  provider: z.string(),
  cost: z.number().nullable(),
  note: z.string(),
  createdByName: z.string().nullable(),
});
export type ServiceView = z.infer<typeof serviceViewSchema>;

export const serviceReferralBodySchema = z.object({
  referredOn: date,
  toWhom: text(300).min(1),
  reason: text(2000).default(''),
});
export type ServiceReferralBody = z.infer<typeof serviceReferralBodySchema>;

export const serviceReferralUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  outcome: text(2000).default(''),
});

export const serviceReferralViewSchema = z.object({
  id: z.uuid(),
  referredOn: z.string(),
  toWhom: z.string(),
  reason: z.string(),
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  outcome: z.string(),
  version: z.number().int(),
});
export type ServiceReferralView = z.infer<typeof serviceReferralViewSchema>;

// ---------------------------------------------------------------- the household's record

export const householdDetailSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  access: z.object({
    level: z.enum(ACCESS_LEVELS),
    canWrite: z.boolean(),
  }),
  locationId: recordId('location'),
  locationName: localizedTextSchema,
  workerId: recordId('worker').nullable(),
  workerName: z.string().nullable(),
  /** Null when the user sees only a summary. */
  address: z.string().nullable(),
  phone: z.string().nullable(),
  members: z.array(memberViewSchema),
  enrolments: z.array(enrolmentViewSchema),
  consents: z.array(consentViewSchema).nullable(),
  assessments: z.array(assessmentViewSchema).nullable(),
  plans: z.array(planViewSchema).nullable(),
  services: z.array(serviceViewSchema).nullable(),
  referrals: z.array(serviceReferralViewSchema).nullable(),
  version: z.number().int(),
});
export type HouseholdDetail = z.infer<typeof householdDetailSchema>;

// ---------------------------------------------------------------- programmes, reviews due, workers

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

export const workersQuerySchema = z.object({ locationId: recordId('location') });
export const workerViewSchema = z.object({ id: z.uuid(), displayName: z.string(), role: z.string() });
