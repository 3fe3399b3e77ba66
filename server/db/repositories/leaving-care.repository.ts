import type {
  FollowUpView,
  LeavingCarePlanBody,
  LeavingCarePlanView,
  ShortTermEpisode,
} from '../../../common/contracts/leaving-care';
import type { Queryable } from '../client';

const EPISODE = `id, status, admitted_on as "admittedOn", reintegration_plan as "reintegrationPlan", family_work as "familyWork",
  trial_return_on as "trialReturnOn", reunified_on as "reunifiedOn", closed_on as "closedOn", version, case_id as "caseId"`;

export type EpisodeRecord = ShortTermEpisode & { caseId: string };

export async function episodesOfCase(q: Queryable, caseId: string): Promise<EpisodeRecord[]> {
  return q.query<EpisodeRecord>(
    `select ${EPISODE} from short_term_episodes where case_id = $1 order by admitted_on desc`,
    [caseId],
  );
}

export async function findEpisode(q: Queryable, id: string): Promise<EpisodeRecord | undefined> {
  return (await q.query<EpisodeRecord>(`select ${EPISODE} from short_term_episodes where id = $1`, [id]))[0];
}

export async function openEpisodeOfCase(q: Queryable, caseId: string): Promise<EpisodeRecord | undefined> {
  return (
    await q.query<EpisodeRecord>(
      `select ${EPISODE} from short_term_episodes where case_id = $1 and status not in ('closed', 'referred_long_term')`,
      [caseId],
    )
  )[0];
}

export async function insertEpisode(q: Queryable, caseId: string, admittedOn: string): Promise<string> {
  return (
    await q.query<{ id: string }>(
      'insert into short_term_episodes (case_id, admitted_on) values ($1, $2) returning id',
      [caseId, admittedOn],
    )
  )[0]!.id;
}

export async function updateEpisode(
  q: Queryable,
  id: string,
  version: number | null,
  c: {
    status: string;
    reintegrationPlan?: string;
    familyWork?: string;
    trialReturnOn?: string;
    reunifiedOn?: string;
    closedOn?: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update short_term_episodes set status = $3, reintegration_plan = coalesce($4, reintegration_plan),
            family_work = coalesce($5, family_work), trial_return_on = coalesce($6, trial_return_on),
            reunified_on = coalesce($7, reunified_on), closed_on = coalesce($8, closed_on),
            version = version + 1, updated_at = now()
      where id = $1 and ($2::int is null or version = $2) returning id`,
    [
      id,
      version,
      c.status,
      c.reintegrationPlan ?? null,
      c.familyWork ?? null,
      c.trialReturnOn ?? null,
      c.reunifiedOn ?? null,
      c.closedOn ?? null,
    ],
  );
  return rows.length === 1;
}

const PLAN = `id, started_on as "startedOn", status, housing, income_work as "incomeWork", education, documents, health,
  support_network as "supportNetwork", named_worker as "namedWorker", young_person_agreed as "youngPersonAgreed",
  left_care_on as "leftCareOn", left_planned as "leftPlanned", version, case_id as "caseId"`;
export type LeavingCareRecord = LeavingCarePlanView & { caseId: string };

export async function leavingCarePlansOfCase(q: Queryable, caseId: string): Promise<LeavingCareRecord[]> {
  return q.query<LeavingCareRecord>(
    `select ${PLAN} from leaving_care_plans where case_id = $1 order by started_on desc`,
    [caseId],
  );
}

export async function findLeavingCarePlan(q: Queryable, id: string): Promise<LeavingCareRecord | undefined> {
  return (await q.query<LeavingCareRecord>(`select ${PLAN} from leaving_care_plans where id = $1`, [id]))[0];
}

const PLAN_FIELDS: [keyof LeavingCarePlanBody, string][] = [
  ['startedOn', 'started_on'],
  ['housing', 'housing'],
  ['incomeWork', 'income_work'],
  ['education', 'education'],
  ['documents', 'documents'],
  ['health', 'health'],
  ['supportNetwork', 'support_network'],
  ['namedWorker', 'named_worker'],
  ['youngPersonAgreed', 'young_person_agreed'],
];

export async function insertLeavingCarePlan(
  q: Queryable,
  caseId: string,
  b: LeavingCarePlanBody,
  by: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into leaving_care_plans (case_id, created_by, ${PLAN_FIELDS.map(([, c]) => c).join(', ')})
     values ($1, $2, ${PLAN_FIELDS.map((_, i) => `$${i + 3}`).join(', ')}) returning id`,
    [caseId, by, ...PLAN_FIELDS.map(([k]) => b[k])],
  );
  return rows[0]!.id;
}

export async function updateLeavingCarePlan(
  q: Queryable,
  id: string,
  version: number,
  b: LeavingCarePlanBody,
): Promise<boolean> {
  const rows = await q.query(
    `update leaving_care_plans set ${PLAN_FIELDS.map(([, c], i) => `${c} = $${i + 3}`).join(', ')}, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'active' returning id`,
    [id, version, ...PLAN_FIELDS.map(([k]) => b[k])],
  );
  return rows.length === 1;
}

export async function completeLeavingCarePlan(
  q: Queryable,
  id: string,
  version: number,
  leftOn: string,
  planned: boolean,
): Promise<boolean> {
  const rows = await q.query(
    `update leaving_care_plans set status = 'completed', left_care_on = $3, left_planned = $4, version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status = 'active' returning id`,
    [id, version, leftOn, planned],
  );
  return rows.length === 1;
}

const FOLLOW_UP = `id, kind, due_on as "dueOn", held_on as "heldOn", status, ratings, notes, version, case_id as "caseId"`;
export type FollowUpRecord = FollowUpView & { caseId: string };

export async function followUpsOfCase(q: Queryable, caseId: string): Promise<FollowUpRecord[]> {
  return q.query<FollowUpRecord>(`select ${FOLLOW_UP} from follow_ups where case_id = $1 order by due_on`, [
    caseId,
  ]);
}

export async function findFollowUp(q: Queryable, id: string): Promise<FollowUpRecord | undefined> {
  return (await q.query<FollowUpRecord>(`select ${FOLLOW_UP} from follow_ups where id = $1`, [id]))[0];
}

export async function scheduleFollowUps(
  q: Queryable,
  caseId: string,
  kind: 'reunification' | 'after_care',
  dueDates: string[],
): Promise<void> {
  for (const due of dueDates) {
    await q.query('insert into follow_ups (case_id, kind, due_on) values ($1, $2, $3)', [caseId, kind, due]);
  }
}

export async function recordFollowUp(
  q: Queryable,
  id: string,
  version: number,
  r: {
    status: 'held' | 'missed';
    heldOn: string | null;
    ratings: Record<string, number>;
    notes: string;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update follow_ups set status = $3, held_on = $4, ratings = $5, notes = $6, recorded_by = $7, version = version + 1
      where id = $1 and version = $2 and status = 'due' returning id`,
    [id, version, r.status, r.heldOn, r.status === 'held' ? JSON.stringify(r.ratings) : null, r.notes, r.by],
  );
  return rows.length === 1;
}

export async function aftercareMonths(q: Queryable, programmeId: string | null): Promise<number[]> {
  const rows = await q.query<{ m: number[] }>(
    'select aftercare_followup_months as m from programmes where id = $1',
    [programmeId],
  );
  return rows[0]?.m ?? [6, 12, 36, 60];
}
