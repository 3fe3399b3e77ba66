import { z } from 'zod';
import { localizedTextSchema } from './common';

/**
 * What a country pushes to the hub about Foster Family Day and its volunteer ambassadors (decision
 * 0045): counts only, each rounded down to a multiple of 5 and a count under 5 withheld (null). The
 * schemas are strict, so no name of a family, a child or an ambassador has a field to travel in.
 */

/** A count, or null when withheld because it was under 5. */
const count = z.number().int().min(0).max(10_000_000).nullable();

export const OBSERVANCES = ['international', 'national'] as const;

export const fosterDayResultsSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** The day observed that year: 30 June (international) or the country's own. */
    day: z.iso.date(),
    observance: z.enum(OBSERVANCES),
    campaigns: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            startsOn: z.iso.date(),
            endsOn: z.iso.date().nullable(),
            events: count,
            inquiries: count,
            applications: count,
            approvals: count,
          })
          .strict(),
      )
      .max(50),
    totals: z.object({ events: count, inquiries: count, applications: count, approvals: count }).strict(),
    /** The date the figures were counted at: approvals come months after the day. */
    countedAt: z.iso.date(),
  })
  .strict();
export type FosterDayResults = z.infer<typeof fosterDayResultsSchema>;

export const ambassadorFiguresSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    activeAmbassadors: count,
    events: count,
    inquiries: count,
    approvedFamilies: count,
    countedAt: z.iso.date(),
  })
  .strict();
export type AmbassadorFigures = z.infer<typeof ambassadorFiguresSchema>;

/** Every count in a payload, wherever it sits (for the small-cell check on arrival). */
export function payloadCounts(payload: FosterDayResults | AmbassadorFigures): (number | null)[] {
  if ('campaigns' in payload)
    return [
      ...payload.campaigns.flatMap((c) => [c.events, c.inquiries, c.applications, c.approvals]),
      ...Object.values(payload.totals),
    ];
  return [payload.activeAmbassadors, payload.events, payload.inquiries, payload.approvedFamilies];
}

/** What the hub shows: the latest figures of each country side by side. */
const countryOf = { country: z.string(), names: localizedTextSchema, issuedAt: z.iso.datetime() };
export const fosterDayComparisonSchema = z.object({
  year: z.number().int(),
  results: z.array(z.object({ ...countryOf, payload: fosterDayResultsSchema })),
});
export const ambassadorComparisonSchema = z.object({
  year: z.number().int(),
  figures: z.array(z.object({ ...countryOf, payload: ambassadorFiguresSchema })),
});
export const figuresQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
