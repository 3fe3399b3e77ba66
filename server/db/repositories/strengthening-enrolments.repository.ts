// A household's enrolment in a programme, from the waiting list to its exit (and a child's separation).
import type { EnrolmentView } from '../../../common/contracts/strengthening';
import type { EnrolmentStatus, ExitOutcome } from '../../../common/strengthening';
import type { Queryable } from '../client';

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
