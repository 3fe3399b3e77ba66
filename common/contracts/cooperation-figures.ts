import { z } from 'zod';
import { countryCodeSchema } from './cooperation-documents';

/**
 * The member countries side by side on the hub (issue 17 item 6, docs/indicators.md "Compared
 * between countries"): five figures read from each country's latest pushed indicator document
 * for a year. A figure the document withheld stays withheld; one the document does not carry is
 * `missing` — the hub never works a figure out from other cells.
 */
export const COMPARED_FIGURES = [
  'in_care_per_100k',
  'family_based_per_100k',
  'foster_share_of_family_based',
  'entries_prevented',
  'reunifications',
] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** Years a hub may be asked about: the exchange document exists since 2000 in no country. */
const year = z.coerce.number().int().min(2000).max(2100);

export const figuresQuerySchema = z.object({
  /** First year shown; four years before `to` when not given. */
  from: year.optional(),
  /** Last year shown; the current year when not given. */
  to: year.optional(),
});
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

/** The document a figure was read from: what the reader needs to find and date it. */
export const figureSourceSchema = z.object({
  documentId: z.uuid(),
  issuedAt: z.iso.datetime(),
  period: z.object({ from: z.iso.date(), to: z.iso.date(), asAt: z.iso.date() }),
});
export type FigureSource = z.infer<typeof figureSourceSchema>;

export const figureCellSchema = z.object({
  country: countryCodeSchema,
  year: z.number().int(),
  /**
   * shown: `value` is the figure; withheld: the document withheld a count it needs (under 5, decision
   * 0019) — never 0, never worked out; missing: the document does not carry it (see `missing`).
   */
  status: z.enum(['shown', 'withheld', 'missing']),
  /** Why a figure is missing: the document has no such count, or no child population for the year. */
  missing: z.enum(['not_in_document', 'no_population']).nullable(),
  /** A rate per 100,000 children (one decimal), a percent (one decimal) or a count of children. */
  value: z.number().nullable(),
  /** The published count the figure rests on, where the document has it (null when withheld or missing). */
  numerator: z.number().nullable(),
  /** Children living in the country (rates) or the whole the share is of (shares); null for counts. */
  denominator: z.number().nullable(),
  source: figureSourceSchema,
});
export type FigureCell = z.infer<typeof figureCellSchema>;

export const comparedFigureSchema = z.object({
  id: z.enum(COMPARED_FIGURES),
  unit: z.enum(['per100k', 'share', 'count']),
  /** The message id of the figure's definition in words (catalogue area cooperation). */
  definition: z.string(),
  /** One cell per country and year that has a document; a year with none has no cell. */
  cells: z.array(figureCellSchema),
});
export type ComparedFigureAnswer = z.infer<typeof comparedFigureSchema>;

export const comparedCountrySchema = z.object({
  code: countryCodeSchema,
  /** The country's name in each of the four languages. */
  names: z.record(z.string(), z.string()),
  status: z.enum(['member', 'observer', 'left']),
  /** Years of the range for which the hub holds an indicator document of this country. */
  years: z.array(z.number().int()),
});

export const countryFiguresSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  countries: z.array(comparedCountrySchema),
  figures: z.array(comparedFigureSchema),
});
export type CountryFigures = z.infer<typeof countryFiguresSchema>;
