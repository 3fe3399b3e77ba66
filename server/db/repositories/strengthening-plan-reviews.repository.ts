// Reviews of a development plan: those held, the task reminding the next one, and those due.
import type { PlanReviewView } from '../../../common/contracts/strengthening';
import type { LocalizedText } from '../../../common/i18n/locales';
import type { GoalStatus } from '../../../common/strengthening';
import type { Queryable } from '../client';
import { type CaseViewer, viewerParams } from './case-scope';

export async function insertPlanReview(
  q: Queryable,
  r: {
    planId: string;
    heldOn: string;
    participants: string;
    summary: string;
    nextReviewOn: string;
    createdBy: string;
    goals: { goalId: string; status: GoalStatus; progress: string }[];
  },
): Promise<string> {
  const id = (
    await q.query<{ id: string }>(
      `insert into plan_reviews (plan_id, held_on, participants, summary, next_review_on, created_by)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [r.planId, r.heldOn, r.participants, r.summary, r.nextReviewOn, r.createdBy],
    )
  )[0]!.id;
  if (r.goals.length) {
    await q.query(
      `insert into plan_review_goals (review_id, goal_id, status, progress)
       select $1, g.goal_id, g.status, g.progress from unnest($2::uuid[], $3::text[], $4::text[]) as g(goal_id, status, progress)`,
      [id, r.goals.map((g) => g.goalId), r.goals.map((g) => g.status), r.goals.map((g) => g.progress)],
    );
  }
  return id;
}

export async function reviewsOfPlans(
  q: Queryable,
  planIds: string[],
): Promise<(PlanReviewView & { planId: string })[]> {
  if (!planIds.length) return [];
  return q.query(
    `select r.id, r.plan_id as "planId", r.held_on as "heldOn", r.participants, r.summary, r.next_review_on as "nextReviewOn",
            u.display_name as "createdByName",
            coalesce((select json_agg(json_build_object('goalId', rg.goal_id, 'status', rg.status, 'progress', rg.progress))
                        from plan_review_goals rg where rg.review_id = r.id), '[]') as goals
       from plan_reviews r left join users u on u.id = r.created_by
      where r.plan_id = any($1::uuid[]) order by r.held_on desc, r.created_at desc`,
    [planIds],
  );
}

/**
 * The open "review the family development plan" task of the household, due on the plan's next
 * review and given to the family's worker: the one before it is marked done.
 */
export async function replaceReviewTask(
  q: Queryable,
  t: { householdId: string; enrolmentId: string; dueOn: string; assignedTo: string | null },
): Promise<void> {
  await closeReviewTasks(q, t.householdId, 'done');
  await q.query(
    `insert into tasks (household_id, enrolment_id, kind, title, due_on, assigned_to)
     values ($1, $2, 'development_plan_review', 'development_plan_review', $3, $4)`,
    [t.householdId, t.enrolmentId, t.dueOn, t.assignedTo],
  );
}

export async function closeReviewTasks(
  q: Queryable,
  householdId: string,
  status: 'done' | 'cancelled',
): Promise<void> {
  await q.query(
    `update tasks set status = $2, done_at = now()
      where household_id = $1 and kind = 'development_plan_review' and status = 'open'`,
    [householdId, status],
  );
}

/**
 * Active plans of the families the viewer works with whose review is overdue or falls due within
 * `horizonDays`, overdue first.
 */
export async function plansDue(q: Queryable, viewer: CaseViewer, today: string, horizonDays: number) {
  return q.query<{
    planId: string;
    householdId: string;
    reference: string;
    names: string[];
    programmeName: LocalizedText;
    nextReviewOn: string;
    workerName: string | null;
  }>(
    `select dp.id as "planId", h.id as "householdId", h.reference,
            array(select p.family_name || ' ' || p.given_name from household_members hm join persons p on p.id = hm.person_id
                   where hm.household_id = h.id and hm.relationship <> 'child' order by p.birth_date nulls last) as names,
            pr.name as "programmeName", dp.next_review_on as "nextReviewOn", u.display_name as "workerName"
       from development_plans dp
       join enrolments e on e.id = dp.enrolment_id
       join programmes pr on pr.id = e.programme_id
       join households h on h.id = dp.household_id
       left join users u on u.id = coalesce(e.worker_id, h.worker_id)
      where dp.status = 'active' and dp.next_review_on <= $5::date + $6::int
        and ($1::boolean or h.location_id = any($2::uuid[]) or pr.id = any($3::uuid[]) or pr.location_id = any($2::uuid[])
             or h.worker_id = $4::uuid or e.worker_id = $4::uuid)
      order by dp.next_review_on, h.reference`,
    [...viewerParams(viewer), today, horizonDays],
  );
}
