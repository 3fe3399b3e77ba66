import type {
  CooperationOrganisation,
  Delegate,
  DelegateUpdate,
  MemberCountry,
  MemberCountryUpdate,
  OrganisationUpdate,
} from '../../../common/contracts/cooperation-hub';
import type { Queryable } from '../client';

/**
 * The hub's register as an administrator edits it (decision 0045): the hub switch, member
 * countries, their organisations and delegates. Updates name the version they read and change
 * nothing when it moved on.
 */

export async function hubSettings(q: Queryable): Promise<{ isHub: boolean; version: number }> {
  const rows = await q.query<{ isHub: boolean; version: number }>(
    'select is_hub as "isHub", version from cooperation_settings',
  );
  return rows[0]!;
}

export async function switchHub(q: Queryable, on: boolean, version: number): Promise<boolean> {
  const rows = await q.query<{ version: number }>(
    `update cooperation_settings set is_hub = $1, version = version + 1, updated_at = now()
      where version = $2 returning version`,
    [on, version],
  );
  return rows.length === 1;
}

const COUNTRY = `select code, names, joined_on::text as "joinedOn", status, version from member_countries`;

export function listMemberCountries(q: Queryable): Promise<MemberCountry[]> {
  return q.query<MemberCountry>(`${COUNTRY} order by code`);
}

export async function findMemberCountry(
  q: Queryable,
  code: string,
  lock = false,
): Promise<MemberCountry | null> {
  const rows = await q.query<MemberCountry>(`${COUNTRY} where code = $1${lock ? ' for update' : ''}`, [code]);
  return rows[0] ?? null;
}

export async function updateMemberCountry(
  q: Queryable,
  code: string,
  c: MemberCountryUpdate,
): Promise<boolean> {
  const rows = await q.query<{ code: string }>(
    `update member_countries set names = $2, joined_on = $3, status = $4, version = version + 1
      where code = $1 and version = $5 returning code`,
    [code, JSON.stringify(c.names), c.joinedOn, c.status, c.version],
  );
  return rows.length === 1;
}

const ORGANISATION = 'select id, country, name, kind, version from cooperation_organisations';

export function listCooperationOrganisations(q: Queryable): Promise<CooperationOrganisation[]> {
  return q.query<CooperationOrganisation>(`${ORGANISATION} order by country, name, id`);
}

export async function findCooperationOrganisation(
  q: Queryable,
  id: string,
): Promise<CooperationOrganisation | null> {
  const rows = await q.query<CooperationOrganisation>(`${ORGANISATION} where id = $1`, [id]);
  return rows[0] ?? null;
}

export async function updateCooperationOrganisation(
  q: Queryable,
  id: string,
  o: OrganisationUpdate,
): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    `update cooperation_organisations set name = $2, kind = $3, version = version + 1
      where id = $1 and version = $4 returning id`,
    [id, o.name, o.kind, o.version],
  );
  return rows.length === 1;
}

const DELEGATE = `
  select d.id, d.country, d.organisation_id as "organisationId", o.name as "organisationName",
         d.user_id as "userId", u.username, d.full_name as "fullName", d.email,
         d.group_role as "groupRole", d.term_from::text as "termFrom", d.term_to::text as "termTo", d.version
    from working_group_delegates d
    left join cooperation_organisations o on o.id = d.organisation_id
    left join users u on u.id = d.user_id`;

export function listDelegates(q: Queryable): Promise<Delegate[]> {
  return q.query<Delegate>(`${DELEGATE} order by d.country, d.full_name, d.id`);
}

export async function findDelegate(q: Queryable, id: string): Promise<Delegate | null> {
  const rows = await q.query<Delegate>(`${DELEGATE} where d.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function updateDelegate(q: Queryable, id: string, d: DelegateUpdate): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    `update working_group_delegates
        set organisation_id = $2, user_id = $3, full_name = $4, email = $5, group_role = $6,
            term_from = $7, term_to = $8, version = version + 1
      where id = $1 and version = $9 returning id`,
    [id, d.organisationId, d.userId, d.fullName, d.email, d.groupRole, d.termFrom, d.termTo, d.version],
  );
  return rows.length === 1;
}

/** The delegate row a user account is already linked to, other than `exceptId`. */
export async function delegateIdOfUser(
  q: Queryable,
  userId: string,
  exceptId: string | null,
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    'select id from working_group_delegates where user_id = $1 and ($2::uuid is null or id <> $2::uuid)',
    [userId, exceptId],
  );
  return rows[0]?.id ?? null;
}

/**
 * This installation's own country and key pair (its side of the channel), unless it has one. The
 * demo is both the hub and Azerbaijan's Yuva.
 */
export async function setOwnCountryKeys(
  q: Queryable,
  country: string,
  keys: { publicKey: string; privateKey: string },
): Promise<void> {
  await q.query(
    `update cooperation_settings set country = $1, public_key = $2, private_key = $3, version = version + 1
      where public_key is null`,
    [country, keys.publicKey, keys.privateKey],
  );
}
