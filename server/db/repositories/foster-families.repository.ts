import type { FamilySummary } from '../../../common/contracts/foster';
import type { Queryable } from '../client';

export interface FamilyRow extends FamilySummary {
  twoParent: boolean;
  address: string;
  phone: string;
  email: string;
  motivation: string;
  languages: string[];
  locationId: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
  approvedAgeMin: number | null;
  approvedAgeMax: number | null;
  approvedChildrenMax: number | null;
  approvedNeeds: string[];
  contractNumber: string | null;
  certificateNumber: string | null;
  version: number;
}

/** SQL: the applicants' names of family `f`, "Leyla Qasımova, Elnur Qasımov" ('' when none). */
const APPLICANT_NAMES = `coalesce((select string_agg(p.given_name || ' ' || p.family_name, ', ' order by p.family_name)
     from foster_household_members m join persons p on p.id = m.person_id where m.family_id = f.id and m.role = 'applicant'), '')`;

const FAMILY = `f.id, f.reference, f.country, f.status, ${APPLICANT_NAMES} as applicants,
  f.district_code as "districtCode", f.district, f.submitted_at as "submittedAt", f.approval_expires_on as "approvalExpiresOn",
  (f.status in ('approved', 'available', 'active', 'renewal_due') and f.approval_expires_on <= current_date + 60) as "renewalDue",
  (select count(*)::int from foster_requirements r where r.family_id = f.id
    and (r.status = 'incomplete' or (r.status = 'complete' and r.expires_on < current_date))) as "openRequirements",
  f.two_parent as "twoParent", f.address, f.phone, f.email, f.motivation, f.languages, f.location_id as "locationId",
  f.decided_on as "decidedOn", f.decision_reason as "decisionReason", f.approved_age_min as "approvedAgeMin",
  f.approved_age_max as "approvedAgeMax", f.approved_children_max as "approvedChildrenMax", f.approved_needs as "approvedNeeds",
  f.contract_number as "contractNumber", f.certificate_number as "certificateNumber", f.version`;

const present = (r: FamilyRow): FamilyRow => ({ ...r, submittedAt: new Date(r.submittedAt).toISOString() });

export async function findFamily(q: Queryable, id: string): Promise<FamilyRow | undefined> {
  const row = (await q.query<FamilyRow>(`select ${FAMILY} from foster_families f where f.id = $1`, [id]))[0];
  return row && present(row);
}

export async function findFamilyByToken(q: Queryable, tokenHash: string): Promise<FamilyRow | undefined> {
  const row = (
    await q.query<FamilyRow>(`select ${FAMILY} from foster_families f where f.access_token_hash = $1`, [
      tokenHash,
    ])
  )[0];
  return row && present(row);
}

const LIST_FILTER = `($1::text is null or f.country = $1) and ($2::text is null or f.status = $2)
  and (not $3::boolean or (f.status in ('approved', 'available', 'active', 'renewal_due') and f.approval_expires_on <= current_date + 60))`;

/** SQL: the family's reference or an applicant's name holds the text in parameter `$n` (null: any). */
const familySearch = (n: number) => `($${n}::text is null or f.reference ilike '%' || $${n} || '%'
  or ${APPLICANT_NAMES} ilike '%' || $${n} || '%')`;

export async function listFamilies(
  q: Queryable,
  filter: {
    country?: string;
    status?: string;
    renewalDue?: string;
    q?: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: FamilyRow[]; total: number }> {
  const params = [filter.country ?? null, filter.status ?? null, filter.renewalDue === 'true'];
  // LIKE's own wildcards in the search text are matched as themselves.
  const search = filter.q ? filter.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null;
  const total = (
    await q.query<{ n: number }>(
      `select count(*)::int as n from foster_families f where ${LIST_FILTER} and ${familySearch(4)}`,
      [...params, search],
    )
  )[0]!.n;
  const items = await q.query<FamilyRow>(
    `select ${FAMILY} from foster_families f where ${LIST_FILTER} and ${familySearch(6)}
      order by f.submitted_at desc, f.reference desc limit $4 offset $5`,
    [...params, filter.limit, filter.offset, search],
  );
  return { items: items.map(present), total };
}

/** Where the previous batch of the families list ended. */
export interface FamilyCursor {
  /** The submission time as the database wrote it (microseconds kept, unlike a JavaScript Date). */
  sortKey: string;
  id: string;
}

/**
 * The next `limit` families of the list (same filters, newest first) after `after`, by keyset:
 * one short query per batch, for exports of any size.
 */
export async function familyListBatch(
  q: Queryable,
  filter: { country?: string; status?: string; renewalDue?: string },
  after: FamilyCursor | null,
  limit: number,
): Promise<(FamilyRow & { sortKey: string })[]> {
  const params: unknown[] = [filter.country ?? null, filter.status ?? null, filter.renewalDue === 'true'];
  let keyset = '';
  if (after) {
    params.push(after.sortKey, after.id);
    keyset = 'and (f.submitted_at, f.id) < ($4::timestamptz, $5::uuid)';
  }
  params.push(limit);
  const rows = await q.query<FamilyRow & { sortKey: string }>(
    `select ${FAMILY}, f.submitted_at::text as "sortKey" from foster_families f where ${LIST_FILTER} ${keyset}
      order by f.submitted_at desc, f.id desc limit $${params.length}`,
    params,
  );
  return rows.map((r) => ({ ...present(r), sortKey: r.sortKey }));
}

export async function countFamilies(
  q: Queryable,
  filter: { country?: string; status?: string; renewalDue?: string },
): Promise<number> {
  return (
    await q.query<{ n: number }>(`select count(*)::int as n from foster_families f where ${LIST_FILTER}`, [
      filter.country ?? null,
      filter.status ?? null,
      filter.renewalDue === 'true',
    ])
  )[0]!.n;
}

export async function membersOf(q: Queryable, familyId: string) {
  return q.query<{
    id: string;
    personId: string;
    name: string;
    birthDate: string | null;
    role: 'applicant' | 'adult' | 'child';
    education: 'none' | 'primary' | 'secondary' | 'vocational' | 'higher' | null;
    regularIncome: boolean;
    residence: string | null;
    citizenship: string | null;
    checkStatus: 'not_started' | 'requested' | 'received' | 'clear' | 'not_clear';
  }>(
    `select m.id, m.person_id as "personId", p.given_name || ' ' || p.family_name as name, p.birth_date as "birthDate", m.role,
            m.education, m.regular_income as "regularIncome", m.residence, p.citizenship, m.check_status as "checkStatus"
       from foster_household_members m join persons p on p.id = m.person_id where m.family_id = $1
      order by m.role, p.birth_date`,
    [familyId],
  );
}

export async function setFamilyLocation(
  q: Queryable,
  id: string,
  version: number,
  locationId: string | null,
): Promise<boolean> {
  const rows = await q.query(
    `update foster_families set location_id = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, locationId],
  );
  return rows.length > 0;
}

export async function setFamilyDistrict(
  q: Queryable,
  id: string,
  version: number,
  districtCode: string | null,
): Promise<boolean> {
  const rows = await q.query(
    `update foster_families set district_code = $3, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, districtCode],
  );
  return rows.length > 0;
}

/** Holds the family's row until the transaction ends: serialises work that must see one count. */
export async function lockFamily(q: Queryable, id: string): Promise<void> {
  await q.query('select id from foster_families where id = $1 for update', [id]);
}

export async function familyCountry(q: Queryable, id: string): Promise<string | undefined> {
  return (await q.query<{ country: string }>('select country from foster_families where id = $1', [id]))[0]
    ?.country;
}
