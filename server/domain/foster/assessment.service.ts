import { findFamily } from '../../db/repositories/foster-families.repository';
import { setFamilyStatus } from '../../db/repositories/foster-family-status.repository';
import { homeStudiesOf, insertHomeStudy } from '../../db/repositories/foster-home-studies.repository';
import { findRequirement, requirementsOf } from '../../db/repositories/foster-requirements.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import { notFound, ruleViolation } from '../errors';
import { rulesFor } from './eligibility';
import { familyDetail } from './families.service';
import { requirementState, saveRequirement } from './requirements.service';

// The assessment: the family moves through its steps, completes its requirements, is visited at home.

/** The assessment moves on: home study, training, ready for the decision (a step may be skipped, never undone). */
export async function changeFamilyStatus(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; status: 'home_study' | 'training' | 'ready_for_review' },
) {
  requirePermission(ctx, 'foster.manage');
  const order = ['applying', 'home_study', 'training', 'ready_for_review'];
  const from = order.slice(0, order.indexOf(body.status));
  await deps.db.transaction(async (tx) => {
    const f = await findFamily(tx, id);
    if (!f) throw notFound();
    if (!(await setFamilyStatus(tx, id, body.version, body.status, from))) {
      throw await staleOrInvalid(tx, 'foster_family', id, f.version, body.version);
    }
    await audit(tx, ctx, {
      action: 'foster.status_changed',
      entityType: 'foster_family',
      entityId: id,
      changes: { status: { from: f.status, to: body.status } },
    });
  });
  // Read after the commit: PGlite has one connection, held by the transaction until it ends.
  return familyDetail(deps, ctx, id);
}

/** A requirement is complete (with its date, and expiry from the country's rules), incomplete, or waived with a reason. */
export async function changeRequirement(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    status: 'incomplete' | 'complete' | 'waived';
    completedOn?: string | null;
    hours?: number | null;
    waivedReason?: string | null;
    note: string;
  },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  const on = today(deps.clock);
  const state = requirementState(body, on);
  return deps.db.transaction(async (tx) => {
    const r = await findRequirement(tx, id);
    if (!r) throw notFound();
    const f = (await findFamily(tx, r.familyId))!;
    const rules = await rulesFor(tx, f.country, on);
    const validMonths = rules.requirements.find((x) => x.code === r.code)?.validMonths ?? null;
    await saveRequirement(
      tx,
      ctx,
      { ...r, currentVersion: r.version, version: body.version },
      { ...state, hours: body.hours ?? null, note: body.note, validMonths },
      actor.userId,
    );
    return (await requirementsOf(tx, r.familyId)).find((x) => x.id === id)!;
  });
}

export async function addHomeStudy(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { visitedOn: string; findings: string; recommendation: string },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  if (body.visitedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    if (!(await findFamily(tx, id))) throw notFound();
    const reportId = await insertHomeStudy(tx, id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'foster.home_study',
      entityType: 'foster_family',
      entityId: id,
      changes: { visitedOn: body.visitedOn, recommendation: body.recommendation },
    });
    return (await homeStudiesOf(tx, id)).find((h) => h.id === reportId)!;
  });
}
