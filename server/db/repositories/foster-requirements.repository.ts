import type { RequirementView } from '../../../common/contracts/foster';
import type { Queryable } from '../client';

// What a family must complete (checks, training, documents), listed from the country's rules.

export async function insertRequirement(
  q: Queryable,
  r: {
    familyId: string;
    memberId: string | null;
    code: string;
    kind: string;
    sequence: number;
    hours: number | null;
  },
): Promise<void> {
  await q.query(
    'insert into foster_requirements (family_id, member_id, code, kind, sequence, hours) values ($1, $2, $3, $4, $5, $6)',
    [r.familyId, r.memberId, r.code, r.kind, r.sequence, r.hours],
  );
}

export async function requirementsOf(q: Queryable, familyId: string): Promise<RequirementView[]> {
  return q.query<RequirementView>(
    `select r.id, r.code, r.kind, r.sequence, p.given_name || ' ' || p.family_name as "memberName", r.status,
            r.completed_on as "completedOn", r.expires_on as "expiresOn", r.hours, r.waived_reason as "waivedReason", r.note, r.version
       from foster_requirements r left join foster_household_members m on m.id = r.member_id left join persons p on p.id = m.person_id
      where r.family_id = $1 order by r.kind, r.code, r.sequence, p.family_name`,
    [familyId],
  );
}

export async function findRequirement(q: Queryable, id: string) {
  return (
    await q.query<{ id: string; familyId: string; version: number; code: string }>(
      'select id, family_id as "familyId", version, code from foster_requirements where id = $1',
      [id],
    )
  )[0];
}

export async function updateRequirement(
  q: Queryable,
  id: string,
  u: {
    version: number;
    status: string;
    completedOn: string | null;
    expiresOn: string | null;
    hours: number | null;
    waivedReason: string | null;
    waivedBy: string | null;
    note: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update foster_requirements set status = $3, completed_on = $4, expires_on = $5, hours = $6, waived_reason = $7, waived_by = $8,
            note = $9, version = version + 1
      where id = $1 and version = $2 returning id`,
    [id, u.version, u.status, u.completedOn, u.expiresOn, u.hours, u.waivedReason, u.waivedBy, u.note],
  );
  return rows.length === 1;
}
