import type { AttendanceStatus } from '../../../common/contracts/programmes';
import type { Queryable } from '../client';

export async function findSession(
  q: Queryable,
  groupId: string,
  date: string,
): Promise<{ id: string; topic: string } | undefined> {
  return (
    await q.query<{ id: string; topic: string }>(
      'select id, topic from group_sessions where group_id = $1 and held_on = $2',
      [groupId, date],
    )
  )[0];
}

/** The group's session on the date, created on first use; the topic is updated when given. */
export async function ensureSession(
  q: Queryable,
  groupId: string,
  date: string,
  topic: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into group_sessions (group_id, held_on, topic) values ($1, $2, $3)
     on conflict (group_id, held_on) do update set topic = case when excluded.topic = '' then group_sessions.topic
                                                          else excluded.topic end
     returning id`,
    [groupId, date, topic],
  );
  return rows[0]!.id;
}

export interface RegisterRecord {
  enrolmentId: string;
  personId: string;
  child: {
    givenName: string;
    familyName: string;
    patronymic: string | null;
    birthDate: string | null;
    sex: 'female' | 'male' | null;
  };
  status: AttendanceStatus | null;
  absenceReason: string | null;
  note: string;
  version: number | null;
}

/**
 * The children on the register of a date: those enrolled that day (from their enrolment day,
 * until the day they left), and anyone already recorded at that session.
 */
export async function registerRows(
  q: Queryable,
  groupId: string,
  date: string,
  sessionId: string | null,
): Promise<RegisterRecord[]> {
  return q.query<RegisterRecord>(
    `select e.id as "enrolmentId", e.person_id as "personId",
            json_build_object('givenName', pe.given_name, 'familyName', pe.family_name, 'patronymic', pe.patronymic,
                              'birthDate', pe.birth_date, 'sex', pe.sex) as child,
            a.status, a.absence_reason as "absenceReason", coalesce(a.note, '') as note, a.version
       from enrolments e
       join persons pe on pe.id = e.person_id
       left join attendance a on a.enrolment_id = e.id and a.session_id = $3::uuid
      where e.group_id = $1
        and (a.session_id is not null
             or (e.status in ('enrolled', 'exited') and e.enrolled_on <= $2::date
                 and (e.exited_on is null or e.exited_on > $2::date)))
      order by pe.family_name, pe.given_name, e.id`,
    [groupId, date, sessionId],
  );
}

export interface AttendanceRow {
  enrolmentId: string;
  status: AttendanceStatus;
  absenceReason: string | null;
  note: string;
  version?: number | null;
}

/**
 * Writes one child's attendance at a session: a first record (version null), or a change of
 * the record at the version read. False when someone else recorded or changed it meanwhile.
 * Unchanged rows keep their version.
 */
export async function saveAttendance(
  q: Queryable,
  sessionId: string,
  row: AttendanceRow,
  by: string,
): Promise<'inserted' | 'updated' | 'unchanged' | 'stale'> {
  const reason = row.status === 'present' ? null : row.absenceReason;
  if (row.version == null) {
    const rows = await q.query(
      `insert into attendance (session_id, enrolment_id, status, absence_reason, note, recorded_by)
       values ($1, $2, $3, $4, $5, $6) on conflict (session_id, enrolment_id) do nothing returning version`,
      [sessionId, row.enrolmentId, row.status, reason, row.note, by],
    );
    return rows.length === 1 ? 'inserted' : 'stale';
  }
  const current = await q.query<{ version: number; same: boolean }>(
    `select version, (status = $3 and absence_reason is not distinct from $4 and note = $5) as same
       from attendance where session_id = $1 and enrolment_id = $2`,
    [sessionId, row.enrolmentId, row.status, reason, row.note],
  );
  if (!current[0] || current[0].version !== row.version) return 'stale';
  if (current[0].same) return 'unchanged';
  await q.query(
    `update attendance set status = $4, absence_reason = $5, note = $6, recorded_by = $7, recorded_at = now(),
            version = version + 1
      where session_id = $1 and enrolment_id = $2 and version = $3`,
    [sessionId, row.enrolmentId, row.version, row.status, reason, row.note, by],
  );
  return 'updated';
}

/**
 * Each child's status at the group's sessions (oldest first, null where not recorded), from
 * the later of `since` and the child's enrolment, up to the group's latest session.
 */
export async function attendanceHistories(
  q: Queryable,
  groupId: string,
  enrolmentIds: string[],
  since: string,
  before?: string,
): Promise<Map<string, (AttendanceStatus | null)[]>> {
  const rows = await q.query<{ enrolmentId: string; statuses: (AttendanceStatus | null)[] }>(
    `select e.id as "enrolmentId",
            array_agg(a.status order by s.held_on) as statuses
       from enrolments e
       join group_sessions s on s.group_id = e.group_id and s.held_on >= greatest($3::date, e.enrolled_on)
                            and ($4::date is null or s.held_on < $4::date)
       left join attendance a on a.session_id = s.id and a.enrolment_id = e.id
      where e.group_id = $1 and e.id = any($2::uuid[])
      group by e.id`,
    [groupId, enrolmentIds, since, before ?? null],
  );
  return new Map(rows.map((r) => [r.enrolmentId, r.statuses]));
}

export async function attendanceOfEnrolment(
  q: Queryable,
  enrolmentId: string,
  limit: number,
): Promise<{ heldOn: string; status: AttendanceStatus; absenceReason: string | null; note: string }[]> {
  return q.query(
    `select s.held_on as "heldOn", a.status, a.absence_reason as "absenceReason", a.note
       from attendance a join group_sessions s on s.id = a.session_id
      where a.enrolment_id = $1
      order by s.held_on desc
      limit $2`,
    [enrolmentId, limit],
  );
}
