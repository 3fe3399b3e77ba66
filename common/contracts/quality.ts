import { z } from 'zod';
import { Q4C_MEASURES, Q4C_PHASES } from '../quality4children';
import { localizedTextSchema, recordId, versionSchema } from './common';

export const q4cStandardSchema = z.object({
  number: z.number().int(),
  phase: z.enum(Q4C_PHASES),
  title: localizedTextSchema,
  measure: z.enum(Q4C_MEASURES).nullable(),
});

const measuredSchema = z.object({
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  percent: z.number().nullable(),
});

export const q4cParamsSchema = z.object({
  programmeId: recordId('programme'),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const q4cAssessmentSchema = z.object({
  programmeId: recordId('programme'),
  year: z.number().int(),
  /** Null until the year's assessment is first saved. */
  version: z.number().int().nullable(),
  /** The date Yuva's figures are counted to: the end of the year, or today for the current year. */
  asAt: z.string(),
  /**
   * How the counts are to be read (decision 0019): 1 exact; 5 for readers of aggregates only,
   * every count rounded down to a multiple of 5, under 5 withheld (null), each percent worked
   * out from the published counts.
   */
  rounding: z.number().int().min(1),
  standards: z.array(
    z.object({
      standard: z.number().int(),
      score: z.number().int().nullable(),
      evidence: z.string(),
      actions: z.string(),
      /** What Yuva's records show now, for standards it can measure. */
      measured: measuredSchema.nullable(),
      /**
       * The figure as it stood when the score was last saved. Readers of aggregates only get it
       * worked out from the saved counts as published (null when only the percent was kept).
       */
      savedMeasured: z.number().nullable(),
      previous: z.object({ score: z.number().int().nullable(), measured: z.number().nullable() }).nullable(),
    }),
  ),
  years: z.array(
    z.object({ year: z.number().int(), scored: z.number().int(), average: z.number().nullable() }),
  ),
});
export type Q4cAssessment = z.infer<typeof q4cAssessmentSchema>;

export const q4cSaveSchema = z.object({
  version: versionSchema.nullable(),
  scores: z
    .array(
      z.object({
        standard: z.number().int().min(1).max(18),
        score: z.number().int().min(1).max(4).nullable(),
        evidence: z.string().trim().max(4000).default(''),
        actions: z.string().trim().max(4000).default(''),
      }),
    )
    .max(18)
    .refine((s) => new Set(s.map((x) => x.standard)).size === s.length, {
      params: { reason: 'invalid_value' },
    }),
});
