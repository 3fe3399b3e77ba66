import { z } from 'zod';
import { APPLICATION_STATUSES, countryRulesSchema, EDUCATION_LEVELS } from '../foster';
import { PLACE_CODES } from '../places/places';
import { localizedTextSchema, recordId, versionSchema } from './common';

const name = z.string().trim().min(1).max(100);
const country = z.string().regex(/^[A-Z]{2}$/);
/** A city, district or province of the places reference data (common/places). */
const placeCode = z.enum(PLACE_CODES);

export const applicantAdultSchema = z.object({
  givenName: name,
  familyName: name,
  patronymic: z.string().trim().max(100).nullish(),
  birthDate: z.iso.date(),
  education: z.enum(EDUCATION_LEVELS),
  regularIncome: z.boolean(),
  citizenship: z.string().regex(/^[A-Z]{2}$/),
  residence: z.string().regex(/^[A-Z]{2}$/),
  applicant: z.boolean(),
});
export type ApplicantAdult = z.infer<typeof applicantAdultSchema>;

export const eligibilityCheckSchema = z.object({
  country,
  adults: z.array(applicantAdultSchema).min(1).max(6),
});

export const breachSchema = z.object({ rule: z.string(), who: z.string().optional(), message: z.string() });

export const publicApplicationBodySchema = z.object({
  country,
  twoParent: z.boolean(),
  address: z.string().trim().min(3).max(300),
  /** The city or district, from the places reference data (a place of the family's country). */
  districtCode: placeCode.nullish(),
  /** What the family wrote about its district, kept as a note (matched to a code when none is given). */
  district: z.string().trim().max(100).default(''),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{7,20}$/),
  email: z.email().max(200).or(z.literal('')).default(''),
  motivation: z.string().trim().max(4000).default(''),
  languages: z.array(z.string().min(2).max(10)).max(6).default([]),
  adults: z.array(applicantAdultSchema).min(1).max(6),
  children: z
    .array(z.object({ givenName: name, familyName: name, birthDate: z.iso.date() }))
    .max(10)
    .default([]),
  /** The campaign or ambassador that brought the family (from the link they followed). */
  campaignId: recordId('campaign').nullish(),
  ambassadorId: recordId('ambassador').nullish(),
  /** Left empty by people; filled by form-filling robots. */
  website: z.string().max(0).default(''),
});
export type PublicApplicationBody = z.infer<typeof publicApplicationBodySchema>;

export const publicApplicationResultSchema = z.object({
  reference: z.string(),
  /** The applicant's private link to follow the application (shown once). */
  statusPath: z.string(),
  breaches: z.array(breachSchema),
});

export const requirementViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(['document', 'check', 'interview', 'medical', 'training']),
  sequence: z.number().int(),
  memberName: z.string().nullable(),
  status: z.enum(['incomplete', 'complete', 'waived']),
  completedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  hours: z.number().nullable(),
  waivedReason: z.string().nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type RequirementView = z.infer<typeof requirementViewSchema>;

export const fosterDocumentViewSchema = z.object({
  id: z.uuid(),
  requirementId: recordId('requirement').nullable(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  /** Null when the family sent it through its private link. */
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
});

/** Per file, and in all, what a family may send through its private link. */
export const FOSTER_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const FOSTER_DOCUMENTS_MAX_FILES = 40;
export const FOSTER_DOCUMENTS_MAX_TOTAL_BYTES = 60 * 1024 * 1024;

export const fosterDocumentUploadQuerySchema = z.object({
  requirementId: recordId('requirement').optional(),
  // No folders and no control characters in a file name.
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/]/.test(name) && [...name].every((ch) => ch.charCodeAt(0) >= 0x20), {
      params: { reason: 'invalid_format' },
    }),
});

export const familyDistrictBodySchema = z.object({
  version: versionSchema,
  districtCode: placeCode.nullable(),
});

/** A family whose district, written as free text, matched no place: for an officer to choose it. */
export const unmatchedDistrictSchema = z.object({
  id: recordId('fosterFamily'),
  reference: z.string(),
  country: z.string(),
  district: z.string(),
});

export const familyLocationBodySchema = z.object({
  version: versionSchema,
  /** The office whose area the family lives in (used for "near the child's home" in matching). */
  locationId: recordId('location').nullable(),
});

export const publicStatusSchema = z.object({
  reference: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string(),
  requirements: z.array(
    requirementViewSchema.pick({
      id: true,
      code: true,
      kind: true,
      sequence: true,
      status: true,
      memberName: true,
    }),
  ),
  documents: z.array(
    z.object({
      id: z.uuid(),
      requirementId: recordId('requirement').nullable(),
      filename: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      uploadedAt: z.string(),
    }),
  ),
  /** What the family may still send through the link. */
  documentQuota: z.object({ filesLeft: z.number().int(), bytesLeft: z.number().int() }),
});

export const memberViewSchema = z.object({
  id: z.uuid(),
  personId: recordId('person'),
  name: z.string(),
  birthDate: z.string().nullable(),
  role: z.enum(['applicant', 'adult', 'child']),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  regularIncome: z.boolean(),
  residence: z.string().nullable(),
  citizenship: z.string().nullable(),
  checkStatus: z.enum(['not_started', 'requested', 'received', 'clear', 'not_clear']),
});

export const familySummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  country: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  applicants: z.string(),
  /** The place code of the family's city or district; null when not chosen or not matched yet. */
  districtCode: z.string().nullable(),
  /** The district as the family wrote it (a note beside the code). */
  district: z.string(),
  submittedAt: z.string(),
  approvalExpiresOn: z.string().nullable(),
  /** The approval ends within 60 days (or has ended): time to renew it. */
  renewalDue: z.boolean(),
  /** Requirements incomplete, or complete but expired: what an approval still waits for. */
  openRequirements: z.number().int(),
});
export type FamilySummary = z.infer<typeof familySummarySchema>;

export const familyDetailSchema = familySummarySchema.extend({
  twoParent: z.boolean(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  motivation: z.string(),
  languages: z.array(z.string()),
  members: z.array(memberViewSchema),
  requirements: z.array(requirementViewSchema),
  homeStudies: z.array(
    z.object({
      id: z.uuid(),
      visitedOn: z.string(),
      findings: z.string(),
      recommendation: z.string(),
      writtenBy: z.string().nullable(),
    }),
  ),
  breaches: z.array(breachSchema),
  locationId: recordId('location').nullable(),
  locationName: localizedTextSchema.nullable(),
  documents: z.array(fosterDocumentViewSchema),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  approvedAgeMin: z.number().int().nullable(),
  approvedAgeMax: z.number().int().nullable(),
  approvedChildrenMax: z.number().int().nullable(),
  approvedNeeds: z.array(z.string()),
  contractNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  version: z.number().int(),
});
export type FamilyDetail = z.infer<typeof familyDetailSchema>;

export const familyListQuerySchema = z.object({
  country: country.optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  renewalDue: z.enum(['true', 'false']).optional(),
  /** Part of the family's reference or an applicant's name. */
  q: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const statusChangeSchema = z.object({
  version: versionSchema,
  status: z.enum(['home_study', 'training', 'ready_for_review']),
});

export const requirementUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(['incomplete', 'complete', 'waived']),
  completedOn: z.iso.date().nullish(),
  hours: z.number().min(0).max(1000).nullish(),
  waivedReason: z.string().trim().max(1000).nullish(),
  note: z.string().trim().max(2000).default(''),
});

export const homeStudyBodySchema = z.object({
  visitedOn: z.iso.date(),
  findings: z.string().trim().min(10).max(8000),
  recommendation: z.enum(['continue', 'approve', 'deny', 'more_information']),
});

export const decisionBodySchema = z.object({
  version: versionSchema,
  outcome: z.enum(['approved', 'denied', 'withdrawn']),
  reason: z.string().trim().min(3).max(4000),
  ageMin: z.number().int().min(0).max(17).nullish(),
  ageMax: z.number().int().min(0).max(17).nullish(),
  childrenMax: z.number().int().min(1).max(10).nullish(),
  needs: z
    .array(z.enum(['disability', 'siblings', 'infant', 'teenager']))
    .max(4)
    .default([]),
  contractNumber: z.string().trim().max(50).nullish(),
  certificateNumber: z.string().trim().max(50).nullish(),
});
export type DecisionBody = z.infer<typeof decisionBodySchema>;

export const ruleSetViewSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  effectiveFrom: z.string(),
  rules: countryRulesSchema,
});
export const ruleSetBodySchema = z.object({
  country,
  effectiveFrom: z.iso.date(),
  rules: countryRulesSchema,
});

export const matchSchema = z.object({
  familyId: recordId('fosterFamily'),
  reference: z.string(),
  applicants: z.string(),
  district: z.string(),
  placesLeft: z.number().int(),
  score: z.number().int(),
  reasons: z.array(z.object({ factor: z.string(), points: z.number().int() })),
  exclusions: z.array(z.object({ rule: z.string(), message: z.string() })),
});
export const matchesSchema = z.object({
  child: z.object({
    age: z.number().int(),
    siblings: z.number().int(),
    disability: z.boolean(),
    languages: z.array(z.string()),
    locationId: z.string().nullable(),
  }),
  matches: z.array(matchSchema),
});

export const fosterPlacementBodySchema = z.object({
  fosterFamilyId: recordId('fosterFamily'),
  startDate: z.iso.date(),
  orderedBy: z.enum(['court', 'administrative', 'voluntary']),
  orderReference: z.string().trim().max(100).nullish(),
  /** When brothers or sisters live elsewhere: why they are placed apart (the server asks for it). */
  siblingsApartReason: z.string().trim().max(2000).nullish(),
  /** The child's current placement (short-term care, say) ends the day the foster placement starts. */
  endCurrentPlacement: z.object({ placementId: recordId('placement'), version: versionSchema }).nullish(),
  /** Brothers and sisters placed with the child in the same family, one placement each. */
  siblingCaseIds: z.array(recordId('case')).max(12).optional(),
});

export const visitViewSchema = z.object({
  id: z.uuid(),
  placementId: recordId('placement'),
  familyId: recordId('fosterFamily'),
  familyReference: z.string(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  childName: z.string(),
  dueOn: z.string(),
  heldOn: z.string().nullable(),
  status: z.enum(['due', 'held', 'missed', 'cancelled']),
  report: z.string(),
  childWellbeing: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Held outside the schedule (dueOn is the day it was held); the scheduled visits stay as they were. */
  unscheduled: z.boolean(),
  version: z.number().int(),
});
export const visitRecordSchema = z.object({
  version: versionSchema,
  status: z.enum(['held', 'missed']),
  heldOn: z.iso.date().nullish(),
  report: z.string().trim().max(8000).default(''),
  childWellbeing: z.number().int().min(1).max(4).nullish(),
});

export const ALLOWANCE_KINDS = ['monthly', 'disability', 'clothing', 'school'] as const;
export const ledgerSchema = z.object({
  placementId: recordId('placement'),
  months: z.array(
    z.object({
      month: z.string(),
      currency: z.string(),
      lines: z.array(
        z.object({ kind: z.enum(ALLOWANCE_KINDS), amount: z.number(), paid: z.number().nullable() }),
      ),
    }),
  ),
});
export const ledgerQuerySchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export const paymentBodySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  kind: z.enum(ALLOWANCE_KINDS),
  amount: z.number().min(0).max(1_000_000),
  paidOn: z.iso.date(),
});
