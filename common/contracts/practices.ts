import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { isoDateSchema, pageOf, pageQuerySchema, recordId, versionSchema } from './common';
import { countryCodeSchema } from './cooperation-documents';

/**
 * The good-practice library on the cooperation hub (issue 17 item 2, decision 0045): what a
 * member country learned about family-based care, written in one language with translations by
 * people into the others, and the countries it travelled to.
 */
export const PRACTICE_TOPICS = [
  'recruitment',
  'assessment_training',
  'matching',
  'monitoring_support',
  'kinship_care',
  'leaving_care',
  'deinstitutionalisation',
  'awareness_days',
  'ambassadors',
] as const;
export type PracticeTopic = (typeof PRACTICE_TOPICS)[number];
export const ADOPTION_KINDS = ['adopted', 'adapted'] as const;

const language = z.enum(LOCALES);
const title = z.string().trim().min(1).max(300);
const summary = z.string().trim().min(1).max(2000);
const fullText = z.string().trim().min(1).max(50_000);
const topics = z
  .array(z.enum(PRACTICE_TOPICS))
  .max(PRACTICE_TOPICS.length)
  .refine((t) => new Set(t).size === t.length, { params: { reason: 'duplicate' } });
const evidence = z.string().trim().max(10_000).default('');
const contact = z.string().trim().max(500).default('');

export const practiceBodySchema = z.object({
  country: countryCodeSchema,
  organisationId: recordId('cooperationOrganisation').nullish(),
  language,
  title,
  summary,
  fullText,
  topics: topics.default([]),
  evidence,
  contact,
  ambassadorMaterial: z.boolean().default(false),
});
export type PracticeBody = z.infer<typeof practiceBodySchema>;

/** An edit: everything but the country it comes from, with the version the editor saw. */
export const practiceUpdateSchema = practiceBodySchema
  .omit({ country: true })
  .extend({ version: versionSchema });
export type PracticeUpdate = z.infer<typeof practiceUpdateSchema>;

export const practiceQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  topic: z.enum(PRACTICE_TOPICS).optional(),
  country: countryCodeSchema.optional(),
  /** Practices readable in this language: written in it or translated into it. */
  language: language.optional(),
  ambassadorMaterial: z.enum(['true', 'false']).optional(),
});
export type PracticeQuery = z.infer<typeof practiceQuerySchema>;

const travelSchema = z.object({
  country: z.string(),
  kind: z.enum(ADOPTION_KINDS),
  adoptedOn: z.string(),
});

export const practiceCardSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  organisationName: z.string(),
  language,
  title: z.string(),
  summary: z.string(),
  topics: z.array(z.enum(PRACTICE_TOPICS)),
  ambassadorMaterial: z.boolean(),
  /** The original language first, then each translation's. */
  languages: z.array(language),
  travelled: z.array(travelSchema),
  updatedAt: z.string(),
});
export type PracticeCard = z.infer<typeof practiceCardSchema>;
export const practicePageSchema = pageOf(practiceCardSchema);

export const translationViewSchema = z.object({
  id: z.uuid(),
  language,
  title: z.string(),
  summary: z.string(),
  fullText: z.string(),
  translatorName: z.string(),
  translatedAt: z.string(),
  version: z.number().int(),
});
export type TranslationView = z.infer<typeof translationViewSchema>;

export const attachmentViewSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  bytes: z.number().int(),
  uploadedAt: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentViewSchema>;

export const adoptionViewSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  kind: z.enum(ADOPTION_KINDS),
  adoptedOn: z.string(),
  notes: z.string(),
  outcome: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  version: z.number().int(),
});
export type AdoptionView = z.infer<typeof adoptionViewSchema>;

export const practiceViewSchema = practiceCardSchema.extend({
  organisationId: z.uuid().nullable(),
  fullText: z.string(),
  evidence: z.string(),
  contact: z.string(),
  /** Whether it came as a signed document from its country's own Yuva. */
  pushed: z.boolean(),
  translations: z.array(translationViewSchema),
  attachments: z.array(attachmentViewSchema),
  adoptions: z.array(adoptionViewSchema),
  version: z.number().int(),
});
export type PracticeView = z.infer<typeof practiceViewSchema>;

export const translationParamsSchema = z.object({ id: z.uuid(), language });
/** A new translation carries no version; an edit carries the one the translator saw. */
export const translationBodySchema = z.object({
  title,
  summary,
  fullText,
  version: versionSchema.optional(),
});
export type TranslationBody = z.infer<typeof translationBodySchema>;

export const translationQueueQuerySchema = z.object({ language });
export const queueItemSchema = practiceCardSchema.pick({
  id: true,
  country: true,
  language: true,
  title: true,
  summary: true,
  topics: true,
  languages: true,
});

export const adoptionBodySchema = z.object({
  country: countryCodeSchema,
  kind: z.enum(ADOPTION_KINDS),
  adoptedOn: isoDateSchema,
  notes: z.string().trim().max(5000).default(''),
});
export type AdoptionBody = z.infer<typeof adoptionBodySchema>;

/** What came of it, later; notes may be corrected at the same time. */
export const adoptionUpdateSchema = z.object({
  outcome: z.string().trim().min(1).max(5000),
  outcomeOn: isoDateSchema,
  notes: z.string().trim().max(5000).optional(),
  version: versionSchema,
});
export type AdoptionUpdate = z.infer<typeof adoptionUpdateSchema>;

export const attachmentUploadQuerySchema = z.object({
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/]/.test(name) && [...name].every((ch) => ch.charCodeAt(0) >= 0x20), {
      params: { reason: 'invalid_format' },
    }),
});

/**
 * The payload of a pushed `practice` document (decision 0045): strict, so no field can carry a
 * child's name or anything else a country's law protects. `ref` is the sending Yuva's own id of
 * the practice: a later document with the same ref updates the hub's copy.
 */
export const practicePayloadSchema = z
  .object({
    ref: z.uuid(),
    title,
    summary,
    fullText,
    language,
    topics,
    evidence: z.string().trim().max(10_000),
    contact: z.string().trim().max(500),
    organisation: z.string().trim().max(300),
    ambassadorMaterial: z.boolean(),
  })
  .strict();
export type PracticePayload = z.infer<typeof practicePayloadSchema>;
