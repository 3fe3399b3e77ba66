import { z } from 'zod';
import { indicatorSchema } from './indicators';

/**
 * The aggregate indicator set one country's Yuva gives another (docs/indicator-exchange.md):
 * no names, no identifiers, no record-level data; every count under the threshold is null.
 */
export const EXCHANGE_FORMAT = 'yuva-indicators';
export const EXCHANGE_VERSION = 1;

export const exchangeDocumentSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    /** ISO 3166-1 alpha-2 of the country the figures are about. */
    country: z.string().regex(/^[A-Z]{2}$/),
    organisation: z.string().max(200),
    generatedAt: z.iso.datetime(),
    period: z.object({ from: z.iso.date(), to: z.iso.date(), asAt: z.iso.date() }),
    /** Counts from 1 to threshold − 1 are withheld (null). */
    threshold: z.number().int().min(5).max(100),
    /** Counts rounded down to a multiple of this (decision 0019); absent in older documents. */
    rounding: z.number().int().min(1).max(100).optional(),
    indicators: z.array(indicatorSchema.extend({ drillDown: z.null() }).strict()).max(50),
  })
  .strict();
export type ExchangeDocument = z.infer<typeof exchangeDocumentSchema>;

export const exchangeQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const importedSetSchema = z.object({
  id: z.uuid(),
  country: z.string(),
  organisation: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
});

export const comparisonSchema = z.object({ ours: exchangeDocumentSchema, theirs: exchangeDocumentSchema });
