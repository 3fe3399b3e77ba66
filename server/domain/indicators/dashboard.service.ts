import { FAMILY_SETTINGS } from '../../../common/cases';
import {
  type Dashboard,
  type DashboardQuery,
  type Indicator,
  SUPPRESSION_THRESHOLD,
} from '../../../common/contracts/indicators';
import { FUNNEL_STAGES } from '../../../common/contracts/recruitment';
import {
  afterCareOutcomes,
  childPopulation,
  coreCounts,
  entriesByMonth,
  exitsByMonth,
  gatekeepingOnEntry,
  type IndicatorFilter,
  lengthOfStay,
  movesPerChild,
  shortTermOutcomes,
  stockBreakdown,
  stockShares,
  withStays,
} from '../../db/repositories/indicators.repository';
import { funnelFacts } from '../../db/repositories/recruitment.repository';
import { requirePermission, today, viewerOf } from '../cases/case-access';
import { addMonths } from '../cases/months';
import { addDays } from '../cases/placement-rules';
import type { Deps, RequestContext } from '../context';
import { ruleViolation } from '../errors';
import { percent, suppressCounts, suppressShare } from './suppression';

/** Residential care for the formal-care indicators: institutions, group homes and short-term care centres. */
export const RESIDENTIAL_SETTINGS = ['residential', 'small_group_home', 'short_term'] as const;

/** The period and date a dashboard is for: as at today and the twelve months up to it unless asked otherwise. */
export function periodOf(q: DashboardQuery, todayIso: string) {
  const asAt = q.asAt ?? todayIso;
  const to = q.to ?? asAt;
  const from = q.from ?? addDays(addMonths(to, -12), 1);
  if (from > to) throw ruleViolation('period_reversed');
  if (asAt > todayIso || from > todayIso) throw ruleViolation('date_in_future');
  return { asAt, from, to: to > todayIso ? todayIso : to };
}

export async function filterFor(
  deps: Deps,
  ctx: RequestContext,
  q: DashboardQuery,
): Promise<IndicatorFilter> {
  const actor = requirePermission(ctx, 'indicators.read');
  return {
    viewer: viewerOf(actor),
    locationId: q.locationId ?? null,
    programmeId: q.programmeId ?? null,
    ...periodOf(q, today(deps.clock)),
  };
}

/** Every indicator of the dashboard for the viewer's scope; small cells hidden for aggregate-only roles. */
export async function dashboard(
  deps: Deps,
  ctx: RequestContext,
  q: DashboardQuery,
  options: { aggregatesOnly?: boolean } = {},
): Promise<Dashboard> {
  const f = await filterFor(deps, ctx, q);
  // Aggregates only: the analyst always; anyone when the figures leave the organisation.
  const suppress = options.aggregatesOnly || ctx.actor!.role === 'analyst';
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
        await coreCounts(db, within, RESIDENTIAL_SETTINGS, FAMILY_SETTINGS),
        await funnelFacts(db, { country: null, from: within.from, to: within.to }),
        await childPopulation(db, within, Number(within.asAt.slice(0, 4))),
      ] as const,
  );
  const counts = <T extends { n: number }>(rows: T[]) =>
    suppress ? suppressCounts(rows, 'n', SUPPRESSION_THRESHOLD) : rows;
  const share = (numerator: number, denominator: number) =>
    suppress
      ? suppressShare(numerator, denominator, SUPPRESSION_THRESHOLD)
      : { numerator, denominator, percent: percent(numerator, denominator) };
  const total = (rows: { n: number }[]) => {
    const sum = rows.reduce((s, r) => s + r.n, 0);
    return suppress && sum > 0 && sum < SUPPRESSION_THRESHOLD ? null : sum;
  };
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
      rows: [
        { measure: 'yes', n: s.numerator },
        {
          measure: 'no',
          n: s.numerator === null || s.denominator === null ? null : s.denominator - s.numerator,
        },
      ],
      summary: s,
      drillDown: names ? drillDown : null,
    };
  };
  const median = (group: string) => stays.find((s) => s.group === group && s.band === 'median');
  const smallMedian = (group: string) => {
    const m = median(group);
    return !m || (suppress && m.n < SUPPRESSION_THRESHOLD) ? null : m.median;
  };
  const hideSmall = (n: number) => (suppress && n > 0 && n < SUPPRESSION_THRESHOLD ? null : n);
  const stageTotals = FUNNEL_STAGES.map((stage) => ({
    stage,
    n: facts.filter((x) => x.stage === stage).length,
  }));
  const per100k = (n: number) =>
    population.children && !(suppress && n > 0 && n < SUPPRESSION_THRESHOLD)
      ? Math.round((n * 100_000 * 10) / population.children) / 10
      : null;
  const indicators: Indicator[] = [
    {
      id: 'children_in_care',
      unit: 'children',
      columns: ['setting', 'sex', 'ageBand', 'disability', 'n'],
      rows: counts(stock),
      summary: { total: total(stock) },
      drillDown: names ? 'children_in_care' : null,
    },
    {
      id: 'entries_by_month',
      unit: 'children',
      columns: ['month', 'reason', 'n'],
      rows: counts(entries),
      summary: { total: total(entries) },
      drillDown: null,
    },
    {
      id: 'exits_by_month',
      unit: 'children',
      columns: ['month', 'reason', 'n'],
      rows: counts(exits),
      summary: { total: total(exits) },
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
    shareIndicator('gatekeeping_on_entry', gatekeeping.assessed, gatekeeping.entries, null),
    shareIndicator('reviews_on_time', shares.reviewOnTime, shares.inCare, 'reviews_overdue'),
    shareIndicator('family_contact', shares.familyContact, shares.inCare, 'no_family_contact'),
    {
      id: 'short_term_care',
      unit: 'children',
      columns: ['measure', 'n'],
      rows: counts([
        { measure: 'reunified', n: shortTerm.reunified },
        { measure: 'entries', n: shortTerm.entries },
        { measure: 'reEntries', n: shortTerm.reEntries },
      ]),
      summary: { reEntryPercent: share(shortTerm.reEntries, shortTerm.entries).percent },
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
      rows: counts(stageTotals),
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
        {
          measure: 'left_residential_for_family',
          value:
            suppress &&
            core.leftResidentialForFamily > 0 &&
            core.leftResidentialForFamily < SUPPRESSION_THRESHOLD
              ? null
              : core.leftResidentialForFamily,
        },
        {
          measure: 'residential_to_family_ratio',
          value:
            core.familyBased > 0 &&
            !(
              suppress &&
              (core.residential < SUPPRESSION_THRESHOLD || core.familyBased < SUPPRESSION_THRESHOLD)
            )
              ? Math.round((100 * core.residential) / core.familyBased) / 100
              : null,
        },
      ],
      summary: {
        population: population.children ?? null,
        residential: hideSmall(core.residential),
        familyBased: hideSmall(core.familyBased),
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
    indicators,
  };
}
