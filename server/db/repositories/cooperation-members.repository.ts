import type { Queryable } from '../client';

/** The working group's register on the hub: member countries, their organisations and delegates. */

export interface DelegateRecord {
  id: string;
  country: string;
  groupRole: 'chair' | 'secretary' | 'member' | 'observer';
  fullName: string;
  termFrom: string;
  termTo: string | null;
}

export async function isHub(q: Queryable): Promise<boolean> {
  const rows = await q.query<{ is_hub: boolean }>('select is_hub from cooperation_settings');
  return rows[0]?.is_hub ?? false;
}

export async function setHub(q: Queryable, on: boolean): Promise<void> {
  await q.query('update cooperation_settings set is_hub = $1, version = version + 1, updated_at = now()', [
    on,
  ]);
}

/** The delegate a signed-in user is, if any, whether or not their term is current. */
export async function delegateOfUser(q: Queryable, userId: string): Promise<DelegateRecord | null> {
  const rows = await q.query<DelegateRecord>(
    `select id, country, group_role as "groupRole", full_name as "fullName",
            term_from::text as "termFrom", term_to::text as "termTo"
       from working_group_delegates where user_id = $1`,
    [userId],
  );
  return rows[0] ?? null;
}

export async function insertMemberCountry(
  q: Queryable,
  c: { code: string; names: Record<string, string>; joinedOn: string; status: 'member' | 'observer' },
): Promise<void> {
  await q.query(
    `insert into member_countries (code, names, joined_on, status) values ($1, $2, $3, $4)
     on conflict (code) do nothing`,
    [c.code, JSON.stringify(c.names), c.joinedOn, c.status],
  );
}

export async function insertCooperationOrganisation(
  q: Queryable,
  o: { country: string; name: string; kind: 'ministry' | 'state_service' | 'association' | 'other' },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    'insert into cooperation_organisations (country, name, kind) values ($1, $2, $3) returning id',
    [o.country, o.name, o.kind],
  );
  return rows[0]!.id;
}

export async function insertDelegate(
  q: Queryable,
  d: {
    country: string;
    organisationId: string | null;
    userId: string | null;
    fullName: string;
    email: string | null;
    groupRole: DelegateRecord['groupRole'];
    termFrom: string;
    termTo: string | null;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into working_group_delegates
       (country, organisation_id, user_id, full_name, email, group_role, term_from, term_to)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [d.country, d.organisationId, d.userId, d.fullName, d.email, d.groupRole, d.termFrom, d.termTo],
  );
  return rows[0]!.id;
}
