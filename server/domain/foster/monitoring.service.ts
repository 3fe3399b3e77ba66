import type { UnscheduledVisitBody } from '../../../common/contracts/foster-visits';
import { countryRulesSchema } from '../../../common/foster';
import { insertPayment, paymentsOf } from '../../db/repositories/foster-allowances.repository';
import { familyCountry } from '../../db/repositories/foster-families.repository';
import { ruleSetOn } from '../../db/repositories/foster-rule-sets.repository';
import {
  dueVisits,
  findVisit,
  insertUnscheduledVisit,
  recordVisit,
  visitsOfFamily,
} from '../../db/repositories/foster-visits.repository';
import { findPerson } from '../../db/repositories/persons.repository';
import { findPlacement } from '../../db/repositories/placements.repository';
import { requirePermission } from '../access/actor';
import { loadCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addDays } from '../dates';
import { AppError, notFound, ruleViolation } from '../errors';
import { allowanceFor } from './rules';

/** Monitoring visits due within the next two weeks or overdue, for the officer's start page. */
export async function visitsDue(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'foster.read');
  const on = today(deps.clock);
  const visits = await dueVisits(deps.db, addDays(on, 14));
  // A list of children's names is a read of their records.
  await audit(deps.db, ctx, {
    action: 'cases.listed',
    entityType: 'foster_visits_due',
    entityId: null,
    changes: { shown: visits.length },
  });
  return visits.map((v) => ({ ...v, overdue: v.dueOn < on }));
}

export async function familyVisits(deps: Deps, ctx: RequestContext, familyId: string) {
  requirePermission(ctx, 'foster.read');
  const on = today(deps.clock);
  const visits = await visitsOfFamily(deps.db, familyId);
  await audit(deps.db, ctx, {
    action: 'cases.listed',
    entityType: 'foster_family_visits',
    entityId: familyId,
    changes: { shown: visits.length },
  });
  return visits.map((v) => ({ ...v, overdue: v.status === 'due' && v.dueOn < on }));
}

/** A monitoring visit held (with its report and how the child is doing, 1–4) or missed. */
export async function recordMonitoringVisit(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    status: 'held' | 'missed';
    heldOn?: string | null;
    report: string;
    childWellbeing?: number | null;
  },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  const on = today(deps.clock);
  if (body.status === 'held' && (!body.heldOn || !body.report.trim()))
    throw ruleViolation('visit_report_required');
  if (body.heldOn && body.heldOn > on) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const v = await findVisit(tx, id);
    if (!v) throw notFound();
    // The visit is part of the child's record: out of the officer's scope it does not exist.
    await loadCase(tx, ctx, v.caseId);
    const saved = await recordVisit(tx, id, {
      version: body.version,
      status: body.status,
      heldOn: body.status === 'held' ? (body.heldOn ?? null) : null,
      report: body.report,
      childWellbeing: body.status === 'held' ? (body.childWellbeing ?? null) : null,
      by: actor.userId,
    });
    if (!saved) {
      throw await staleOrInvalid(tx, 'foster_visit', id, v.version, body.version);
    }
    await audit(tx, ctx, {
      action: 'foster.visit_recorded',
      entityType: 'foster_visit',
      entityId: id,
      caseId: v.caseId,
      changes: { status: body.status, heldOn: body.heldOn },
    });
    return { ...(await findVisit(tx, id))!, overdue: false };
  });
}

/**
 * A monitoring visit held outside the schedule, recorded as a visit of its own on the day it was
 * held: the scheduled visits stay as they were (before, the only way to record it was on the next
 * scheduled visit, which it then used up). The day falls within the placement and not ahead.
 */
export async function recordUnscheduledVisit(
  deps: Deps,
  ctx: RequestContext,
  placementId: string,
  body: UnscheduledVisitBody,
) {
  const actor = requirePermission(ctx, 'foster.manage');
  if (body.heldOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const p = await findPlacement(tx, placementId);
    if (!p?.fosterFamilyId || p.superseded) throw notFound();
    // The visit is part of the child's record: out of the officer's scope it does not exist.
    await loadCase(tx, ctx, p.caseId);
    if (body.heldOn < p.startDate || (p.endDate !== null && body.heldOn > p.endDate))
      throw ruleViolation('visit_outside_placement');
    const id = await insertUnscheduledVisit(tx, {
      placementId,
      familyId: p.fosterFamilyId,
      caseId: p.caseId,
      heldOn: body.heldOn,
      report: body.report,
      childWellbeing: body.childWellbeing ?? null,
      by: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'foster.visit_recorded',
      entityType: 'foster_visit',
      entityId: id,
      caseId: p.caseId,
      changes: { status: 'held', heldOn: body.heldOn, unscheduled: true },
    });
    return { ...(await findVisit(tx, id))!, overdue: false };
  });
}

const monthsBetween = (from: string, to: string) => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};

/**
 * The allowance ledger of a foster placement: for each month, what the rate table in force that
 * month says is owed for this child (monthly, disability, clothing, school) and what was paid.
 */
export async function allowanceLedger(
  deps: Deps,
  ctx: RequestContext,
  placementId: string,
  range: { from?: string; to?: string },
) {
  requirePermission(ctx, 'foster.read');
  const p = await findPlacement(deps.db, placementId);
  if (!p?.fosterFamilyId) throw notFound();
  await loadCase(deps.db, ctx, p.caseId);
  const country = (await familyCountry(deps.db, p.fosterFamilyId))!;
  const child = (await findPerson(deps.db, p.childId))!;
  const placedMonth = p.startDate.slice(0, 7);
  // Months compare as text (YYYY-MM): the ledger starts no earlier than the placement.
  const first = [range.from ?? placedMonth, placedMonth].sort().at(-1)!;
  const last = range.to ?? (p.endDate ?? today(deps.clock)).slice(0, 7);
  const paid = await paymentsOf(deps.db, placementId);
  const months = [];
  for (const month of monthsBetween(first, last)) {
    const set = await ruleSetOn(deps.db, country, `${month}-01`);
    if (!set) continue;
    const rules = countryRulesSchema.parse(set.rules);
    const owed = allowanceFor(rules.allowances, month, { disability: child.disability });
    months.push({
      month,
      currency: rules.allowances.currency,
      lines: owed.map((l) => ({
        ...l,
        paid: paid.find((x) => x.month === month && x.kind === l.kind)?.amount ?? null,
      })),
    });
  }
  return { placementId, months };
}

export async function recordPayment(
  deps: Deps,
  ctx: RequestContext,
  placementId: string,
  body: {
    month: string;
    kind: 'monthly' | 'disability' | 'clothing' | 'school';
    amount: number;
    paidOn: string;
  },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  if (body.paidOn > today(deps.clock)) throw ruleViolation('date_in_future');
  const ledger = await allowanceLedger(deps, ctx, placementId, { from: body.month, to: body.month });
  const line = ledger.months[0]?.lines.find((l) => l.kind === body.kind);
  if (!line) throw ruleViolation('payment_not_owed');
  return deps.db.transaction(async (tx) => {
    const saved = await insertPayment(tx, {
      placementId,
      month: body.month,
      kind: body.kind,
      amount: body.amount,
      currency: ledger.months[0]!.currency,
      paidOn: body.paidOn,
      by: actor.userId,
    });
    if (!saved) throw new AppError('invalid_state');
    await audit(tx, ctx, {
      action: 'foster.payment_recorded',
      entityType: 'placement',
      entityId: placementId,
      changes: body,
    });
    return { ok: true };
  });
}
