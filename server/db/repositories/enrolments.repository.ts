import type { EnrolmentView } from '../../../common/contracts/programmes';
import type { Queryable } from '../client';

/** An enrolment as stored, with the child's name and the order of the waiting list. */
export type EnrolmentRecord = Omit<EnrolmentView, 'waitingPosition'> & {
  programmeId: string;
  householdId: string | null;
  createdAt: string;
};

const ENROLMENT_SELECT = `
  select e.id, e.group_id as "groupId", e.programme_id as "programmeId", e.person_id as "personId",
         e.household_id as "householdId",
         json_build_object('givenName', pe.given_name, 'familyName', pe.family_name, 'patronymic', pe.patronymic,
                           'birthDate', pe.birth_date, 'sex', pe.sex) as child,
         e.status, e.applied_on as "appliedOn", e.enrolled_on as "enrolledOn", e.exited_on as "exitedOn",
         e.exit_reason as "exitReason", e.exit_note as "exitNote", e.outcome, e.worker_id as "workerId",
         w.display_name as "workerName",
         exists (select 1 from tasks t where t.enrolment_id = e.id and t.status = 'open' and t.kind = 'absence_follow_up')
           as "openFollowUp",
         to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "createdAt", e.version
    from enrolments e
    join persons pe on pe.id = e.person_id
    left join users w on w.id = e.worker_id`;

export async function enrolmentsOfGroup(q: Queryable, groupId: string): Promise<EnrolmentRecord[]> {
  return q.query<EnrolmentRecord>(
    `${ENROLMENT_SELECT} where e.group_id = $1
      order by e.status, pe.family_name, pe.given_name, e.created_at`,
    [groupId],
  );
}

export async function findEnrolment(q: Queryable, id: string): Promise<EnrolmentRecord | undefined> {
  return (
    await q.query<EnrolmentRecord>(`${ENROLMENT_SELECT} where e.id = $1 and e.group_id is not null`, [id])
  )[0];
}

export async function openEnrolmentOf(q: Queryable, groupId: string, personId: string): Promise<boolean> {
  const rows = await q.query(
    "select 1 from enrolments where group_id = $1 and person_id = $2 and status <> 'exited'",
    [groupId, personId],
  );
  return rows.length > 0;
}

export async function insertEnrolment(
  q: Queryable,
  e: {
    programmeId: string;
    groupId: string;
    personId: string;
    appliedOn: string;
    workerId: string | null;
    by: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into enrolments (programme_id, group_id, person_id, status, applied_on, worker_id, created_by)
     values ($1, $2, $3, 'waiting', $4, $5, $6) returning id`,
    [e.programmeId, e.groupId, e.personId, e.appliedOn, e.workerId, e.by],
  );
  return rows[0]!.id;
}

/** A waiting child is given a place. */
export async function admitEnrolment(q: Queryable, id: string, enrolledOn: string): Promise<void> {
  await q.query(
    `update enrolments set status = 'enrolled', enrolled_on = $2, version = version + 1, updated_at = now()
      where id = $1 and status = 'waiting'`,
    [id, enrolledOn],
  );
}

export async function exitEnrolment(
  q: Queryable,
  id: string,
  version: number,
  f: { exitedOn: string; outcome: string | null; reason: string | null; note: string },
): Promise<boolean> {
  const rows = await q.query(
    `update enrolments set status = 'exited', exited_on = $3, outcome = $4, exit_reason = $5, exit_note = $6,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status <> 'exited' returning id`,
    [id, version, f.exitedOn, f.outcome, f.reason, f.note],
  );
  return rows.length === 1;
}

export async function updateEnrolmentWorker(
  q: Queryable,
  id: string,
  version: number,
  workerId: string | null,
): Promise<boolean> {
  const rows = await q.query(
    `update enrolments set worker_id = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, workerId],
  );
  return rows.length === 1;
}

/** The other people who may follow the child: the worker of their open case, and of their household. */
export async function workerCandidates(
  q: Queryable,
  personId: string,
  householdId: string | null,
): Promise<{ caseWorkerId: string | null; householdWorkerId: string | null }> {
  const rows = await q.query<{ caseWorkerId: string | null; householdWorkerId: string | null }>(
    `select (select c.assigned_worker_id from cases c
              where c.child_id = $1 and c.status <> 'closed' and c.assigned_worker_id is not null
              order by c.opened_on desc limit 1) as "caseWorkerId",
            (select h.worker_id from households h
              where h.worker_id is not null
                and (h.id = $2::uuid or h.id in (select m.household_id from household_members m where m.person_id = $1))
              order by (h.id = $2::uuid) desc nulls last, h.created_at desc limit 1) as "householdWorkerId"`,
    [personId, householdId],
  );
  return rows[0] ?? { caseWorkerId: null, householdWorkerId: null };
}

export interface TaskRecord {
  id: string;
  kind: string;
  title: string;
  dueOn: string;
  status: 'open' | 'done' | 'cancelled';
  assignedTo: string | null;
  assignedToName: string | null;
  createdAt: string;
  caseId: string | null;
  personId: string | null;
  householdId: string | null;
  enrolmentId: string | null;
}

const TASK_SELECT = `
  select t.id, t.kind, t.title, t.due_on as "dueOn", t.status, t.assigned_to as "assignedTo",
         u.display_name as "assignedToName",
         to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
         t.case_id as "caseId", t.person_id as "personId", t.household_id as "householdId",
         t.enrolment_id as "enrolmentId"
    from tasks t left join users u on u.id = t.assigned_to`;

export async function tasksOfEnrolment(q: Queryable, enrolmentId: string): Promise<TaskRecord[]> {
  return q.query<TaskRecord>(`${TASK_SELECT} where t.enrolment_id = $1 order by t.created_at desc`, [
    enrolmentId,
  ]);
}

export async function findTask(q: Queryable, id: string): Promise<TaskRecord | undefined> {
  return (await q.query<TaskRecord>(`${TASK_SELECT} where t.id = $1`, [id]))[0];
}

/**
 * The absence follow-up of an enrolment, unless one is open already (the partial unique
 * index makes that hold even when two registers are saved at once): its id, or null.
 */
export async function insertAbsenceTask(
  q: Queryable,
  t: { enrolmentId: string; personId: string; dueOn: string; assignedTo: string | null },
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into tasks (kind, title, due_on, assigned_to, person_id, enrolment_id)
     values ('absence_follow_up', 'absence_follow_up', $1, $2, $3, $4)
     on conflict (enrolment_id) where status = 'open' and kind = 'absence_follow_up' do nothing
     returning id`,
    [t.dueOn, t.assignedTo, t.personId, t.enrolmentId],
  );
  return rows[0]?.id ?? null;
}

export async function openAbsenceTaskOf(q: Queryable, enrolmentIds: string[]): Promise<Set<string>> {
  const rows = await q.query<{ id: string }>(
    `select enrolment_id as id from tasks
      where enrolment_id = any($1::uuid[]) and status = 'open' and kind = 'absence_follow_up'`,
    [enrolmentIds],
  );
  return new Set(rows.map((r) => r.id));
}

export async function markTaskDone(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query(
    "update tasks set status = 'done', done_at = now() where id = $1 and status = 'open' returning id",
    [id],
  );
  return rows.length === 1;
}

/** A child who leaves the group needs no more follow-ups of their absences. */
export async function cancelOpenTasksOfEnrolment(q: Queryable, enrolmentId: string): Promise<number> {
  const rows = await q.query(
    "update tasks set status = 'cancelled' where enrolment_id = $1 and status = 'open' returning id",
    [enrolmentId],
  );
  return rows.length;
}
