// Family development plans: one active plan per enrolment, reviewed at the programme's interval.
import type { Queryable } from '../client';

export interface PlanRecord {
  id: string;
  householdId: string;
  enrolmentId: string;
  startedOn: string;
  nextReviewOn: string;
  status: 'active' | 'closed';
  version: number;
}

const PLAN_COLUMNS = `id, household_id as "householdId", enrolment_id as "enrolmentId", started_on as "startedOn",
  next_review_on as "nextReviewOn", status, version`;

export async function insertPlan(
  q: Queryable,
  p: { householdId: string; enrolmentId: string; startedOn: string; nextReviewOn: string; createdBy: string },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into development_plans (household_id, enrolment_id, started_on, next_review_on, created_by)
     values ($1, $2, $3, $4, $5) returning id`,
    [p.householdId, p.enrolmentId, p.startedOn, p.nextReviewOn, p.createdBy],
  );
  return rows[0]!.id;
}

export async function findPlan(q: Queryable, id: string): Promise<PlanRecord | undefined> {
  return (await q.query<PlanRecord>(`select ${PLAN_COLUMNS} from development_plans where id = $1`, [id]))[0];
}

export async function activePlanOf(q: Queryable, enrolmentId: string): Promise<PlanRecord | undefined> {
  const rows = await q.query<PlanRecord>(
    `select ${PLAN_COLUMNS} from development_plans where enrolment_id = $1 and status = 'active'`,
    [enrolmentId],
  );
  return rows[0];
}

/** Moves the plan's next review (a review was held): false when the version moved on. */
export async function setNextReview(
  q: Queryable,
  id: string,
  version: number,
  nextReviewOn: string,
): Promise<boolean> {
  const rows = await q.query(
    `update development_plans set next_review_on = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'active' returning id`,
    [id, version, nextReviewOn],
  );
  return rows.length === 1;
}

export async function closePlansOf(q: Queryable, enrolmentId: string): Promise<void> {
  await q.query(
    `update development_plans set status = 'closed', version = version + 1, updated_at = now()
      where enrolment_id = $1 and status = 'active'`,
    [enrolmentId],
  );
}

export async function plansOf(q: Queryable, householdId: string) {
  return q.query<PlanRecord>(
    `select ${PLAN_COLUMNS} from development_plans where household_id = $1 order by started_on desc, created_at desc`,
    [householdId],
  );
}
