import { z } from 'zod';
import { localeSchema, localizedTextSchema, versionSchema } from './common';
import { countryCodeSchema } from './cooperation-documents';

/**
 * Exchanges between the working group's countries (issue 17, decision 0045): who went where to learn
 * what, and what the participants said they will use. Knowledge only: no child, no family.
 */
export const EXCHANGE_KINDS = ['study_visit', 'training', 'secondment', 'joint_supervision'] as const;
export const EXCHANGE_STATUSES = ['planned', 'done'] as const;
export const PARTICIPANT_ROLES = [
  'social_workers',
  'foster_care_officers',
  'ministry_staff',
  'foster_parents',
  'ambassadors',
  'psychologists',
  'ngo_staff',
] as const;
/** The practice topics the working group shares: the good-practice library's own list. */
export { PRACTICE_TOPICS } from './practices';

import { PRACTICE_TOPICS } from './practices';

const materialSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    link: z
      .url({ protocol: /^https?$/ })
      .max(1000)
      .nullish(),
  })
  .strict();

export const exchangeBodySchema = z
  .object({
    kind: z.enum(EXCHANGE_KINDS),
    /** The country whose practice is shared (the host of a study visit, the trainer)… */
    fromCountry: countryCodeSchema,
    /** …and the country whose people learn it. */
    toCountry: countryCodeSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    participants: z.number().int().min(0).max(10_000),
    participantRoles: z.array(z.enum(PARTICIPANT_ROLES)).max(PARTICIPANT_ROLES.length),
    topics: z.array(z.enum(PRACTICE_TOPICS)).min(1).max(PRACTICE_TOPICS.length),
    materials: z.array(materialSchema).max(50).default([]),
    /** The participants' evaluation: their average score (1–5), how many answered, what they will use. */
    evaluationScore: z.number().min(1).max(5).nullish(),
    evaluationAnswered: z.number().int().min(0).max(10_000).nullish(),
    evaluationUse: z.string().trim().max(4000).default(''),
    status: z.enum(EXCHANGE_STATUSES),
  })
  .strict();
export type ExchangeBody = z.infer<typeof exchangeBodySchema>;
export const exchangeUpdateSchema = exchangeBodySchema.extend({ version: versionSchema }).strict();

export const exchangeSchema = exchangeBodySchema.extend({
  id: z.uuid(),
  materials: z.array(z.object({ title: z.string(), link: z.string().nullable() })),
  evaluationScore: z.number().nullable(),
  evaluationAnswered: z.number().int().nullable(),
  evaluationUse: z.string(),
  version: z.number().int(),
});
export type Exchange = z.infer<typeof exchangeSchema>;

export const exchangeListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const exchangeReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const exchangeReportPdfQuerySchema = exchangeReportQuerySchema.extend({
  lang: localeSchema.optional(),
});

/** Who learned what from whom in a year: one row per pair of countries (sharing → learning). */
export const exchangeReportSchema = z.object({
  year: z.number().int(),
  pairs: z.array(
    z.object({
      fromCountry: z.string(),
      toCountry: z.string(),
      exchanges: z.number().int(),
      done: z.number().int(),
      participants: z.number().int(),
      topics: z.array(z.enum(PRACTICE_TOPICS)),
      /** Weighted by how many answered; null when nobody answered. */
      averageScore: z.number().nullable(),
      answered: z.number().int(),
    }),
  ),
  totals: z.object({
    exchanges: z.number().int(),
    participants: z.number().int(),
    averageScore: z.number().nullable(),
  }),
  countries: z.array(z.object({ code: z.string(), names: localizedTextSchema })),
});
export type ExchangeReport = z.infer<typeof exchangeReportSchema>;
