import type { GoalBody, PlanBody, PlanReviewBody } from '../../../common/contracts/strengthening';
import { type GoalStatus, REVIEW_DUE_SOON_DAYS } from '../../../common/strengthening';
import type { Queryable } from '../../db/client';
import { findHouseholdEnrolment } from '../../db/repositories/strengthening-enrolments.repository';
import {
  findGoal,
  goalsOfPlans,
  insertGoal,
  nextGoalPosition,
  setGoalStatus,
  updateGoal,
} from '../../db/repositories/strengthening-goals.repository';
import {
  insertPlanReview,
  plansDue,
  replaceReviewTask,
} from '../../db/repositories/strengthening-plan-reviews.repository';
import {
  activePlanOf,
  findPlan,
  insertPlan,
  setNextReview,
} from '../../db/repositories/strengthening-plans.repository';
import {
  findStrengtheningProgramme,
  listStrengtheningProgrammes,
  setPlanReviewMonths,
} from '../../db/repositories/strengthening-programmes.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { programmeInScope } from '../access/scope';
import { audit, diff } from '../audit/audit';
import { staleOrInvalid, versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths } from '../dates';
import { notFound, ruleViolation } from '../errors';
import { loadForChange } from './access';
import { planViews } from './households.service';
import { reviewGoalsProblem, reviewOverdue } from './rules';

async function planView(q: Queryable, householdId: string, planId: string, on: string) {
  return (await planViews(q, householdId, on)).find((p) => p.id === planId)!;
}

/** The enrolment and its household, for a change to its plan. */
async function enrolmentForChange(tx: Queryable, ctx: RequestContext, deps: Deps, enrolmentId: string) {
  requirePermission(ctx, 'strengthening.write');
  const e = await findHouseholdEnrolment(tx, enrolmentId);
  if (!e) throw notFound();
  const h = await loadForChange(tx, ctx, deps.clock, e.householdId);
  const programme = (await findStrengtheningProgramme(tx, e.programmeId))!;
  return { e, h, programme };
}

/** The plan (active), its enrolment and household, for a change. */
async function planForChange(tx: Queryable, ctx: RequestContext, deps: Deps, planId: string) {
  requirePermission(ctx, 'strengthening.write');
  const plan = await findPlan(tx, planId);
  if (!plan) throw notFound();
  const found = await enrolmentForChange(tx, ctx, deps, plan.enrolmentId);
  return { plan, ...found };
}

/**
 * The family development plan of an enrolled family: goals by domain (what, how, who, by when).
 * Its first review falls due after the programme's review interval unless a date is given; the
 * family's worker gets a task for it.
 */
export async function startPlan(deps: Deps, ctx: RequestContext, enrolmentId: string, body: PlanBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  const on = today(deps.clock);
  if (body.startedOn > on) throw ruleViolation('date_in_future');
  if (body.nextReviewOn && body.nextReviewOn <= body.startedOn)
    throw ruleViolation('next_review_after_start');
  return deps.db.transaction(async (tx) => {
    const { e, h, programme } = await enrolmentForChange(tx, ctx, deps, enrolmentId);
    if (e.status !== 'enrolled') throw ruleViolation('plan_needs_enrolment');
    if (await activePlanOf(tx, e.id)) throw ruleViolation('plan_exists');
    const nextReviewOn = body.nextReviewOn ?? addMonths(body.startedOn, programme.planReviewMonths);
    const planId = await insertPlan(tx, {
      householdId: h.id,
      enrolmentId: e.id,
      startedOn: body.startedOn,
      nextReviewOn,
      createdBy: actor.userId,
    });
    for (const [position, goal] of body.goals.entries()) await insertGoal(tx, planId, goal, position);
    await replaceReviewTask(tx, {
      householdId: h.id,
      enrolmentId: e.id,
      dueOn: nextReviewOn,
      assignedTo: e.workerId ?? h.workerId,
    });
    await audit(tx, ctx, {
      action: 'development_plan.started',
      entityType: 'development_plan',
      entityId: planId,
      changes: { householdId: h.id, startedOn: body.startedOn, goals: body.goals.length, nextReviewOn },
    });
    return planView(tx, h.id, planId, on);
  });
}

export async function addGoal(deps: Deps, ctx: RequestContext, planId: string, body: GoalBody) {
  const on = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const { plan, h } = await planForChange(tx, ctx, deps, planId);
    if (plan.status !== 'active') throw ruleViolation('plan_closed');
    const goalId = await insertGoal(tx, plan.id, body, await nextGoalPosition(tx, plan.id));
    await audit(tx, ctx, {
      action: 'plan_goal.added',
      entityType: 'plan_goal',
      entityId: goalId,
      changes: { householdId: h.id, planId: plan.id, domain: body.domain, goal: body.goal },
    });
    return planView(tx, h.id, plan.id, on);
  });
}

export async function changeGoal(
  deps: Deps,
  ctx: RequestContext,
  goalId: string,
  body: GoalBody & { version: number; status: GoalStatus },
) {
  const on = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    requirePermission(ctx, 'strengthening.write');
    const goal = await findGoal(tx, goalId);
    if (!goal) throw notFound();
    const { plan, h } = await planForChange(tx, ctx, deps, goal.planId);
    if (plan.status !== 'active') throw ruleViolation('plan_closed');
    const { version, ...changes } = body;
    if (!(await updateGoal(tx, goalId, version, changes)))
      throw await versionConflict(tx, 'plan_goal', goalId, goal.version);
    await audit(tx, ctx, {
      action: 'plan_goal.changed',
      entityType: 'plan_goal',
      entityId: goalId,
      changes: { householdId: h.id, ...diff(goal, { ...changes, targetOn: changes.targetOn ?? null }) },
    });
    return planView(tx, h.id, plan.id, on);
  });
}

/**
 * A review of the plan: who took part, progress on every goal still open (which sets each goal's
 * status), and when the next review falls due — by default the programme's interval later.
 */
export async function reviewPlan(deps: Deps, ctx: RequestContext, planId: string, body: PlanReviewBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  const on = today(deps.clock);
  if (body.heldOn > on) throw ruleViolation('date_in_future');
  if (body.nextReviewOn && body.nextReviewOn <= body.heldOn) throw ruleViolation('next_review_after_review');
  return deps.db.transaction(async (tx) => {
    const { plan, e, h, programme } = await planForChange(tx, ctx, deps, planId);
    if (body.heldOn < plan.startedOn) throw ruleViolation('review_before_plan');
    const goals = await goalsOfPlans(tx, [plan.id]);
    const { unknown, missing } = reviewGoalsProblem(
      goals,
      body.goals.map((g) => g.goalId),
    );
    if (unknown.length) throw ruleViolation('review_goal_unknown');
    if (missing.length) throw ruleViolation('review_goals_missing', { count: missing.length });
    const nextReviewOn = body.nextReviewOn ?? addMonths(body.heldOn, programme.planReviewMonths);
    if (!(await setNextReview(tx, plan.id, body.version, nextReviewOn)))
      throw await staleOrInvalid(tx, 'development_plan', plan.id, plan.version, body.version);
    const reviewId = await insertPlanReview(tx, {
      planId: plan.id,
      heldOn: body.heldOn,
      participants: body.participants,
      summary: body.summary,
      nextReviewOn,
      createdBy: actor.userId,
      goals: body.goals.map((g) => ({ goalId: g.goalId, status: g.status, progress: g.progress })),
    });
    for (const g of body.goals) await setGoalStatus(tx, g.goalId, g.status);
    await replaceReviewTask(tx, {
      householdId: h.id,
      enrolmentId: e.id,
      dueOn: nextReviewOn,
      assignedTo: e.workerId ?? h.workerId,
    });
    await audit(tx, ctx, {
      action: 'development_plan.reviewed',
      entityType: 'development_plan',
      entityId: plan.id,
      changes: {
        householdId: h.id,
        reviewId,
        heldOn: body.heldOn,
        nextReviewOn: { from: plan.nextReviewOn, to: nextReviewOn },
        goals: Object.fromEntries(body.goals.map((g) => [g.goalId, g.status])),
      },
    });
    return planView(tx, h.id, plan.id, on);
  });
}

/** Plan reviews overdue or due within a month, in the families the user works with. */
export async function reviewsDue(deps: Deps, ctx: RequestContext) {
  const actor = requirePermission(ctx, 'strengthening.read');
  const on = today(deps.clock);
  const rows = await plansDue(deps.db, viewerOf(actor), on, REVIEW_DUE_SOON_DAYS);
  await audit(deps.db, ctx, {
    action: 'households.listed',
    entityType: 'plan_reviews_due',
    entityId: null,
    changes: { shown: rows.length },
  });
  return rows.map((r) => ({ ...r, overdue: reviewOverdue(r.nextReviewOn, on) }));
}

/** The family strengthening programmes the user works in, with their review interval and figures. */
export async function strengtheningProgrammes(deps: Deps, ctx: RequestContext) {
  const actor = requirePermission(ctx, 'strengthening.read');
  return listStrengtheningProgrammes(deps.db, actor.scope, today(deps.clock));
}

/** An administrator sets how often the programme's development plans are reviewed (from the next plan or review on). */
export async function changeStrengtheningSettings(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; planReviewMonths: number },
) {
  const actor = requirePermission(ctx, 'organisation.manage');
  const on = today(deps.clock);
  await deps.db.transaction(async (tx) => {
    const before = await findStrengtheningProgramme(tx, id);
    // Out of the administrator's scope it answers like a programme that does not exist.
    if (!before || !programmeInScope(actor.scope, { id, locationId: before.locationId })) throw notFound();
    if (!(await setPlanReviewMonths(tx, id, body.version, body.planReviewMonths)))
      throw await versionConflict(tx, 'programme', id, before.version);
    await audit(tx, ctx, {
      action: 'programme.settings_changed',
      entityType: 'programme',
      entityId: id,
      changes: diff(before, { planReviewMonths: body.planReviewMonths }),
    });
  });
  const everything = { all: true, locationIds: [], programmeIds: [] };
  return (await listStrengtheningProgrammes(deps.db, everything, on)).find((p) => p.id === id)!;
}
