// The goals of a development plan, in the order they were written.
import type { GoalBody, GoalView } from '../../../common/contracts/strengthening';
import type { GoalStatus } from '../../../common/strengthening';
import type { Queryable } from '../client';

export async function insertGoal(
  q: Queryable,
  planId: string,
  g: GoalBody,
  position: number,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into plan_goals (plan_id, domain, goal, actions, responsible, target_on, position)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [planId, g.domain, g.goal, g.actions, g.responsible, g.targetOn ?? null, position],
  );
  return rows[0]!.id;
}

const GOAL_COLUMNS = `g.id, g.domain, g.goal, g.actions, g.responsible, g.target_on as "targetOn", g.status, g.version`;

export async function goalsOfPlans(
  q: Queryable,
  planIds: string[],
): Promise<(GoalView & { planId: string })[]> {
  if (!planIds.length) return [];
  return q.query(
    `select ${GOAL_COLUMNS}, g.plan_id as "planId" from plan_goals g
      where g.plan_id = any($1::uuid[]) order by g.position, g.created_at`,
    [planIds],
  );
}

export async function findGoal(
  q: Queryable,
  id: string,
): Promise<(GoalView & { planId: string }) | undefined> {
  const rows = await q.query<GoalView & { planId: string }>(
    `select ${GOAL_COLUMNS}, g.plan_id as "planId" from plan_goals g where g.id = $1`,
    [id],
  );
  return rows[0];
}

export async function nextGoalPosition(q: Queryable, planId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select coalesce(max(position) + 1, 0)::int as n from plan_goals where plan_id = $1',
    [planId],
  );
  return rows[0]!.n;
}

export async function updateGoal(
  q: Queryable,
  id: string,
  version: number,
  g: GoalBody & { status: GoalStatus },
): Promise<boolean> {
  const rows = await q.query(
    `update plan_goals set domain = $3, goal = $4, actions = $5, responsible = $6, target_on = $7, status = $8,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, g.domain, g.goal, g.actions, g.responsible, g.targetOn ?? null, g.status],
  );
  return rows.length === 1;
}

/** A review changes the goals' statuses (their own version moves on, so an edit begun before it is refused). */
export async function setGoalStatus(q: Queryable, id: string, status: GoalStatus): Promise<void> {
  await q.query(
    `update plan_goals set status = $2, version = version + 1, updated_at = now() where id = $1 and status <> $2`,
    [id, status],
  );
}
