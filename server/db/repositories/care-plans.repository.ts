import type { CarePlanBody, CarePlanView } from '../../../common/contracts/cases';
import type { Queryable } from '../client';

type Row = Omit<CarePlanView, 'goals'> & { createdBy: string | null };

const COLUMNS = `cp.id, cp.case_id as "caseId", cp.plan_version as "planVersion", cp.status, cp.permanency_goal as "permanencyGoal",
  cp.domains, cp.contact_plan as "contactPlan", cp.child_views as "childViews", cp.next_review_on as "nextReviewOn",
  cu.display_name as "createdByName", cp.created_at as "createdAt", au.display_name as "approvedByName",
  cp.approved_at as "approvedAt", cp.review_comment as "reviewComment", cp.version, cp.created_by as "createdBy"`;
const FROM =
  'from care_plans cp left join users cu on cu.id = cp.created_by left join users au on au.id = cp.approved_by';

export type CarePlanRecord = CarePlanView & { createdBy: string | null };

async function withGoals(q: Queryable, rows: Row[]): Promise<CarePlanRecord[]> {
  if (!rows.length) return [];
  const goals = await q.query<{
    id: string;
    carePlanId: string;
    domain: string;
    description: string;
    responsible: string;
    dueOn: string | null;
  }>(
    `select id, care_plan_id as "carePlanId", domain, description, responsible, due_on as "dueOn"
       from care_plan_goals where care_plan_id = any($1::uuid[]) order by position`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    approvedAt: r.approvedAt ? new Date(r.approvedAt).toISOString() : null,
    goals: goals
      .filter((g) => g.carePlanId === r.id)
      .map(({ carePlanId: _, ...g }) => g as CarePlanView['goals'][number]),
  }));
}

export async function carePlansOfCase(q: Queryable, caseId: string): Promise<CarePlanRecord[]> {
  return withGoals(
    q,
    await q.query<Row>(`select ${COLUMNS} ${FROM} where cp.case_id = $1 order by cp.plan_version desc`, [
      caseId,
    ]),
  );
}

export async function findCarePlan(q: Queryable, id: string): Promise<CarePlanRecord | undefined> {
  return (await withGoals(q, await q.query<Row>(`select ${COLUMNS} ${FROM} where cp.id = $1`, [id])))[0];
}

async function replaceGoals(q: Queryable, planId: string, goals: CarePlanBody['goals']) {
  await q.query('delete from care_plan_goals where care_plan_id = $1', [planId]);
  for (const [position, g] of goals.entries()) {
    await q.query(
      'insert into care_plan_goals (care_plan_id, domain, description, responsible, due_on, position) values ($1, $2, $3, $4, $5, $6)',
      [planId, g.domain, g.description, g.responsible, g.dueOn ?? null, position],
    );
  }
}

export async function insertCarePlan(
  q: Queryable,
  caseId: string,
  body: CarePlanBody,
  by: string,
): Promise<string> {
  const next = (
    await q.query<{ n: number }>(
      'select coalesce(max(plan_version), 0)::int + 1 as n from care_plans where case_id = $1',
      [caseId],
    )
  )[0]!.n;
  const id = (
    await q.query<{ id: string }>(
      `insert into care_plans (case_id, plan_version, permanency_goal, domains, contact_plan, child_views, next_review_on, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [
        caseId,
        next,
        body.permanencyGoal ?? null,
        JSON.stringify(body.domains),
        body.contactPlan,
        body.childViews,
        body.nextReviewOn ?? null,
        by,
      ],
    )
  )[0]!.id;
  await replaceGoals(q, id, body.goals);
  return id;
}

export async function updateCarePlanDraft(
  q: Queryable,
  id: string,
  version: number,
  body: CarePlanBody,
): Promise<boolean> {
  const rows = await q.query(
    `update care_plans set permanency_goal = $3, domains = $4, contact_plan = $5, child_views = $6, next_review_on = $7,
            status = 'draft', version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'draft' returning id`,
    [
      id,
      version,
      body.permanencyGoal ?? null,
      JSON.stringify(body.domains),
      body.contactPlan,
      body.childViews,
      body.nextReviewOn ?? null,
    ],
  );
  if (rows.length !== 1) return false;
  await replaceGoals(q, id, body.goals);
  return true;
}

export async function setCarePlanStatus(
  q: Queryable,
  id: string,
  version: number,
  change: { from: string[]; to: string; approvedBy?: string; comment?: string },
): Promise<boolean> {
  const rows = await q.query(
    `update care_plans set status = $3, approved_by = coalesce($4, approved_by),
            approved_at = case when $4::uuid is null then approved_at else now() end,
            review_comment = coalesce($5, review_comment), version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = any($6::text[]) returning id`,
    [id, version, change.to, change.approvedBy ?? null, change.comment ?? null, change.from],
  );
  return rows.length === 1;
}

/** When a new plan becomes active, the one before it is revised (kept, no longer in force). */
export async function reviseActivePlans(q: Queryable, caseId: string, exceptId: string): Promise<void> {
  await q.query(
    "update care_plans set status = 'revised', version = version + 1, updated_at = now() where case_id = $1 and status = 'active' and id <> $2",
    [caseId, exceptId],
  );
}

/**
 * Demo data only: the plan was approved on `on` (noon UTC), not when the demo was loaded, so
 * figures as at an earlier date find the plan in force then.
 */
export async function setApprovedOn(q: Queryable, id: string, on: string): Promise<void> {
  await q.query(
    `update care_plans set approved_at = ($2::date + time '12:00') at time zone 'UTC',
            updated_at = greatest(updated_at, ($2::date + time '12:00') at time zone 'UTC')
      where id = $1`,
    [id, on],
  );
}
