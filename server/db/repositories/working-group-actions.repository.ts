import type { Queryable } from '../client';

/** Action items of the working group's decisions, their progress notes, and the commitments. */

export interface ActionRow {
  id: string;
  decisionId: string;
  decisionNumber: number;
  meetingId: string;
  meetingTitle: string;
  commitment: string | null;
  title: string;
  ownerCountry: string;
  ownerDelegateId: string | null;
  ownerDelegateName: string | null;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  version: number;
}

export interface ActionWrite {
  commitment: string | null;
  title: string;
  ownerCountry: string;
  ownerDelegateId: string | null;
  dueOn: string;
}

const SELECT = `select a.id, a.decision_id as "decisionId", d.number as "decisionNumber", d.meeting_id as "meetingId",
    m.title as "meetingTitle", a.commitment, a.title, a.owner_country as "ownerCountry",
    a.owner_delegate_id as "ownerDelegateId", g.full_name as "ownerDelegateName", a.due_on::text as "dueOn",
    a.status, a.version
  from working_group_action_items a
  join working_group_decisions d on d.id = a.decision_id
  join working_group_meetings m on m.id = d.meeting_id
  left join working_group_delegates g on g.id = a.owner_delegate_id`;

/** Action items, of a country and/or status when given; those still to do first, by due date. */
export async function listActions(
  q: Queryable,
  f: { country?: string | null; statuses?: readonly string[] | null; commitment?: string | null },
): Promise<ActionRow[]> {
  return q.query<ActionRow>(
    `${SELECT}
      where ($1::text is null or a.owner_country = $1) and ($2::text[] is null or a.status = any($2::text[]))
        and ($3::text is null or a.commitment = $3)
      order by (a.status in ('done', 'dropped')), a.due_on, a.title`,
    [f.country ?? null, f.statuses ?? null, f.commitment ?? null],
  );
}

export async function findAction(q: Queryable, id: string): Promise<ActionRow | null> {
  const rows = await q.query<ActionRow>(`${SELECT} where a.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function decisionExists(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from working_group_decisions where id = $1', [id])).length > 0;
}

export async function insertAction(q: Queryable, decisionId: string, a: ActionWrite, by: string) {
  const rows = await q.query<{ id: string }>(
    `insert into working_group_action_items
       (decision_id, commitment, title, owner_country, owner_delegate_id, due_on, created_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [decisionId, a.commitment, a.title, a.ownerCountry, a.ownerDelegateId, a.dueOn, by],
  );
  return rows[0]!.id;
}

/** The officers' edit: everything but the decision. False when `version` moved on. */
export async function updateAction(
  q: Queryable,
  id: string,
  version: number,
  a: ActionWrite & { status: string },
) {
  const rows = await q.query(
    `update working_group_action_items set commitment = $3, title = $4, owner_country = $5,
            owner_delegate_id = $6, due_on = $7, status = $8, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, a.commitment, a.title, a.ownerCountry, a.ownerDelegateId, a.dueOn, a.status],
  );
  return rows.length > 0;
}

/** A progress report moves the status (or keeps it) and the version. False when `version` moved on. */
export async function setActionStatus(q: Queryable, id: string, version: number, status: string) {
  const rows = await q.query(
    `update working_group_action_items set status = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, status],
  );
  return rows.length > 0;
}

export async function appendNote(
  q: Queryable,
  n: {
    actionItemId: string;
    writtenAt: string;
    by: string;
    author: string;
    status: string | null;
    note: string;
  },
) {
  await q.query(
    `insert into working_group_action_notes (action_item_id, written_at, written_by, author_name, status, note)
     values ($1, $2, $3, $4, $5, $6)`,
    [n.actionItemId, n.writtenAt, n.by, n.author, n.status, n.note],
  );
}

export async function notesOf(q: Queryable, actionItemId: string) {
  return q.query<{ writtenAt: string; author: string; status: ActionRow['status'] | null; note: string }>(
    `select to_char(written_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "writtenAt",
            author_name as author, status, note
       from working_group_action_notes where action_item_id = $1 order by written_at, seq`,
    [actionItemId],
  );
}

export async function listCommitments(q: Queryable) {
  return q.query<{ code: string; titles: { az: string; tr: string; ru: string; en: string } }>(
    'select code, titles from cooperation_commitments order by position',
  );
}

export async function commitmentStatuses(q: Queryable) {
  return q.query<{
    commitment: string;
    country: string;
    status: 'not_started' | 'in_progress' | 'done';
    note: string;
    version: number;
  }>('select commitment, country, status, note, version from commitment_country_statuses');
}

export async function findCommitmentStatus(q: Queryable, commitment: string, country: string) {
  const rows = await q.query<{ status: string; note: string; version: number }>(
    'select status, note, version from commitment_country_statuses where commitment = $1 and country = $2',
    [commitment, country],
  );
  return rows[0] ?? null;
}

/**
 * Records a country's status on a commitment: the first (version null) or over the version read.
 * False when someone recorded it in between.
 */
export async function saveCommitmentStatus(
  q: Queryable,
  s: {
    commitment: string;
    country: string;
    version: number | null;
    status: string;
    note: string;
    by: string;
  },
) {
  const rows =
    s.version === null
      ? await q.query(
          `insert into commitment_country_statuses (commitment, country, status, note, updated_by)
           values ($1, $2, $3, $4, $5) on conflict (commitment, country) do nothing returning commitment`,
          [s.commitment, s.country, s.status, s.note, s.by],
        )
      : await q.query(
          `update commitment_country_statuses set status = $3, note = $4, updated_by = $5,
                  version = version + 1, updated_at = now()
            where commitment = $1 and country = $2 and version = $6 returning commitment`,
          [s.commitment, s.country, s.status, s.note, s.by, s.version],
        );
  return rows.length > 0;
}

export async function memberCountryExists(q: Queryable, code: string): Promise<boolean> {
  return (
    (await q.query("select 1 from member_countries where code = $1 and status <> 'left'", [code])).length > 0
  );
}
