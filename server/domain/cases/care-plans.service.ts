import type { CarePlanBody } from '../../../common/contracts/cases';
import type { Queryable } from '../../db/client';
import {
  carePlansOfCase,
  findCarePlan,
  insertCarePlan,
  reviseActivePlans,
  setCarePlanStatus,
  updateCarePlanDraft,
} from '../../db/repositories/care-plans.repository';
import { refreshNextReview } from '../../db/repositories/cases.repository';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { checkReview } from './approval';
import { loadOpenCase, readCase, requirePermission } from './case-access';
import { staleOrInvalid } from './conflict';

const strip = <T extends { createdBy?: unknown }>({ createdBy: _c, ...rest }: T) => rest;

export async function carePlansOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'care_plans');
  return (await carePlansOfCase(deps.db, c.id)).map(strip);
}

/** A new version of the care plan, as a draft (the one in force stays in force until this is approved). */
export async function draftCarePlan(deps: Deps, ctx: RequestContext, caseId: string, body: CarePlanBody) {
  const actor = requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    if ((await carePlansOfCase(tx, c.id)).some((p) => p.status === 'draft' || p.status === 'submitted')) {
      throw new AppError('invalid_state');
    }
    const id = await insertCarePlan(tx, c.id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'care_plan.drafted',
      entityType: 'care_plan',
      entityId: id,
      caseId: c.id,
    });
    return strip((await findCarePlan(tx, id))!);
  });
}

export async function editCarePlan(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: CarePlanBody & { version: number },
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, ctx, id);
    const { version, ...fields } = body;
    if (!(await updateCarePlanDraft(tx, id, version, fields))) {
      throw await staleOrInvalid(tx, 'care_plan', id, plan.version, version);
    }
    await audit(tx, ctx, {
      action: 'care_plan.updated',
      entityType: 'care_plan',
      entityId: id,
      caseId: plan.caseId,
    });
    return strip((await findCarePlan(tx, id))!);
  });
}

/** Sent for approval: a permanency goal, at least one goal and the child's own views are needed. */
export async function submitCarePlan(deps: Deps, ctx: RequestContext, id: string, version: number) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, ctx, id);
    if (!plan.permanencyGoal || plan.goals.length === 0 || !plan.childViews.trim())
      throw ruleViolation('care_plan_incomplete');
    if (!(await setCarePlanStatus(tx, id, version, { from: ['draft'], to: 'submitted' }))) {
      throw await staleOrInvalid(tx, 'care_plan', id, plan.version, version);
    }
    await audit(tx, ctx, {
      action: 'care_plan.submitted',
      entityType: 'care_plan',
      entityId: id,
      caseId: plan.caseId,
    });
    return strip((await findCarePlan(tx, id))!);
  });
}

/** A supervisor approves (the plan comes into force, the previous one is revised) or returns it to draft. */
export async function reviewCarePlan(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; outcome: 'approve' | 'return'; comment: string },
) {
  const actor = requirePermission(ctx, 'cases.approve');
  return deps.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, ctx, id);
    checkReview(actor.userId, plan.createdBy, body);
    const change =
      body.outcome === 'approve'
        ? { from: ['submitted'], to: 'active', approvedBy: actor.userId, comment: body.comment }
        : { from: ['submitted'], to: 'draft', comment: body.comment };
    if (!(await setCarePlanStatus(tx, id, body.version, change))) {
      throw await staleOrInvalid(tx, 'care_plan', id, plan.version, body.version);
    }
    if (body.outcome === 'approve') await reviseActivePlans(tx, plan.caseId, id);
    await refreshNextReview(tx, plan.caseId);
    const action = body.outcome === 'approve' ? 'care_plan.approved' : 'care_plan.returned';
    await audit(tx, ctx, {
      action,
      entityType: 'care_plan',
      entityId: id,
      caseId: plan.caseId,
      changes: { comment: body.comment },
    });
    return strip((await findCarePlan(tx, id))!);
  });
}

async function loadPlan(tx: Queryable, ctx: RequestContext, id: string) {
  const plan = await findCarePlan(tx, id);
  if (!plan) throw notFound();
  await loadOpenCase(tx, ctx, plan.caseId);
  return plan;
}
