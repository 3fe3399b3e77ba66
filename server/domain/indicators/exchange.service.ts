import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeDocument,
  exchangeDocumentSchema,
} from '../../../common/contracts/indicator-exchange';
import {
  countriesInScope,
  insertSharedSet,
  listSharedSets,
  sharedSet,
} from '../../db/repositories/indicator-exchange.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { notFound, ruleViolation } from '../errors';
import { dashboard, protectedPeriod } from './dashboard.service';
import { isSmall } from './suppression';

/**
 * The year's indicators as a document another country's Yuva can import: the dashboard for
 * the reader's scope protected as for the analyst (decision 0019: every count rounded down
 * to a multiple of 5, under 5 withheld) and no drill-down, whatever their role. The current
 * year runs to the end of the last whole month, so two days' documents never differ by a child.
 */
export async function indicatorSet(deps: Deps, ctx: RequestContext, year: number): Promise<ExchangeDocument> {
  requirePermission(ctx, 'indicators.share');
  const { from, to } = protectedPeriod({ to: `${year}-12-31` }, today(deps.clock));
  const countries = await countriesInScope(deps.db, ctx.actor!.scope);
  if (countries.length !== 1) throw ruleViolation('exchange_one_country', { count: countries.length });
  // Figures that are not a child's (the foster funnel) are for the exporting country only.
  const d = await dashboard(
    deps,
    ctx,
    { asAt: to, from, to },
    { aggregatesOnly: true, country: countries[0]! },
  );
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    country: countries[0]!,
    organisation: 'Yuva',
    generatedAt: deps.clock.now().toISOString(),
    period: { from: d.from, to: d.to, asAt: d.asAt },
    threshold: d.threshold,
    rounding: d.rounding,
    indicators: d.indicators.map((i) => ({ ...i, drillDown: null })),
  };
}

export async function exportIndicatorSet(deps: Deps, ctx: RequestContext, year: number) {
  const doc = await indicatorSet(deps, ctx, year);
  await audit(deps.db, ctx, {
    action: 'indicator.exchange_exported',
    entityType: 'indicator',
    entityId: String(year),
    changes: { country: doc.country, period: doc.period },
  });
  return doc;
}

/** Whether any count in the document is a small cell that should have been withheld. */
export function hasSmallCells(doc: ExchangeDocument): boolean {
  const counted = new Set([
    'n',
    'numerator',
    'denominator',
    'total',
    'held',
    'missed',
    'leftResidential',
    'youngAdults',
    'stays',
    'children',
    'entryStays',
    'residential',
    'familyLike',
    'familyBased',
    'foster',
    'reunified',
    'prevented',
  ]);
  return doc.indicators.some(
    (i) =>
      (i.unit !== 'days' &&
        i.rows.some((r) =>
          Object.entries(r).some(([k, v]) => counted.has(k) && isSmall(v as number, doc.threshold)),
        )) ||
      Object.entries(i.summary).some(([k, v]) => counted.has(k) && isSmall(v, doc.threshold)),
  );
}

/** Keeps another country's aggregate set, refusing any that still holds small cells. */
export async function importIndicatorSet(deps: Deps, ctx: RequestContext, doc: ExchangeDocument) {
  const actor = requirePermission(ctx, 'indicators.share');
  if (hasSmallCells(doc)) throw ruleViolation('exchange_not_suppressed', { threshold: doc.threshold });
  const id = await deps.db.transaction(async (tx) => {
    const id = await insertSharedSet(tx, {
      country: doc.country,
      organisation: doc.organisation,
      from: doc.period.from,
      to: doc.period.to,
      document: doc,
      userId: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'indicator.exchange_imported',
      entityType: 'indicator_set',
      entityId: id,
      changes: { country: doc.country, period: doc.period },
    });
    return id;
  });
  return (await listSharedSets(deps.db)).find((s) => s.id === id)!;
}

export function importedSets(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'indicators.share');
  return listSharedSets(deps.db);
}

/** Our figures for the year beside an imported country's, both aggregates only. */
export async function compareWith(deps: Deps, ctx: RequestContext, id: string, year: number) {
  requirePermission(ctx, 'indicators.share');
  const stored = await sharedSet(deps.db, id);
  if (!stored) throw notFound();
  return { ours: await indicatorSet(deps, ctx, year), theirs: exchangeDocumentSchema.parse(stored) };
}
