import type { CarePlanBody } from '../../../common/contracts/cases';
import {
  carePlansOfCase,
  findCarePlan,
  insertCarePlan,
  reviseActivePlans,
  setCarePlanStatus,
  updateCarePlanDraft,
} from '../../db/repositories/care-plans.repository';
import { refreshNextReview } from '../../db/repositories/cases.repository';
import { requirePermission } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import {
  type Approvable,
  loadForApproval,
  type ReviewBody,
  reviewForApproval,
  submitForApproval,
} from './approval';

const strip = <T extends { createdBy?: unknown }>({ createdBy: _c, ...rest }: T) => rest;

type CarePlan = NonNullable<Awaited<ReturnType<typeof findCarePlan>>>;

/** How a care plan goes through approval; approving it puts it in force in place of the last. */
const carePlan: Approvable<CarePlan, ReturnType<typeof strip<CarePlan>>> = {
  entityType: 'care_plan',
  find: findCarePlan,
  incomplete: (plan) =>
    !plan.permanencyGoal || plan.goals.length === 0 || !plan.childViews.trim()
      ? 'care_plan_incomplete'
      : null,
  author: (plan) => plan.createdBy,
  markSubmitted: (tx, id, version) =>
    setCarePlanStatus(tx, id, version, { from: ['draft'], to: 'submitted' }),
  markReviewed: (tx, id, body, by) =>
    setCarePlanStatus(
      tx,
      id,
      body.version,
      body.outcome === 'approve'
        ? { from: ['submitted'], to: 'active', approvedBy: by, comment: body.comment }
        : { from: ['submitted'], to: 'draft', comment: body.comment },
    ),
  afterReview: async (tx, plan, outcome) => {
    if (outcome === 'approve') await reviseActivePlans(tx, plan.caseId, plan.id);
    await refreshNextReview(tx, plan.caseId);
  },
  present: strip,
};

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
    const plan = await loadForApproval(tx, ctx, carePlan, id);
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
  return submitForApproval(deps, ctx, carePlan, id, version);
}

/** A supervisor approves (the plan comes into force, the previous one is revised) or returns it to draft. */
export async function reviewCarePlan(deps: Deps, ctx: RequestContext, id: string, body: ReviewBody) {
  return reviewForApproval(deps, ctx, carePlan, id, body);
}
