// A family's record: registering the family and its members, the list of families, and the
// record as far as the user may see it.
import { z } from 'zod';
import { isValidNationalId, NATIONAL_ID_TYPES } from '../identity';
import { ENROLMENT_STATUSES, HOUSEHOLD_RELATIONSHIPS, RISK_LEVELS } from '../strengthening';
import { localizedTextSchema, pageOf, recordId, versionSchema } from './common';
import { date, name, text } from './fields';
import { assessmentViewSchema } from './strengthening-assessments';
import { consentViewSchema } from './strengthening-consents';
import { enrolmentViewSchema } from './strengthening-enrolments';
import { planViewSchema } from './strengthening-plans';
import { serviceReferralViewSchema, serviceViewSchema } from './strengthening-services';

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

export const workersQuerySchema = z.object({ locationId: recordId('location') });
export const workerViewSchema = z.object({ id: z.uuid(), displayName: z.string(), role: z.string() });
