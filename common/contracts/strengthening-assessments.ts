// Risk-of-separation assessments: a score 1-5 and a note per domain.
import { z } from 'zod';
import { RISK_DOMAINS, RISK_LEVELS } from '../strengthening';
import { date, text } from './fields';

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
