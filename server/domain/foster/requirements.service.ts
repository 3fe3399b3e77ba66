import type { RequirementsBatch } from '../../../common/contracts/foster-requirements';
import type { Queryable } from '../../db/client';
import { findFamily } from '../../db/repositories/foster-families.repository';
import { requirementsOf, updateRequirement } from '../../db/repositories/foster-requirements.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import { addMonths } from '../dates';
import { AppError, notFound, ruleViolation } from '../errors';
import { rulesFor } from './eligibility';
import { familyDetail } from './families.service';

type Status = 'incomplete' | 'complete' | 'waived';

/** The state asked for, checked before anything is read: a waiver needs its reason, no date is ahead. */
export function requirementState(
  body: { status: Status; completedOn?: string | null; waivedReason?: string | null },
  on: string,
) {
  if (body.status === 'waived' && !body.waivedReason?.trim()) throw ruleViolation('waiver_reason');
  const completedOn = body.status === 'complete' ? (body.completedOn ?? on) : null;
  if (completedOn && completedOn > on) throw ruleViolation('date_in_future');
  return {
    status: body.status,
    completedOn,
    waivedReason: body.status === 'waived' ? (body.waivedReason ?? null) : null,
  };
}

/**
 * One requirement saved with the version the user read, and its audit row in the same
 * transaction; the expiry follows from the country's rules. A version moved on is a 409 that
 * names who changed the family's file, and the caller's transaction rolls everything back.
 */
export async function saveRequirement(
  tx: Queryable,
  ctx: RequestContext,
  r: { id: string; familyId: string; code: string; version: number; currentVersion: number },
  change: ReturnType<typeof requirementState> & {
    hours: number | null;
    note: string;
    validMonths: number | null;
  },
  userId: string,
) {
  const saved = await updateRequirement(tx, r.id, {
    version: r.version,
    status: change.status,
    completedOn: change.completedOn,
    expiresOn:
      change.completedOn && change.validMonths ? addMonths(change.completedOn, change.validMonths) : null,
    hours: change.hours,
    waivedReason: change.waivedReason,
    waivedBy: change.status === 'waived' ? userId : null,
    note: change.note,
  });
  if (!saved) throw await versionConflict(tx, 'foster_family', r.familyId, r.currentVersion);
  await audit(tx, ctx, {
    action: 'foster.requirement_changed',
    entityType: 'foster_family',
    entityId: r.familyId,
    changes: {
      requirement: r.id,
      code: r.code,
      status: change.status,
      completedOn: change.completedOn ?? undefined,
      waivedReason: change.waivedReason ?? undefined,
    },
  });
}

/**
 * Several requirements of one family marked in one save: each must be the family's own (another
 * family's is not found here), each is saved with the version read and audited, all in one
 * transaction, so a conflict or a refusal leaves every one of them as it was.
 */
export async function changeRequirements(
  deps: Deps,
  ctx: RequestContext,
  familyId: string,
  body: RequirementsBatch,
) {
  const actor = requirePermission(ctx, 'foster.manage');
  const on = today(deps.clock);
  const state = requirementState(body, on);
  await deps.db.transaction(async (tx) => {
    const family = await findFamily(tx, familyId);
    if (!family) throw notFound();
    const own = new Map((await requirementsOf(tx, familyId)).map((r) => [r.id, r]));
    const foreign = body.requirements.findIndex((x) => !own.has(x.id));
    if (foreign >= 0) throw new AppError('not_found', {}, { field: `requirements.${foreign}.id` });
    const rules = await rulesFor(tx, family.country, on);
    for (const chosen of body.requirements) {
      const r = own.get(chosen.id)!;
      const validMonths = rules.requirements.find((x) => x.code === r.code)?.validMonths ?? null;
      await saveRequirement(
        tx,
        ctx,
        { id: r.id, familyId, code: r.code, version: chosen.version, currentVersion: r.version },
        { ...state, hours: r.hours, note: r.note, validMonths },
        actor.userId,
      );
    }
  });
  // Read after the commit: PGlite has one connection, held by the transaction until it ends.
  return familyDetail(deps, ctx, familyId);
}
