import type { Queryable } from '../client';

/** Every column that points at a person, with the key of its table. */
const REFERENCES: { table: string; column: string; key: string }[] = [
  { table: 'cases', column: 'child_id', key: 'id' },
  { table: 'placements', column: 'child_id', key: 'id' },
  { table: 'placements', column: 'kinship_carer_id', key: 'id' },
  { table: 'family_members', column: 'child_id', key: 'id' },
  { table: 'family_members', column: 'person_id', key: 'id' },
  { table: 'house_caregivers', column: 'person_id', key: 'id' },
  { table: 'persons', column: 'legal_guardian_person_id', key: 'id' },
];

export interface Moved {
  table: string;
  column: string;
  ids: string[];
}
export interface SetAside {
  table: string;
  row: Record<string, unknown>;
}

/**
 * Links the survivor already has (the same relative twice, the same sibling group) would
 * break uniqueness when moved: those rows of the merged record are set aside (deleted, kept
 * whole in the merge record for undo).
 */
export async function setAsideConflicts(q: Queryable, survivor: string, merged: string): Promise<SetAside[]> {
  const family = await q.query<Record<string, unknown>>(
    `delete from family_members m
      where (m.child_id = $2 and exists (select 1 from family_members s where s.child_id = $1 and s.person_id = m.person_id))
         or (m.person_id = $2 and exists (select 1 from family_members s where s.person_id = $1 and s.child_id = m.child_id))
         or (m.child_id = $2 and m.person_id = $1) or (m.child_id = $1 and m.person_id = $2)
     returning *`,
    [survivor, merged],
  );
  const siblings = await q.query<Record<string, unknown>>(
    `delete from sibling_group_members m
      where m.person_id = $2 and exists (select 1 from sibling_group_members s where s.group_id = m.group_id and s.person_id = $1)
     returning *`,
    [survivor, merged],
  );
  return [
    ...family.map((row) => ({ table: 'family_members', row })),
    ...siblings.map((row) => ({ table: 'sibling_group_members', row })),
  ];
}

export async function moveReferences(q: Queryable, survivor: string, merged: string): Promise<Moved[]> {
  const moved: Moved[] = [];
  for (const r of REFERENCES) {
    const rows = await q.query<{ k: string }>(
      `update ${r.table} set ${r.column} = $1 where ${r.column} = $2 returning ${r.key}::text as k`,
      [survivor, merged],
    );
    if (rows.length) moved.push({ table: r.table, column: r.column, ids: rows.map((x) => x.k) });
  }
  const members = await q.query<{ k: string }>(
    'update sibling_group_members set person_id = $1 where person_id = $2 returning group_id::text as k',
    [survivor, merged],
  );
  if (members.length)
    moved.push({ table: 'sibling_group_members', column: 'person_id', ids: members.map((x) => x.k) });
  return moved;
}

/** Puts every moved link back on the merged record and restores the rows set aside. */
export async function undoMoves(
  q: Queryable,
  survivor: string,
  merged: string,
  moved: Moved[],
  setAside: SetAside[],
): Promise<void> {
  for (const m of moved) {
    if (m.table === 'sibling_group_members') {
      await q.query(
        'update sibling_group_members set person_id = $1 where person_id = $2 and group_id = any($3::uuid[])',
        [merged, survivor, m.ids],
      );
      continue;
    }
    const ref = REFERENCES.find((r) => r.table === m.table && r.column === m.column);
    if (!ref) continue;
    await q.query(`update ${ref.table} set ${ref.column} = $1 where ${ref.key} = any($2::uuid[])`, [
      merged,
      m.ids,
    ]);
  }
  for (const s of setAside) {
    const columns = Object.keys(s.row);
    await q.query(
      `insert into ${s.table} (${columns.join(', ')}) select ${columns.map((c) => `r.${c}`).join(', ')}
         from json_populate_record(null::${s.table}, $1::json) r`,
      [JSON.stringify(s.row)],
    );
  }
}

export async function insertMerge(
  q: Queryable,
  m: {
    survivorId: string;
    mergedId: string;
    reason: string;
    moved: Moved[];
    setAside: SetAside[];
    by: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into person_merges (survivor_id, merged_id, reason, moved, set_aside, merged_by) values ($1, $2, $3, $4, $5, $6) returning id`,
    [m.survivorId, m.mergedId, m.reason, JSON.stringify(m.moved), JSON.stringify(m.setAside), m.by],
  );
  return rows[0]!.id;
}

export interface MergeRecord {
  id: string;
  survivorId: string;
  mergedId: string;
  survivorName: string;
  mergedName: string;
  reason: string;
  moved: Moved[];
  setAside: SetAside[];
  mergedByName: string | null;
  mergedAt: string;
  undoneAt: string | null;
}

const MERGE_SELECT = `select m.id, m.survivor_id as "survivorId", m.merged_id as "mergedId",
    s.given_name || ' ' || s.family_name as "survivorName", d.given_name || ' ' || d.family_name as "mergedName",
    m.reason, m.moved, m.set_aside as "setAside", u.display_name as "mergedByName", m.merged_at as "mergedAt", m.undone_at as "undoneAt"
  from person_merges m join persons s on s.id = m.survivor_id join persons d on d.id = m.merged_id left join users u on u.id = m.merged_by`;

export async function findMerge(q: Queryable, id: string): Promise<MergeRecord | undefined> {
  return (await q.query<MergeRecord>(`${MERGE_SELECT} where m.id = $1`, [id]))[0];
}

/** One page of the merges, newest first, and how many there are in all. */
export async function listMerges(
  q: Queryable,
  page: { limit: number; offset: number },
): Promise<{ items: MergeRecord[]; total: number }> {
  const [items, count] = await Promise.all([
    q.query<MergeRecord>(`${MERGE_SELECT} order by m.merged_at desc, m.id limit $1 offset $2`, [
      page.limit,
      page.offset,
    ]),
    q.query<{ n: number }>('select count(*)::int as n from person_merges'),
  ]);
  return { items, total: count[0]?.n ?? 0 };
}

export async function markUndone(q: Queryable, id: string, by: string): Promise<boolean> {
  return (
    (
      await q.query(
        'update person_merges set undone_at = now(), undone_by = $2 where id = $1 and undone_at is null returning id',
        [id, by],
      )
    ).length === 1
  );
}

export async function setMergedInto(q: Queryable, personId: string, into: string | null): Promise<void> {
  await q.query('update persons set merged_into = $2, version = version + 1 where id = $1', [personId, into]);
}

export async function openCasesOf(
  q: Queryable,
  personIds: string[],
): Promise<{ childId: string; caseNumber: string }[]> {
  return q.query(
    'select child_id as "childId", case_number as "caseNumber" from cases where child_id = any($1::uuid[]) and status <> \'closed\'',
    [personIds],
  );
}

export async function activePlacementsOf(q: Queryable, personIds: string[]): Promise<number> {
  return (
    await q.query<{ n: number }>(
      'select count(*)::int as n from placements where child_id = any($1::uuid[]) and end_date is null and not superseded',
      [personIds],
    )
  )[0]!.n;
}

/** Whether either record is already merged into another (a merged record takes part in no second merge). */
export async function anyMerged(q: Queryable, personIds: string[]): Promise<boolean> {
  const rows = await q.query('select 1 from persons where id = any($1::uuid[]) and merged_into is not null', [
    personIds,
  ]);
  return rows.length > 0;
}

/** What an administrator weighs before merging a record: where it points and how much hangs on it. */
export async function mergeFactsOf(
  q: Queryable,
  personId: string,
): Promise<{ mergedInto: string | null; placements: number; familyLinks: number } | undefined> {
  const rows = await q.query<{ mergedInto: string | null; placements: number; familyLinks: number }>(
    `select merged_into as "mergedInto",
            (select count(*)::int from placements where child_id = $1) as placements,
            (select count(*)::int from family_members where child_id = $1 or person_id = $1) as "familyLinks"
       from persons where id = $1`,
    [personId],
  );
  return rows[0];
}
