import type { FamilyMemberView } from '../../../common/contracts/cases';
import type { Queryable } from '../client';
import { PERSON_COLUMNS } from './persons.repository';

export async function insertFamilyMember(
  q: Queryable,
  m: {
    childId: string;
    personId: string;
    relationship: string;
    alive: string;
    whereabouts: string | null;
    parentalRights: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into family_members (child_id, person_id, relationship, alive, whereabouts, parental_rights)
     values ($1, $2, $3, $4, $5, $6) on conflict (child_id, person_id) do update set relationship = excluded.relationship
     returning id`,
    [m.childId, m.personId, m.relationship, m.alive, m.whereabouts, m.parentalRights],
  );
  return rows[0]!.id;
}

export async function familyOfChild(q: Queryable, childId: string): Promise<FamilyMemberView[]> {
  const rows = await q.query<FamilyMemberView & { person: never } & Record<string, unknown>>(
    `select fm.id as "memberId", fm.relationship, fm.alive, fm.whereabouts, fm.parental_rights as "parentalRights",
            fm.version as "memberVersion", ${PERSON_COLUMNS}
       from family_members fm join persons p on p.id = fm.person_id
      where fm.child_id = $1 order by fm.relationship, p.family_name`,
    [childId],
  );
  return rows.map((r) => {
    const { memberId, relationship, alive, whereabouts, parentalRights, memberVersion, ...person } =
      r as Record<string, unknown>;
    return {
      id: memberId,
      relationship,
      alive,
      whereabouts,
      parentalRights,
      version: memberVersion,
      person,
    } as FamilyMemberView;
  });
}

export async function findFamilyMember(
  q: Queryable,
  id: string,
): Promise<{ id: string; childId: string; version: number } | undefined> {
  return (
    await q.query<{ id: string; childId: string; version: number }>(
      'select id, child_id as "childId", version from family_members where id = $1',
      [id],
    )
  )[0];
}

export async function updateFamilyMember(
  q: Queryable,
  id: string,
  version: number,
  m: { relationship: string; alive: string; whereabouts: string | null; parentalRights: string },
): Promise<boolean> {
  const rows = await q.query(
    `update family_members set relationship = $3, alive = $4, whereabouts = $5, parental_rights = $6, version = version + 1
      where id = $1 and version = $2 returning id`,
    [id, version, m.relationship, m.alive, m.whereabouts, m.parentalRights],
  );
  return rows.length === 1;
}
