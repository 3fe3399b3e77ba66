import type {
  AssessmentBody,
  ConsentBody,
  ConsentView,
  EnrolmentView,
  GoalBody,
  GoalView,
  PlanReviewView,
  ServiceBody,
  ServiceReferralBody,
  ServiceReferralView,
  ServiceView,
} from '../../../common/contracts/strengthening';
import type { LocalizedText } from '../../../common/i18n/locales';
import type { EnrolmentStatus, ExitOutcome, GoalStatus, RiskDomain } from '../../../common/strengthening';
import type { Queryable } from '../client';
import type { Scope } from '../types/scope';
import { type CaseViewer, viewerParams } from './case-scope';

// ---------------------------------------------------------------- programmes

export interface StrengtheningProgrammeRecord {
  id: string;
  name: LocalizedText;
  locationId: string | null;
  planReviewMonths: number;
  version: number;
}

/** A family strengthening programme (nothing for a programme of another type). */
export async function findStrengtheningProgramme(
  q: Queryable,
  id: string,
): Promise<StrengtheningProgrammeRecord | undefined> {
  const rows = await q.query<StrengtheningProgrammeRecord>(
    `select id, name, location_id as "locationId", plan_review_months as "planReviewMonths", version
       from programmes where id = $1 and type = 'family_strengthening'`,
    [id],
  );
  return rows[0];
}

/** The family strengthening programmes in scope, with how many families take part or wait and the reviews overdue. */
export async function listStrengtheningProgrammes(q: Queryable, scope: Scope, today: string) {
  return q.query<
    StrengtheningProgrammeRecord & { enrolled: number; waiting: number; overdueReviews: number }
  >(
    `select p.id, p.name, p.location_id as "locationId", p.plan_review_months as "planReviewMonths", p.version,
            (select count(*) from enrolments e where e.programme_id = p.id and e.status = 'enrolled')::int as enrolled,
            (select count(*) from enrolments e where e.programme_id = p.id and e.status = 'waiting')::int as waiting,
            (select count(*) from development_plans dp join enrolments e on e.id = dp.enrolment_id
              where e.programme_id = p.id and dp.status = 'active' and dp.next_review_on < $4)::int as "overdueReviews"
       from programmes p
      where p.type = 'family_strengthening'
        and ($1::boolean or p.id = any($2::uuid[]) or p.location_id = any($3::uuid[]))
      order by p.code`,
    [scope.all, [...scope.programmeIds], [...scope.locationIds], today],
  );
}

export async function setPlanReviewMonths(
  q: Queryable,
  id: string,
  version: number,
  months: number,
): Promise<boolean> {
  const rows = await q.query(
    `update programmes set plan_review_months = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and type = 'family_strengthening' returning id`,
    [id, version, months],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------- consent

const CONSENT_SELECT = `select c.id, c.programme_id as "programmeId", pr.name as "programmeName",
    c.given_by_person_id as "givenByPersonId", nullif(concat_ws(' ', p.family_name, p.given_name), '') as "givenByName",
    c.given_on as "givenOn", c.withdrawn_on as "withdrawnOn", c.share_with as "shareWith", c.note,
    (c.given_on <= $2::date and (c.withdrawn_on is null or c.withdrawn_on > $2::date)) as active, c.version,
    c.household_id as "householdId"
  from household_consents c join programmes pr on pr.id = c.programme_id
  left join persons p on p.id = c.given_by_person_id`;

export async function insertConsent(
  q: Queryable,
  householdId: string,
  body: ConsentBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into household_consents (household_id, programme_id, given_by_person_id, given_on, share_with, note, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [householdId, body.programmeId, body.givenByPersonId, body.givenOn, body.shareWith, body.note, userId],
  );
  return rows[0]!.id;
}

export async function consentsOf(q: Queryable, householdId: string, today: string): Promise<ConsentView[]> {
  return q.query<ConsentView>(
    `${CONSENT_SELECT} where c.household_id = $1 order by c.given_on desc, c.created_at desc`,
    [householdId, today],
  );
}

export async function findConsent(
  q: Queryable,
  id: string,
  today: string,
): Promise<(ConsentView & { householdId: string }) | undefined> {
  const rows = await q.query<ConsentView & { householdId: string }>(`${CONSENT_SELECT} where c.id = $1`, [
    id,
    today,
  ]);
  return rows[0];
}

export async function withdrawConsent(
  q: Queryable,
  id: string,
  version: number,
  withdrawnOn: string,
): Promise<boolean> {
  const rows = await q.query(
    `update household_consents set withdrawn_on = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and withdrawn_on is null returning id`,
    [id, version, withdrawnOn],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------- risk assessments

export async function insertAssessment(
  q: Queryable,
  householdId: string,
  body: AssessmentBody,
  userId: string,
): Promise<string> {
  const id = (
    await q.query<{ id: string }>(
      `insert into risk_assessments (household_id, assessed_on, summary, assessed_by)
       values ($1, $2, $3, $4) returning id`,
      [householdId, body.assessedOn, body.summary, userId],
    )
  )[0]!.id;
  await q.query(
    `insert into risk_assessment_scores (assessment_id, domain, score, note)
     select $1, s.domain, s.score, s.note from unnest($2::text[], $3::int[], $4::text[]) as s(domain, score, note)`,
    [id, body.scores.map((s) => s.domain), body.scores.map((s) => s.score), body.scores.map((s) => s.note)],
  );
  return id;
}

export interface AssessmentRow {
  id: string;
  assessedOn: string;
  summary: string;
  assessedByName: string | null;
  scores: { domain: RiskDomain; score: number; note: string }[];
}

/** The household's assessments, oldest first (the chart reads them in order). */
export async function assessmentsOf(q: Queryable, householdId: string): Promise<AssessmentRow[]> {
  return q.query<AssessmentRow>(
    `select ra.id, ra.assessed_on as "assessedOn", ra.summary, u.display_name as "assessedByName",
            coalesce((select json_agg(json_build_object('domain', s.domain, 'score', s.score, 'note', s.note))
                        from risk_assessment_scores s where s.assessment_id = ra.id), '[]') as scores
       from risk_assessments ra left join users u on u.id = ra.assessed_by
      where ra.household_id = $1 order by ra.assessed_on, ra.created_at`,
    [householdId],
  );
}

// ---------------------------------------------------------------- enrolments

export interface EnrolmentRecord {
  id: string;
  householdId: string;
  programmeId: string;
  status: EnrolmentStatus;
  appliedOn: string;
  enrolledOn: string | null;
  workerId: string | null;
  version: number;
}

export async function insertEnrolment(
  q: Queryable,
  e: {
    householdId: string;
    programmeId: string;
    status: 'waiting' | 'enrolled';
    on: string;
    workerId: string | null;
    createdBy: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into enrolments (programme_id, household_id, status, applied_on, enrolled_on, worker_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      e.programmeId,
      e.householdId,
      e.status,
      e.on,
      e.status === 'enrolled' ? e.on : null,
      e.workerId,
      e.createdBy,
    ],
  );
  return rows[0]!.id;
}

/** A household's enrolment (nothing for a child's enrolment in a group). */
export async function findHouseholdEnrolment(q: Queryable, id: string): Promise<EnrolmentRecord | undefined> {
  const rows = await q.query<EnrolmentRecord>(
    `select id, household_id as "householdId", programme_id as "programmeId", status, applied_on as "appliedOn",
            enrolled_on as "enrolledOn", worker_id as "workerId", version
       from enrolments where id = $1 and household_id is not null`,
    [id],
  );
  return rows[0];
}

export async function openEnrolmentsOf(q: Queryable, householdId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `select count(*)::int as n from enrolments e join programmes p on p.id = e.programme_id
      where e.household_id = $1 and e.status <> 'exited' and p.type = 'family_strengthening'`,
    [householdId],
  );
  return rows[0]!.n;
}

/** The household's open enrolment (waiting or enrolled), if any. */
export async function openEnrolmentOf(
  q: Queryable,
  householdId: string,
): Promise<{ id: string; status: 'waiting' | 'enrolled' } | undefined> {
  const rows = await q.query<{ id: string; status: 'waiting' | 'enrolled' }>(
    "select id, status from enrolments where household_id = $1 and status <> 'exited' limit 1",
    [householdId],
  );
  return rows[0];
}

export async function admitEnrolment(
  q: Queryable,
  id: string,
  version: number,
  enrolledOn: string,
): Promise<boolean> {
  const rows = await q.query(
    `update enrolments set status = 'enrolled', enrolled_on = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'waiting' returning id`,
    [id, version, enrolledOn],
  );
  return rows.length === 1;
}

export async function exitEnrolment(
  q: Queryable,
  id: string,
  version: number,
  e: { exitedOn: string; outcome: ExitOutcome; reason: string | null; note: string },
): Promise<boolean> {
  const rows = await q.query(
    `update enrolments set status = 'exited', exited_on = $3, outcome = $4, exit_reason = $5, exit_note = $6,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status <> 'exited' returning id`,
    [id, version, e.exitedOn, e.outcome, e.reason, e.note],
  );
  return rows.length === 1;
}

export async function enrolmentsOfHousehold(q: Queryable, householdId: string): Promise<EnrolmentView[]> {
  return q.query<EnrolmentView>(
    `select e.id, e.programme_id as "programmeId", p.name as "programmeName", p.plan_review_months as "planReviewMonths",
            e.status, e.applied_on as "appliedOn", e.enrolled_on as "enrolledOn", e.exited_on as "exitedOn",
            e.outcome, e.exit_reason as "exitReason", e.exit_note as "exitNote", u.display_name as "workerName",
            coalesce((select json_agg(json_build_object('childId', s.child_id,
                        'childName', cp.family_name || ' ' || cp.given_name,
                        'caseId', c.id, 'caseNumber', c.case_number, 'caseOpened', s.case_opened) order by s.created_at)
                        from household_separations s join persons cp on cp.id = s.child_id join cases c on c.id = s.case_id
                       where s.enrolment_id = e.id), '[]') as separations,
            e.version
       from enrolments e join programmes p on p.id = e.programme_id left join users u on u.id = e.worker_id
      where e.household_id = $1
      order by coalesce(e.enrolled_on, e.applied_on) desc`,
    [householdId],
  );
}

export async function insertSeparation(
  q: Queryable,
  s: { enrolmentId: string; childId: string; caseId: string; caseOpened: boolean },
): Promise<void> {
  await q.query(
    'insert into household_separations (enrolment_id, child_id, case_id, case_opened) values ($1, $2, $3, $4)',
    [s.enrolmentId, s.childId, s.caseId, s.caseOpened],
  );
}

/** Records a household member as family of a separated child, unless the child's family already names them. */
export async function linkFamilyMember(
  q: Queryable,
  m: {
    childId: string;
    personId: string;
    relationship: string;
    alive: string;
    whereabouts: string | null;
    parentalRights: string;
  },
): Promise<void> {
  await q.query(
    `insert into family_members (child_id, person_id, relationship, alive, whereabouts, parental_rights)
     values ($1, $2, $3, $4, $5, $6) on conflict (child_id, person_id) do nothing`,
    [m.childId, m.personId, m.relationship, m.alive, m.whereabouts, m.parentalRights],
  );
}

// ---------------------------------------------------------------- development plans

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

// ---------------------------------------------------------------- review tasks

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

// ---------------------------------------------------------------- services and referrals

export async function insertService(
  q: Queryable,
  householdId: string,
  enrolmentId: string | null,
  s: ServiceBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into services_delivered (household_id, enrolment_id, delivered_on, service_type, provider, cost, note, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [householdId, enrolmentId, s.deliveredOn, s.type, s.provider, s.cost ?? null, s.note, userId],
  );
  return rows[0]!.id;
}

export async function servicesOf(q: Queryable, householdId: string): Promise<ServiceView[]> {
  return q.query<ServiceView>(
    `select s.id, s.delivered_on as "deliveredOn", s.service_type as type, s.provider, s.cost, s.note,
            u.display_name as "createdByName"
       from services_delivered s left join users u on u.id = s.created_by
      where s.household_id = $1 order by s.delivered_on desc, s.created_at desc`,
    [householdId],
  );
}

export async function insertServiceReferral(
  q: Queryable,
  householdId: string,
  enrolmentId: string | null,
  r: ServiceReferralBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into service_referrals (household_id, enrolment_id, referred_on, to_whom, reason, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [householdId, enrolmentId, r.referredOn, r.toWhom, r.reason, userId],
  );
  return rows[0]!.id;
}

const REFERRAL_COLUMNS = `id, referred_on as "referredOn", to_whom as "toWhom", reason, status, outcome, version`;

export async function serviceReferralsOf(q: Queryable, householdId: string): Promise<ServiceReferralView[]> {
  return q.query<ServiceReferralView>(
    `select ${REFERRAL_COLUMNS} from service_referrals where household_id = $1 order by referred_on desc, created_at desc`,
    [householdId],
  );
}

export async function findServiceReferral(
  q: Queryable,
  id: string,
): Promise<(ServiceReferralView & { householdId: string }) | undefined> {
  const rows = await q.query<ServiceReferralView & { householdId: string }>(
    `select ${REFERRAL_COLUMNS}, household_id as "householdId" from service_referrals where id = $1`,
    [id],
  );
  return rows[0];
}

export async function updateServiceReferral(
  q: Queryable,
  id: string,
  version: number,
  r: { status: string; outcome: string },
): Promise<boolean> {
  const rows = await q.query(
    `update service_referrals set status = $3, outcome = $4, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, r.status, r.outcome],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------- reviews due

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
