// The child and their family: what is sent to record them, and how they are shown.
import { z } from 'zod';
import { PARENTAL_RIGHTS, PARENTAL_STATUSES, RELATIONSHIPS } from '../cases';
import { isValidNationalId, NATIONAL_ID_TYPES } from '../identity';
import { recordId, versionSchema } from './common';
import { date, name, text } from './fields';

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

/** A member added to a child's family after the referral: possibly someone already on file. */
export const addFamilyMemberBodySchema = familyMemberInputSchema.safeExtend({
  /**
   * The person is already on file (a relative of a brother or sister, or a likely duplicate):
   * link that record instead of copying it; the names typed are then ignored.
   */
  existingPersonId: recordId('person').nullish(),
  /** Why this is a new person although likely existing records were shown. */
  confirmNewReason: z.string().trim().min(10).max(1000).nullish(),
});
export type AddFamilyMemberBody = z.infer<typeof addFamilyMemberBodySchema>;

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
