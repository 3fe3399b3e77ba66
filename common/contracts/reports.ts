import { z } from 'zod';

/** The neutral report shape of common/contracts/exports.ts, as a schema for the JSON answers. */
const cellSchema = z.union([z.string(), z.number(), z.null()]);
export const reportSchema = z.object({
  title: z.string(),
  subtitle: z.string().optional(),
  sections: z.array(
    z.object({
      heading: z.string(),
      text: z.string().optional(),
      chart: z
        .object({
          kind: z.literal('bar'),
          categories: z.array(z.string()),
          series: z.array(
            z.object({ label: z.string(), values: z.array(z.number()), color: z.string().optional() }),
          ),
          title: z.string().optional(),
        })
        .optional(),
      table: z
        .object({
          columns: z.array(
            z.object({ heading: z.string(), kind: z.enum(['text', 'number', 'percent']).optional() }),
          ),
          rows: z.array(z.array(cellSchema)),
        })
        .optional(),
      note: z.string().optional(),
    }),
  ),
});

export const reportYearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
