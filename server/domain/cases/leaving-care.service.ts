import type { LeavingCarePlanBody } from '../../../common/contracts/leaving-care';
import { refreshNextReview, updateCase } from '../../db/repositories/cases.repository';
import {
  aftercareMonths,
  completeLeavingCarePlan,
  findFollowUp,
  findLeavingCarePlan,
  followUpsOfCase,
  insertLeavingCarePlan,
  leavingCarePlansOfCase,
  recordFollowUp,
  scheduleFollowUps,
  updateLeavingCarePlan,
} from '../../db/repositories/leaving-care.repository';
import { findPerson } from '../../db/repositories/persons.repository';
import { activePlacementOfChild, endPlacementRecord } from '../../db/repositories/placements.repository';
import { requirePermission } from '../access/actor';
import { loadCase, loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths, ageInYears } from '../dates';
import { AppError, notFound, ruleViolation } from '../errors';

/** Leaving care is prepared early: a plan may start from the young person's 14th birthday. */
export const LEAVING_CARE_MIN_AGE = 14;

const strip = <T extends { caseId: string }>({ caseId: _c, ...rest }: T) => rest;

export async function leavingCarePlansOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'leaving_care');
  return (await leavingCarePlansOfCase(deps.db, c.id)).map(strip);
}

export async function startLeavingCarePlan(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: LeavingCarePlanBody,
) {
  const actor = requirePermission(ctx, 'cases.write');
  if (body.startedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const child = (await findPerson(tx, c.childId))!;
    if (!child.birthDate || ageInYears(child.birthDate, body.startedOn) < LEAVING_CARE_MIN_AGE) {
      throw ruleViolation('leaving_care_too_young', { age: LEAVING_CARE_MIN_AGE });
    }
    if ((await leavingCarePlansOfCase(tx, c.id)).some((p) => p.status === 'active'))
      throw new AppError('invalid_state');
    const id = await insertLeavingCarePlan(tx, c.id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'leaving_care.started',
      entityType: 'leaving_care_plan',
      entityId: id,
      caseId: c.id,
    });
    return strip((await findLeavingCarePlan(tx, id))!);
  });
}

export async function editLeavingCarePlan(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: LeavingCarePlanBody & { version: number },
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const plan = await findLeavingCarePlan(tx, id);
    if (!plan) throw notFound();
    await loadOpenCase(tx, ctx, plan.caseId);
    const { version, ...fields } = body;
    if (!(await updateLeavingCarePlan(tx, id, version, fields))) {
      throw await staleOrInvalid(tx, 'leaving_care_plan', id, plan.version, version);
    }
    await audit(tx, ctx, {
      action: 'leaving_care.updated',
      entityType: 'leaving_care_plan',
      entityId: id,
      caseId: plan.caseId,
    });
    return strip((await findLeavingCarePlan(tx, id))!);
  });
}

/**
 * The young person leaves care (planned or not): the placement ends, the plan is completed,
 * the case moves to after-care and follow-ups are scheduled at the programme's intervals.
 */
export async function recordLeavingCare(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; leftOn: string; planned: boolean },
) {
  requirePermission(ctx, 'cases.write');
  if (body.leftOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const plan = await findLeavingCarePlan(tx, id);
    if (!plan) throw notFound();
    const c = await loadOpenCase(tx, ctx, plan.caseId);
    if (body.leftOn < plan.startedOn) throw ruleViolation('end_before_start');
    if (!(await completeLeavingCarePlan(tx, id, body.version, body.leftOn, body.planned))) {
      throw await staleOrInvalid(tx, 'leaving_care_plan', id, plan.version, body.version);
    }
    const placement = await activePlacementOfChild(tx, c.childId);
    if (placement) {
      if (body.leftOn < placement.startDate) throw ruleViolation('end_before_start');
      const endReason = body.planned ? 'independent_living' : 'aged_out_without_plan';
      await endPlacementRecord(tx, placement.id, placement.version, {
        endDate: body.leftOn,
        endReason,
        endReasonGroup: body.planned ? 'permanency' : 'other',
      });
    }
    await updateCase(tx, c.id, null, { status: 'after_care' });
    await refreshNextReview(tx, c.id);
    const months = await aftercareMonths(tx, c.programmeId);
    await scheduleFollowUps(
      tx,
      c.id,
      'after_care',
      months.map((m) => addMonths(body.leftOn, m)),
    );
    await audit(tx, ctx, {
      action: 'leaving_care.left',
      entityType: 'leaving_care_plan',
      entityId: id,
      caseId: c.id,
      changes: body,
    });
    return strip((await findLeavingCarePlan(tx, id))!);
  });
}

export async function followUpsOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'follow_ups');
  return (await followUpsOfCase(deps.db, c.id)).map(strip);
}

/** A follow-up visit held (rated on the eight well-being dimensions) or missed. */
export async function recordFollowUpVisit(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    status: 'held' | 'missed';
    heldOn?: string | null;
    ratings: Record<string, number>;
    notes: string;
  },
) {
  const actor = requirePermission(ctx, 'cases.write');
  if (body.status === 'held' && !body.heldOn) throw ruleViolation('held_on_required');
  if (body.heldOn && body.heldOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const f = await findFollowUp(tx, id);
    if (!f) throw notFound();
    await loadCase(tx, ctx, f.caseId);
    if (
      !(await recordFollowUp(tx, id, body.version, {
        ...body,
        heldOn: body.heldOn ?? null,
        by: actor.userId,
      }))
    ) {
      throw await staleOrInvalid(tx, 'follow_up', id, f.version, body.version);
    }
    await audit(tx, ctx, {
      action: 'follow_up.recorded',
      entityType: 'follow_up',
      entityId: id,
      caseId: f.caseId,
      changes: { status: body.status, ratings: body.ratings },
    });
    return strip((await findFollowUp(tx, id))!);
  });
}
