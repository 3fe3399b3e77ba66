import type { FamilySummary, RequirementView } from '../../../common/contracts/foster';
import type { CountryRules } from '../../../common/foster';
import type { Queryable } from '../client';

export async function ensureRuleSet(
  q: Queryable,
  country: string,
  effectiveFrom: string,
  rules: CountryRules,
  by: string | null,
) {
  await q.query(
    `insert into country_rule_sets (country, effective_from, rules, created_by) values ($1, $2, $3, $4)
     on conflict (country, effective_from) do nothing`,
    [country, effectiveFrom, JSON.stringify(rules), by],
  );
}

/** The rule set in force in a country on a date: the latest that took effect by then. */
export async function ruleSetOn(
  q: Queryable,
  country: string,
  on: string,
): Promise<{ id: string; rules: CountryRules } | undefined> {
  return (
    await q.query<{ id: string; rules: CountryRules }>(
      `select id, rules from country_rule_sets where country = $1 and effective_from <= $2 order by effective_from desc limit 1`,
      [country, on],
    )
  )[0];
}

export async function listRuleSets(q: Queryable) {
  return q.query<{ id: string; country: string; effectiveFrom: string; rules: CountryRules }>(
    'select id, country, effective_from as "effectiveFrom", rules from country_rule_sets order by country, effective_from desc',
  );
}

export async function nextFamilyReference(q: Queryable, country: string, year: number): Promise<string> {
  const n = (await q.query<{ n: number }>("select nextval('foster_reference_seq')::int as n"))[0]!.n;
  return `FF-${country}-${year}-${String(n).padStart(5, '0')}`;
}

export async function insertFamily(
  q: Queryable,
  f: {
    reference: string;
    country: string;
    twoParent: boolean;
    address: string;
    district: string;
    phone: string;
    email: string;
    motivation: string;
    languages: string[];
    tokenHash: string;
    ip: string;
    source: string;
    campaignId?: string | null;
    ambassadorId?: string | null;
    submittedAt: Date;
  },
): Promise<string> {
  // A campaign or ambassador id that does not exist is dropped rather than trusted.
  const rows = await q.query<{ id: string }>(
    `insert into foster_families (reference, country, two_parent, address, district, phone, email, motivation, languages,
       access_token_hash, submitted_ip, source, campaign_id, ambassador_id, submitted_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
       (select id from foster_campaigns where id = $13::uuid), (select id from foster_ambassadors where id = $14::uuid), $15)
     returning id`,
    [
      f.reference,
      f.country,
      f.twoParent,
      f.address,
      f.district,
      f.phone,
      f.email,
      f.motivation,
      f.languages,
      f.tokenHash,
      f.ip,
      f.source,
      f.campaignId ?? null,
      f.ambassadorId ?? null,
      f.submittedAt,
    ],
  );
  return rows[0]!.id;
}

export async function insertMember(
  q: Queryable,
  m: {
    familyId: string;
    personId: string;
    role: string;
    education: string | null;
    regularIncome: boolean;
    residence: string | null;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into foster_household_members (family_id, person_id, role, education, regular_income, residence)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [m.familyId, m.personId, m.role, m.education, m.regularIncome, m.residence],
  );
  return rows[0]!.id;
}

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

/** Advisory lock class (two-key form) serialising the public form's count per address. */
const LOCK_PUBLIC_FORM_ADDRESS = 72_003;

/**
 * Counts a public application from `ip` unless the address already sent `max` since `since`:
 * under a transaction-level advisory lock of the address, so concurrent submissions on every
 * instance sharing the database are counted one after the other (decision 0020). Call it first
 * in the transaction that records the application: the lock is held until it commits, and a
 * failed application (rolled back) is not counted. Answers whether it was counted.
 */
export async function claimPublicSubmission(
  tx: Queryable,
  a: { ip: string; at: Date; since: Date; max: number },
): Promise<boolean> {
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_PUBLIC_FORM_ADDRESS, a.ip]);
  const rows = await tx.query<{ id: number }>(
    `insert into public_form_submissions (ip, at)
     select $1, $2
      where (select count(*) from public_form_submissions where ip = $1 and at > $3) < $4
     returning id`,
    [a.ip, a.at, a.since, a.max],
  );
  return rows.length === 1;
}

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
  f.district, f.submitted_at as "submittedAt", f.approval_expires_on as "approvalExpiresOn",
  (f.status in ('approved', 'available', 'active', 'renewal_due') and f.approval_expires_on <= current_date + 60) as "renewalDue",
  (select count(*)::int from foster_requirements r where r.family_id = f.id and r.status = 'incomplete') as "openRequirements",
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

export async function homeStudiesOf(q: Queryable, familyId: string) {
  return q.query<{
    id: string;
    visitedOn: string;
    findings: string;
    recommendation: string;
    writtenBy: string | null;
  }>(
    `select h.id, h.visited_on as "visitedOn", h.findings, h.recommendation, u.display_name as "writtenBy"
       from home_study_reports h left join users u on u.id = h.written_by where h.family_id = $1 order by h.visited_on`,
    [familyId],
  );
}

export async function insertHomeStudy(
  q: Queryable,
  familyId: string,
  h: { visitedOn: string; findings: string; recommendation: string },
  by: string,
) {
  return (
    await q.query<{ id: string }>(
      'insert into home_study_reports (family_id, visited_on, findings, recommendation, written_by) values ($1, $2, $3, $4, $5) returning id',
      [familyId, h.visitedOn, h.findings, h.recommendation, by],
    )
  )[0]!.id;
}

export async function setFamilyStatus(
  q: Queryable,
  id: string,
  version: number,
  status: string,
  from: string[],
): Promise<boolean> {
  const rows = await q.query(
    'update foster_families set status = $3, version = version + 1, updated_at = now() where id = $1 and version = $2 and status = any($4::text[]) returning id',
    [id, version, status, from],
  );
  return rows.length === 1;
}

export async function recordDecision(
  q: Queryable,
  id: string,
  d: {
    version: number;
    status: string;
    decidedOn: string;
    reason: string;
    ageMin: number | null;
    ageMax: number | null;
    childrenMax: number | null;
    needs: string[];
    expiresOn: string | null;
    contractNumber: string | null;
    certificateNumber: string | null;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update foster_families set status = $3, decided_on = $4, decision_reason = $5, approved_age_min = $6, approved_age_max = $7,
            approved_children_max = $8, approved_needs = $9, approval_expires_on = $10, contract_number = $11, certificate_number = $12,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 and status in ('applying', 'home_study', 'training', 'ready_for_review') returning id`,
    [
      id,
      d.version,
      d.status,
      d.decidedOn,
      d.reason,
      d.ageMin,
      d.ageMax,
      d.childrenMax,
      d.needs,
      d.expiresOn,
      d.contractNumber,
      d.certificateNumber,
    ],
  );
  return rows.length === 1;
}

export interface ApprovedFamilyRow {
  id: string;
  reference: string;
  applicants: string;
  district: string;
  locationId: string | null;
  twoParent: boolean;
  languages: string[];
  ageMin: number;
  ageMax: number;
  childrenMax: number;
  needs: string[];
  approvalExpiresOn: string;
  children: number;
  fosterChildren: number;
}

/** Families approved and in date in a country, with the children living with them now. */
export async function approvedFamilies(
  q: Queryable,
  country: string,
  on: string,
  id?: string,
): Promise<ApprovedFamilyRow[]> {
  return q.query<ApprovedFamilyRow>(
    `select f.id, f.reference, f.district, f.location_id as "locationId", f.two_parent as "twoParent", f.languages,
            coalesce((select string_agg(p.given_name || ' ' || p.family_name, ', ') from foster_household_members m
                       join persons p on p.id = m.person_id where m.family_id = f.id and m.role = 'applicant'), '') as applicants,
            f.approved_age_min as "ageMin", f.approved_age_max as "ageMax", f.approved_children_max as "childrenMax",
            f.approved_needs as needs, f.approval_expires_on as "approvalExpiresOn",
            (select count(*)::int from foster_household_members m where m.family_id = f.id and m.role = 'child') as children,
            (select count(*)::int from placements pl where pl.foster_family_id = f.id and pl.end_date is null and not pl.superseded)
              as "fosterChildren"
       from foster_families f
      where f.country = $1 and f.status in ('approved', 'available', 'active', 'renewal_due') and f.approval_expires_on >= $2
        and ($3::uuid is null or f.id = $3)
      order by f.reference`,
    [country, on, id ?? null],
  );
}

/**
 * Approved families whose approval ends within `days` of `today` become `renewal_due` (the
 * daily job in server/jobs); returns each family changed with the status it had.
 */
export async function markRenewalsDue(
  q: Queryable,
  today: string,
  days: number,
): Promise<{ id: string; reference: string; from: string; approvalExpiresOn: string }[]> {
  return q.query(
    `with due as (
       select id, status from foster_families
        where status in ('approved', 'available', 'active') and approval_expires_on <= $1::date + $2::int
        for update)
     update foster_families f set status = 'renewal_due', version = f.version + 1, updated_at = now()
       from due where f.id = due.id
     returning f.id, f.reference, due.status as "from", f.approval_expires_on as "approvalExpiresOn"`,
    [today, days],
  );
}

export async function markFamilyActive(q: Queryable, id: string): Promise<void> {
  await q.query(
    "update foster_families set status = 'active', version = version + 1, updated_at = now() where id = $1",
    [id],
  );
}

export async function scheduleVisits(
  q: Queryable,
  v: { placementId: string; familyId: string; caseId: string; dates: string[] },
) {
  await q.query(
    `insert into foster_visits (placement_id, family_id, case_id, due_on) select $1, $2, $3, d from unnest($4::date[]) d`,
    [v.placementId, v.familyId, v.caseId, v.dates],
  );
}

export interface VisitRow {
  id: string;
  placementId: string;
  familyId: string;
  familyReference: string;
  caseId: string;
  caseNumber: string;
  childName: string;
  dueOn: string;
  heldOn: string | null;
  status: 'due' | 'held' | 'missed' | 'cancelled';
  report: string;
  childWellbeing: number | null;
  version: number;
}

const VISIT = `v.id, v.placement_id as "placementId", v.family_id as "familyId", f.reference as "familyReference", v.case_id as "caseId",
  c.case_number as "caseNumber", p.given_name || ' ' || p.family_name as "childName", v.due_on as "dueOn", v.held_on as "heldOn",
  v.status, v.report, v.child_wellbeing as "childWellbeing", v.version`;
const VISIT_FROM = `from foster_visits v join foster_families f on f.id = v.family_id join cases c on c.id = v.case_id
  join persons p on p.id = c.child_id`;

export async function dueVisits(q: Queryable, until: string): Promise<VisitRow[]> {
  return q.query<VisitRow>(
    `select ${VISIT} ${VISIT_FROM} where v.status = 'due' and v.due_on <= $1 order by v.due_on limit 500`,
    [until],
  );
}

export async function visitsOfFamily(q: Queryable, familyId: string): Promise<VisitRow[]> {
  return q.query<VisitRow>(`select ${VISIT} ${VISIT_FROM} where v.family_id = $1 order by v.due_on`, [
    familyId,
  ]);
}

export async function findVisit(q: Queryable, id: string): Promise<VisitRow | undefined> {
  return (await q.query<VisitRow>(`select ${VISIT} ${VISIT_FROM} where v.id = $1`, [id]))[0];
}

export async function recordVisit(
  q: Queryable,
  id: string,
  r: {
    version: number;
    status: 'held' | 'missed';
    heldOn: string | null;
    report: string;
    childWellbeing: number | null;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update foster_visits set status = $3, held_on = $4, report = $5, child_wellbeing = $6, recorded_by = $7, version = version + 1
      where id = $1 and version = $2 and status = 'due' returning id`,
    [id, r.version, r.status, r.heldOn, r.report, r.childWellbeing, r.by],
  );
  return rows.length === 1;
}

export async function paymentsOf(q: Queryable, placementId: string) {
  return q.query<{ month: string; kind: string; amount: number; currency: string; paidOn: string }>(
    'select month, kind, amount, currency, paid_on as "paidOn" from allowance_payments where placement_id = $1 order by month, kind',
    [placementId],
  );
}

export async function insertPayment(
  q: Queryable,
  p: {
    placementId: string;
    month: string;
    kind: string;
    amount: number;
    currency: string;
    paidOn: string;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `insert into allowance_payments (placement_id, month, kind, amount, currency, paid_on, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (placement_id, month, kind) do nothing returning id`,
    [p.placementId, p.month, p.kind, p.amount, p.currency, p.paidOn, p.by],
  );
  return rows.length === 1;
}
