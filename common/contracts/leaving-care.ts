import { z } from 'zod';
import { versionSchema } from './common';

const date = z.iso.date();
const text = (max = 4000) => z.string().trim().max(max);

export const DOCUMENT_TYPES = [
  'birth_certificate',
  'identity_document',
  'court_decision',
  'authority_decision',
  'medical',
  'school',
  'photo',
  'other',
] as const;
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export const documentUploadQuerySchema = z.object({
  type: z.enum(DOCUMENT_TYPES),
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
export const documentViewSchema = z.object({
  id: z.uuid(),
  docType: z.enum(DOCUMENT_TYPES),
  filename: z.string(),
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
  sizeBytes: z.number().int(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

export const SHORT_TERM_STATUSES = [
  'admitted',
  'assessment',
  'reintegration',
  'trial_return',
  'reunified',
  'follow_up',
  'closed',
  'referred_long_term',
] as const;
export const shortTermEpisodeSchema = z.object({
  id: z.uuid(),
  status: z.enum(SHORT_TERM_STATUSES),
  admittedOn: z.string(),
  reintegrationPlan: z.string(),
  familyWork: z.string(),
  trialReturnOn: z.string().nullable(),
  reunifiedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  version: z.number().int(),
});
export type ShortTermEpisode = z.infer<typeof shortTermEpisodeSchema>;
export const shortTermUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(SHORT_TERM_STATUSES),
  reintegrationPlan: text().optional(),
  familyWork: text().optional(),
  on: date,
});

export const WELLBEING_DIMENSIONS = [
  'care',
  'food_security',
  'shelter',
  'physical_health',
  'education_skills',
  'livelihood',
  'protection_inclusion',
  'social_emotional',
] as const;

export const leavingCarePlanBodySchema = z.object({
  startedOn: date,
  housing: text().default(''),
  incomeWork: text().default(''),
  education: text().default(''),
  documents: text().default(''),
  health: text().default(''),
  supportNetwork: text().default(''),
  namedWorker: text(200).default(''),
  youngPersonAgreed: z.boolean().default(false),
});
export type LeavingCarePlanBody = z.infer<typeof leavingCarePlanBodySchema>;
export const leavingCarePlanEditSchema = leavingCarePlanBodySchema.extend({ version: versionSchema });
export const leavingCarePlanViewSchema = leavingCarePlanBodySchema.extend({
  id: z.uuid(),
  status: z.enum(['active', 'completed']),
  leftCareOn: z.string().nullable(),
  leftPlanned: z.boolean().nullable(),
  version: z.number().int(),
});
export type LeavingCarePlanView = z.infer<typeof leavingCarePlanViewSchema>;

export const followUpViewSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['reunification', 'after_care']),
  dueOn: z.string(),
  heldOn: z.string().nullable(),
  status: z.enum(['due', 'held', 'missed']),
  ratings: z.partialRecord(z.enum(WELLBEING_DIMENSIONS), z.number().int().min(1).max(4)).nullable(),
  notes: z.string(),
  version: z.number().int(),
});
export type FollowUpView = z.infer<typeof followUpViewSchema>;
export const followUpRecordSchema = z.object({
  version: versionSchema,
  status: z.enum(['held', 'missed']),
  heldOn: date.nullish(),
  ratings: z.partialRecord(z.enum(WELLBEING_DIMENSIONS), z.number().int().min(1).max(4)).default({}),
  notes: text().default(''),
});
