import {
  type Dashboard,
  type DashboardQuery,
  type Indicator,
  SUPPRESSION_THRESHOLD,
} from '../../../common/contracts/indicators';
import { FUNNEL_STAGES } from '../../../common/contracts/recruitment';
import { childPopulation } from '../../db/repositories/child-population.repository';
import { type IndicatorFilter, withStays } from '../../db/repositories/indicator-stays';
import {
  afterCareOutcomes,
  type CareCategories,
  coreCounts,
  entriesByMonth,
  exitsByMonth,
  gatekeepingOnEntry,
  lengthOfStay,
  movesPerChild,
  shortTermOutcomes,
  stockBreakdown,
  stockShares,
} from '../../db/repositories/indicators.repository';
import { funnelFacts } from '../../db/repositories/recruitment.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { type Deps, type RequestContext, today } from '../context';
import { addDays, addMonths } from '../dates';
import { ruleViolation } from '../errors';
import { percent, protectCount, protectRows, protectShare, seesAggregatesOnly } from './suppression';

/** Residential care for the formal-care indicators: institutions, group homes and short-term care centres. */
export const RESIDENTIAL_SETTINGS = ['residential', 'small_group_home', 'short_term'] as const;
/**
 * Family-like care: SOS family houses (an SOS parent employed by the organisation bringing up a
 * group of children in a house of a village). Its own category; the headline ratio counts it
 * with residential care, because the UN Guidelines (§29 c) call family-based only care in a
 * family's own home (kinship, foster) and residential care any non-family-based group setting,
 * and UNICEF's TransMonEE data count such settings with residential care. The ratio with it
 * counted as family-based is given beside it.
 */
export const FAMILY_LIKE_SETTINGS = ['sos_family'] as const;
/** Family-based care: relatives (formal and informal) and foster families. */
export const FAMILY_BASED_SETTINGS = ['kinship_formal', 'kinship_informal', 'foster'] as const;
export const CARE_CATEGORIES: CareCategories = {
  residential: RESIDENTIAL_SETTINGS,
  familyLike: FAMILY_LIKE_SETTINGS,
  familyBased: FAMILY_BASED_SETTINGS,
};

/** The period and date a dashboard is for: as at today and the twelve months up to it unless asked otherwise. */
export function periodOf(q: DashboardQuery, todayIso: string) {
  const asAt = q.asAt ?? todayIso;
  const to = q.to ?? asAt;
  const from = q.from ?? addDays(addMonths(to, -12), 1);
  if (from > to) throw ruleViolation('period_reversed');
  if (asAt > todayIso || from > todayIso) throw ruleViolation('date_in_future');
  return { asAt, from, to: to > todayIso ? todayIso : to };
}

/** The last day of the last whole month before today. */
export function lastWholeMonthEnd(todayIso: string): string {
  return addDays(`${todayIso.slice(0, 7)}-01`, -1);
}

/**
 * The only periods published to readers of aggregates (decision 0019): a calendar year, as at
 * its last day — for the current year, up to the end of the last whole month. Overlapping
 * periods (a year and the same year less a day, a sliding window) would let their
 * differences count a few children; calendar years never overlap, and their months are
 * cells of the same table. The year is that of `to`, else `asAt`, else `from`.
 */
export function protectedPeriod(q: DashboardQuery, todayIso: string) {
  const lastEnd = lastWholeMonthEnd(todayIso);
  const year = (q.to ?? q.asAt ?? q.from ?? lastEnd).slice(0, 4);
  const from = `${year}-01-01`;
  if (from > lastEnd) throw ruleViolation('date_in_future');
  const to = `${year}-12-31` < lastEnd ? `${year}-12-31` : lastEnd;
  return { asAt: to, from, to };
}

export async function filterFor(
  deps: Deps,
  ctx: RequestContext,
  q: DashboardQuery,
  aggregatesOnly = false,
): Promise<IndicatorFilter> {
  const actor = requirePermission(ctx, 'indicators.read');
  return {
    viewer: viewerOf(actor),
    locationId: q.locationId ?? null,
    programmeId: q.programmeId ?? null,
    ...(aggregatesOnly ? protectedPeriod(q, today(deps.clock)) : periodOf(q, today(deps.clock))),
  };
}

/**
 * Every indicator of the dashboard for the viewer's scope. For readers of aggregates only
 * (the analyst; anything shared with another country) every count is protected (decision
 * 0019): rounded down to a multiple of 5, under 5 withheld, for a calendar year only.
 */
export async function dashboard(
  deps: Deps,
  ctx: RequestContext,
  q: DashboardQuery,
  options: { aggregatesOnly?: boolean; country?: string } = {},
): Promise<Dashboard> {
  requirePermission(ctx, 'indicators.read');
  // Aggregates only: the analyst always; anyone when the figures leave the organisation.
  const suppress = options.aggregatesOnly === true || seesAggregatesOnly(ctx.actor!.role);
  const f = await filterFor(deps, ctx, q, suppress);
  const T = SUPPRESSION_THRESHOLD;
  const names = !suppress;
  // One transaction: the stays are grouped once into a temporary table that every query reads
  // (queries on one connection run one after another; the grouping is what costs).
  const [
    stock,
    entries,
    exits,
    stays,
    moves,
    shares,
    gatekeeping,
    shortTerm,
    afterCare,
    core,
    facts,
    population,
  ] = await withStays(
    deps.db,
    f,
    async (db, within) =>
      [
        await stockBreakdown(db, within),
        await entriesByMonth(db, within),
        await exitsByMonth(db, within),
        await lengthOfStay(db, within),
        await movesPerChild(db, within),
        await stockShares(db, within),
        await gatekeepingOnEntry(db, within),
        await shortTermOutcomes(db, within),
        await afterCareOutcomes(db, within),
        await coreCounts(db, within, CARE_CATEGORIES),
        // Foster families and inquiries belong to no case: counted by the family's office area
        // (an inquiry by the family it became, else its own), in the viewer's scope and country.
        await funnelFacts(db, {
          country: options.country ?? null,
          locationId: within.locationId,
          scope: within.viewer.scope,
          from: within.from,
          to: within.to,
        }),
        await childPopulation(db, within, Number(within.asAt.slice(0, 4))),
      ] as const,
  );
  /** A count as published: exact for roles that see records, protected for aggregates only. */
  const count = (n: number) => (suppress ? protectCount(n, T) : n);
  /** Rows of groups found (months, reasons, settings): protected rows under 5 are left out. */
  const counts = <R extends { n: number }>(rows: R[]) => (suppress ? protectRows(rows, 'n', T, true) : rows);
  /** Rows of a fixed list of measures: every row stays, "<5" as null. */
  const measures = <R extends { n: number }>(rows: R[]) =>
    suppress ? protectRows(rows, 'n', T, false) : rows;
  const share = (numerator: number, denominator: number) =>
    suppress
      ? protectShare(numerator, denominator, T)
      : { numerator, denominator, percent: percent(numerator, denominator) };
  const total = (rows: { n: number }[]) => count(rows.reduce((s, r) => s + r.n, 0));
  const shareIndicator = (
    id: Indicator['id'],
    yes: number,
    all: number,
    drillDown: Indicator['drillDown'],
  ): Indicator => {
    const s = share(yes, all);
    return {
      id,
      unit: 'share',
      columns: ['measure', 'n'],
      // "No" is protected from its own count, never worked out from the published figures.
      rows: [
        { measure: 'yes', n: s.numerator },
        { measure: 'no', n: count(all - yes) },
      ],
      summary: s,
      drillDown: names ? drillDown : null,
    };
  };
  const median = (group: string) => stays.find((s) => s.group === group && s.band === 'median');
  const smallMedian = (group: string) => {
    const m = median(group);
    return !m || (suppress && m.n < T) ? null : m.median;
  };
  const stageTotals = FUNNEL_STAGES.map((stage) => ({
    stage,
    n: facts.filter((x) => x.stage === stage).length,
  }));
  // Rates and ratios from the published counts, so they tell nothing the counts do not.
  const per100k = (n: number) => {
    const c = count(n);
    return population.children && c !== null
      ? Math.round((c * 100_000 * 10) / population.children) / 10
      : null;
  };
  const residential = count(core.residential);
  const familyLike = count(core.familyLike);
  const familyBased = count(core.familyBased);
  const ratio = (a: number | null, b: number | null) =>
    a !== null && b !== null && b > 0 ? Math.round((100 * a) / b) / 100 : null;
  // Children (under 18) apart from young adults (18 or older on the as-at date).
  const childStock = stock.filter((r) => r.ageBand !== '18+');
  const youngAdultStock = stock.filter((r) => r.ageBand === '18+');
  // Children who left residential care for a family, of all who left it (each child once).
  const leftForFamily = share(core.leftResidentialForFamily, core.leftResidential);
  const indicators: Indicator[] = [
    {
      id: 'children_in_care',
      unit: 'children',
      columns: ['setting', 'sex', 'ageBand', 'disability', 'n'],
      rows: counts(childStock),
      summary: { total: total(childStock), youngAdults: total(youngAdultStock) },
      drillDown: names ? 'children_in_care' : null,
    },
    {
      id: 'entries_by_month',
      unit: 'children',
      columns: ['month', 'reason', 'n'],
      rows: counts(entries),
      // Rows and total count stays (a child entering twice counts twice); children, each once.
      summary: { total: total(entries), stays: total(entries), children: count(core.entries) },
      drillDown: null,
    },
    {
      id: 'exits_by_month',
      unit: 'children',
      columns: ['month', 'reason', 'n'],
      rows: counts(exits),
      // Going home, protected from its own count (rows under 5 are left out; issue 17 compares it).
      summary: { total: total(exits), reunified: total(exits.filter((e) => e.reason === 'reunification')) },
      drillDown: null,
    },
    {
      id: 'length_of_stay',
      unit: 'days',
      columns: ['group', 'band', 'n'],
      rows: counts(
        stays.filter((s) => s.band !== 'median').map(({ group, band, n }) => ({ group, band, n })),
      ),
      summary: { medianExited: smallMedian('exited'), medianInCare: smallMedian('in_care') },
      drillDown: null,
    },
    {
      id: 'moves_per_child',
      unit: 'children',
      columns: ['moves', 'n'],
      rows: counts(moves),
      summary: { total: total(moves) },
      drillDown: names ? 'moves' : null,
    },
    shareIndicator('siblings_together', shares.siblingsTogether, shares.withSiblings, 'siblings_apart'),
    shareIndicator('care_plan_current', shares.carePlan, shares.inCare, 'care_plan_missing'),
    {
      ...shareIndicator('gatekeeping_on_entry', gatekeeping.assessed, gatekeeping.entries, null),
      // Children kept out of care by a "family support only" decision, protected from its own count.
      summary: {
        ...share(gatekeeping.assessed, gatekeeping.entries),
        prevented: count(gatekeeping.prevented),
      },
    },
    shareIndicator('reviews_on_time', shares.reviewOnTime, shares.inCare, 'reviews_overdue'),
    shareIndicator('family_contact', shares.familyContact, shares.inCare, 'no_family_contact'),
    {
      id: 'short_term_care',
      unit: 'children',
      columns: ['measure', 'n'],
      rows: measures([
        { measure: 'reunified', n: shortTerm.reunified },
        { measure: 'reunifiedFollowed', n: shortTerm.reunifiedFollowed },
        { measure: 'reEntries', n: shortTerm.reEntries },
      ]),
      summary: { reEntryPercent: share(shortTerm.reEntries, shortTerm.reunifiedFollowed).percent },
      drillDown: null,
    },
    {
      id: 'after_care',
      unit: 'count',
      columns: ['status', 'dimension', 'rating', 'n'],
      rows: counts(afterCare),
      summary: {
        held: total(afterCare.filter((a) => a.status === 'held' && a.dimension === null)),
        missed: total(afterCare.filter((a) => a.status === 'missed')),
      },
      drillDown: null,
    },
    {
      id: 'foster_funnel',
      unit: 'count',
      columns: ['stage', 'n'],
      rows: measures(stageTotals),
      summary: {},
      drillDown: null,
    },
    {
      id: 'core_indicators',
      unit: 'per100k',
      columns: ['measure', 'value'],
      rows: [
        { measure: 'entries_per_100k', value: per100k(core.entries) },
        { measure: 'in_care_per_100k', value: per100k(core.inCare) },
        { measure: 'left_residential_for_family', value: leftForFamily.numerator },
        // Family-like (SOS family) care counted with residential care: the default.
        {
          measure: 'residential_to_family_ratio',
          value: ratio(count(core.residential + core.familyLike), familyBased),
        },
        // The same ratio with family-like care counted as family-based.
        {
          measure: 'residential_to_family_ratio_family_like_as_family',
          value: ratio(residential, count(core.familyBased + core.familyLike)),
        },
      ],
      summary: {
        population: population.children ?? null,
        residential,
        familyLike,
        familyBased,
        // Of the family-based, the children with a foster family (its own count, not the rows').
        foster: total(childStock.filter((r) => r.setting === 'foster')),
        youngAdults: count(core.youngAdults),
        entryStays: count(core.entryStays),
        leftResidential: leftForFamily.denominator,
        leftResidentialForFamilyPercent: leftForFamily.percent,
      },
      drillDown: null,
    },
  ];
  return {
    asAt: f.asAt,
    from: f.from,
    to: f.to,
    locationId: f.locationId,
    programmeId: f.programmeId,
    suppressed: suppress,
    threshold: SUPPRESSION_THRESHOLD,
    rounding: suppress ? T : 1,
    indicators,
  };
}
