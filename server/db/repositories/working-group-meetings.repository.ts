import type { Queryable } from '../client';

/** The working group's meetings on the hub: agenda, attendance, minutes and numbered decisions. */

export interface MeetingRow {
  id: string;
  heldAt: string;
  online: boolean;
  city: string | null;
  cityCountry: string | null;
  title: string;
  language: 'az' | 'tr' | 'ru' | 'en';
  minutes: string;
  version: number;
}

export interface MeetingWrite {
  heldAt: string;
  online: boolean;
  city: string | null;
  cityCountry: string | null;
  title: string;
  language: string;
  minutes: string;
  agenda: { title: string; notes: string }[];
  attendance: { delegateId: string; status: string }[];
}

const COLUMNS = `m.id, to_char(m.held_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "heldAt", m.online,
  m.city, m.city_country as "cityCountry", m.title, m.language, m.minutes, m.version`;

export async function listMeetings(q: Queryable) {
  return q.query<MeetingRow & { decisions: number }>(
    `select ${COLUMNS},
            (select count(*)::int from working_group_decisions d where d.meeting_id = m.id) as decisions
       from working_group_meetings m order by m.held_at desc`,
  );
}

/** The first meeting at or after `from` (an ISO instant). */
export async function nextMeeting(q: Queryable, from: string) {
  const rows = await q.query<MeetingRow & { decisions: number }>(
    `select ${COLUMNS},
            (select count(*)::int from working_group_decisions d where d.meeting_id = m.id) as decisions
       from working_group_meetings m where m.held_at >= $1 order by m.held_at limit 1`,
    [from],
  );
  return rows[0] ?? null;
}

export async function findMeeting(q: Queryable, id: string): Promise<MeetingRow | null> {
  const rows = await q.query<MeetingRow>(`select ${COLUMNS} from working_group_meetings m where m.id = $1`, [
    id,
  ]);
  return rows[0] ?? null;
}

/** One after another: inside a transaction `q` is one connection, which runs one query at a time. */
export async function meetingParts(q: Queryable, id: string) {
  const agenda = await q.query<{ title: string; notes: string }>(
    'select title, notes from working_group_agenda_items where meeting_id = $1 order by position',
    [id],
  );
  const attendance = await q.query<{
    delegateId: string;
    fullName: string;
    country: string;
    status: 'present' | 'absent' | 'excused';
  }>(
    `select a.delegate_id as "delegateId", d.full_name as "fullName", d.country, a.status
       from working_group_attendance a join working_group_delegates d on d.id = a.delegate_id
      where a.meeting_id = $1 order by d.country, d.full_name`,
    [id],
  );
  const decisions = await q.query<{ id: string; number: number; text: string }>(
    'select id, number, text from working_group_decisions where meeting_id = $1 order by number',
    [id],
  );
  return { agenda, attendance, decisions };
}

export async function insertMeeting(q: Queryable, m: MeetingWrite, by: string): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into working_group_meetings (held_at, online, city, city_country, title, language, minutes, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [m.heldAt, m.online, m.city, m.cityCountry, m.title, m.language, m.minutes, by],
  );
  return rows[0]!.id;
}

/** Saves the meeting if `version` is still the current one; false when it moved on. */
export async function updateMeeting(q: Queryable, id: string, version: number, m: MeetingWrite) {
  const rows = await q.query<{ id: string }>(
    `update working_group_meetings set held_at = $3, online = $4, city = $5, city_country = $6, title = $7,
            language = $8, minutes = $9, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, m.heldAt, m.online, m.city, m.cityCountry, m.title, m.language, m.minutes],
  );
  return rows.length > 0;
}

/** The agenda and attendance are the meeting's own lists: replaced whole on each save. */
export async function replaceAgendaAndAttendance(q: Queryable, id: string, m: MeetingWrite) {
  await q.query('delete from working_group_agenda_items where meeting_id = $1', [id]);
  await q.query('delete from working_group_attendance where meeting_id = $1', [id]);
  for (const [i, item] of m.agenda.entries())
    await q.query(
      'insert into working_group_agenda_items (meeting_id, position, title, notes) values ($1, $2, $3, $4)',
      [id, i + 1, item.title, item.notes],
    );
  for (const a of m.attendance)
    await q.query(
      'insert into working_group_attendance (meeting_id, delegate_id, status) values ($1, $2, $3)',
      [id, a.delegateId, a.status],
    );
}

/**
 * Decision n is the n-th text: numbers that stay keep their id (action items name it), new ones
 * are added, and numbers past the end are removed (the service first checks none has an action).
 */
export async function saveDecisions(q: Queryable, meetingId: string, texts: string[]) {
  await q.query('delete from working_group_decisions where meeting_id = $1 and number > $2', [
    meetingId,
    texts.length,
  ]);
  for (const [i, text] of texts.entries())
    await q.query(
      `insert into working_group_decisions (meeting_id, number, text) values ($1, $2, $3)
       on conflict (meeting_id, number) do update set text = excluded.text`,
      [meetingId, i + 1, text],
    );
}

/** The highest decision number of the meeting that an action item names (0 when none). */
export async function lastDecisionWithActions(q: Queryable, meetingId: string): Promise<number> {
  const rows = await q.query<{ n: number | null }>(
    `select max(d.number)::int as n from working_group_decisions d
      where d.meeting_id = $1 and exists (select 1 from working_group_action_items a where a.decision_id = d.id)`,
    [meetingId],
  );
  return rows[0]?.n ?? 0;
}

/** Which of the ids are delegates of the group (in any term). */
export async function existingDelegates(q: Queryable, ids: string[]) {
  const rows = await q.query<{ id: string; country: string }>(
    'select id, country from working_group_delegates where id = any($1::uuid[])',
    [ids],
  );
  return rows;
}

export async function listDelegates(q: Queryable) {
  return q.query<{
    id: string;
    country: string;
    fullName: string;
    groupRole: 'chair' | 'secretary' | 'member' | 'observer';
    termFrom: string;
    termTo: string | null;
  }>(
    `select id, country, full_name as "fullName", group_role as "groupRole",
            term_from::text as "termFrom", term_to::text as "termTo"
       from working_group_delegates order by country, full_name`,
  );
}

export async function listMemberCountries(q: Queryable) {
  return q.query<{
    code: string;
    names: { az: string; tr: string; ru: string; en: string };
    status: 'member' | 'observer' | 'left';
  }>('select code, names, status from member_countries order by joined_on, code');
}
