import { z } from 'zod';
import { pageOf, recordId, versionSchema } from './common';

/** Cells counting fewer children than this are not shown to roles that see aggregates only. */
export const SUPPRESSION_THRESHOLD = 5;

export const INDICATOR_IDS = [
  'children_in_care',
  'entries_by_month',
  'exits_by_month',
  'length_of_stay',
  'moves_per_child',
  'siblings_together',
  'care_plan_current',
  'gatekeeping_on_entry',
  'reviews_on_time',
  'family_contact',
  'short_term_care',
  'after_care',
  'foster_funnel',
  'core_indicators',
] as const;

export const DRILL_DOWNS = [
  'children_in_care',
  'care_plan_missing',
  'reviews_overdue',
  'no_family_contact',
  'siblings_apart',
  'moves',
] as const;

export const dashboardQuerySchema = z.object({
  asAt: z.iso.date().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  locationId: recordId('location').optional(),
  programmeId: recordId('programme').optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const indicatorSchema = z.object({
  id: z.enum(INDICATOR_IDS),
  /** What a number counts: children, a share in percent, days, per 100,000 children. */
  unit: z.enum(['children', 'share', 'days', 'per100k', 'ratio', 'count']),
  /** Column keys in order: dimensions first, then measures. */
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), cell)),
  /**
   * Headline figures (a share, a median); null when suppressed or not measurable. For
   * children_in_care: total (children under 18 on the as-at date; the rows are theirs) and
   * youngAdults (18 or older, e.g. youth house residents, counted apart). For entries_by_month:
   * total and stays (stays that began in the period: a child entering twice counts twice) and
   * children (each child once). For exits_by_month: total and reunified (the stays that ended
   * with the child going home). For short_term_care: reEntryPercent, the row reEntries as a
   * percent of the row reunifiedFollowed. For core_indicators: population, residential,
   * familyLike (SOS families), familyBased (kinship, foster), foster (of them, foster families),
   * youngAdults, entryStays, and
   * leftResidential — the children who left residential care in the period, each once — of
   * whom the row left_residential_for_family counts those who left for a family and
   * leftResidentialForFamilyPercent gives their share.
   */
  summary: z
    .record(z.string(), z.number().nullable())
    .describe(
      [
        'Headline figures by name; null when withheld or not measurable. A share gives numerator, denominator and percent.',
        'children_in_care: total = children under 18 on the as-at date (the rows are theirs); youngAdults = young people 18 or older in care (e.g. youth houses), not counted as children.',
        'exits_by_month: total = stays in care that ended in the period; reunified = of them, those that ended with the child going home (its own count, protected as a count).',
        'entries_by_month: total and stays = stays in care that began in the period (a child entering twice counts twice, as do the rows); children = distinct children who entered.',
        'short_term_care: rows reunified (short-term care placements that ended with the child going home in the period), reunifiedFollowed (children whose stay in care ended by reunification between from − 12 months and to − 12 months, each once, by their first such exit) and reEntries (of them, those with a new stay beginning within 12 months of that exit); reEntryPercent = reEntries as a percent of reunifiedFollowed.',
        'core_indicators: rows entries_per_100k (distinct children entering), in_care_per_100k (children under 18), left_residential_for_family, residential_to_family_ratio ((residential + family-like) : family-based, the default) and residential_to_family_ratio_family_like_as_family (residential : (family-like + family-based)); summary population, residential (institutions, small group homes, short-term care), familyLike (SOS families), familyBased (kinship, foster) and of them foster (foster families) — children under 18 each —, youngAdults, entryStays, leftResidential (children who left residential care in the period, each counted once) and leftResidentialForFamilyPercent (the row left_residential_for_family as a percent of leftResidential).',
      ].join(' '),
    ),
  /** The drill-down behind the rows' "n", when the role may see the children. */
  drillDown: z.enum(DRILL_DOWNS).nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const dashboardSchema = z.object({
  asAt: z.string(),
  from: z.string(),
  to: z.string(),
  locationId: z.string().nullable(),
  programmeId: z.string().nullable(),
  /** True when cells below the threshold were hidden (the analyst role). */
  suppressed: z.boolean(),
  threshold: z.number().int(),
  /**
   * What a published count means (decision 0019): 1 — exact; 5 — rounded down to a multiple of
   * 5, so r stands for r to r + 4 children and null ("<5") for 0 to 4.
   */
  rounding: z.number().int().min(1),
  indicators: z.array(indicatorSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const drillDownQuerySchema = dashboardQuerySchema.extend({
  indicator: z.enum(DRILL_DOWNS),
  setting: z.string().max(40).optional(),
  sex: z.enum(['female', 'male', 'unknown']).optional(),
  ageBand: z.enum(['0-6', '7-13', '14-17', '18+', 'unknown']).optional(),
  moves: z.coerce.number().int().min(0).max(3).optional(),
  /** Pages of up to 500 children: more than that are for the export, not a page. */
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(500),
});

export const drillDownSchema = pageOf(
  z.object({
    caseId: z.uuid(),
    caseNumber: z.string(),
    name: z.string(),
    birthDate: z.string().nullable(),
    setting: z.string(),
    locationId: recordId('location'),
  }),
);

export const populationRowSchema = z.object({
  locationId: recordId('location'),
  year: z.number().int(),
  children: z.number().int(),
  source: z.string(),
  version: z.number().int(),
});
export const populationBodySchema = z.object({
  locationId: recordId('location'),
  year: z.number().int().min(1990).max(2100),
  children: z.number().int().min(0).max(100_000_000),
  source: z.string().trim().max(500).default(''),
  /** The version read, or null to add the year. */
  version: versionSchema.nullable(),
});
