import type { HouseholdListQuery, MemberView } from '../../../common/contracts/strengthening';
import type { LocalizedText } from '../../../common/i18n/locales';
import type { EnrolmentStatus, ShareScope } from '../../../common/strengthening';
import type { Queryable } from '../client';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';

/** A consent to take part in a family strengthening programme, as far as the rules need it. */
export interface ConsentFacts {
  programmeId: string;
  givenOn: string;
  withdrawnOn: string | null;
  shareWith: readonly ShareScope[];
}

const like = (s: string) => `${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * SQL condition: household `h` is one the viewer works with — their locations hold it, their
 * programmes or locations hold its family strengthening enrolment, or they are its worker or
 * registered it. Viewer parameters $1 (all), $2 (locations), $3 (programmes), $4 (user).
 */
export const HOUSEHOLD_IN_SCOPE = `($1::boolean or h.location_id = any($2::uuid[]) or h.worker_id = $4::uuid or h.created_by = $4::uuid
  or exists (select 1 from enrolments se join programmes sp on sp.id = se.programme_id
              where se.household_id = h.id and (sp.id = any($3::uuid[]) or sp.location_id = any($2::uuid[]))))`;

/** SQL condition: member `hm` is a child whose case the viewer may open, or family of such a child. */
const VIA_CASE = `(exists (select 1 from cases c where c.child_id = hm.person_id and ${caseVisible(1)})
  or exists (select 1 from family_members fm join cases c on c.child_id = fm.child_id
              where fm.person_id = hm.person_id and ${caseVisible(1)}))`;

/** SQL condition: member `hm` attends (or waits for) a group or course of a programme in the viewer's scope. */
const VIA_PROGRAMME = `exists (select 1 from enrolments pe join programmes pp on pp.id = pe.programme_id
  where pe.person_id = hm.person_id and pe.status <> 'exited'
    and (pp.id = any($3::uuid[]) or pp.location_id = any($2::uuid[])))`;

/** Parents first, then grandparents, children by age, the rest. */
const MEMBER_ORDER = `case hm.relationship when 'mother' then 0 when 'father' then 1 when 'grandparent' then 2
  when 'child' then 3 when 'sibling' then 4 else 5 end, p.birth_date nulls last, p.given_name`;

export interface HouseholdRecord {
  id: string;
  reference: string;
  locationId: string;
  locationName: LocalizedText;
  address: string;
  phone: string;
  workerId: string | null;
  workerName: string | null;
  createdBy: string | null;
  version: number;
}

export async function nextHouseholdReference(q: Queryable, year: number): Promise<string> {
  const n = (await q.query<{ n: number }>("select nextval('household_reference_seq')::int as n"))[0]!.n;
  return `AG-${year}-${String(n).padStart(5, '0')}`;
}

export async function insertHousehold(
  q: Queryable,
  h: {
    reference: string;
    locationId: string;
    address: string;
    phone: string;
    workerId: string | null;
    createdBy: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into households (reference, location_id, address, phone, worker_id, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [h.reference, h.locationId, h.address, h.phone, h.workerId, h.createdBy],
  );
  return rows[0]!.id;
}

export async function insertHouseholdMember(
  q: Queryable,
  householdId: string,
  personId: string,
  relationship: string,
): Promise<void> {
  await q.query('insert into household_members (household_id, person_id, relationship) values ($1, $2, $3)', [
    householdId,
    personId,
    relationship,
  ]);
}

export async function findHousehold(q: Queryable, id: string): Promise<HouseholdRecord | undefined> {
  const rows = await q.query<HouseholdRecord>(
    `select h.id, h.reference, h.location_id as "locationId", l.name as "locationName", h.address, h.phone,
            h.worker_id as "workerId", u.display_name as "workerName", h.created_by as "createdBy", h.version
       from households h join locations l on l.id = h.location_id left join users u on u.id = h.worker_id
      where h.id = $1`,
    [id],
  );
  return rows[0];
}

/** Optimistic update of the household's contact and worker: false when the version moved on. */
export async function updateHousehold(
  q: Queryable,
  id: string,
  version: number,
  h: { address: string; phone: string; workerId: string | null },
): Promise<boolean> {
  const rows = await q.query(
    `update households set address = $3, phone = $4, worker_id = $5, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, h.address, h.phone, h.workerId],
  );
  return rows.length === 1;
}

/** What the access rules need to know about the viewer and one household (nothing if it does not exist). */
export async function householdAccessFacts(
  q: Queryable,
  viewer: CaseViewer,
  id: string,
): Promise<
  { inScope: boolean; viaCase: boolean; viaProgramme: boolean; consents: ConsentFacts[] } | undefined
> {
  const rows = await q.query<{ inScope: boolean; viaCase: boolean; viaProgramme: boolean }>(
    `select ${HOUSEHOLD_IN_SCOPE} as "inScope",
            exists (select 1 from household_members hm where hm.household_id = h.id and ${VIA_CASE}) as "viaCase",
            exists (select 1 from household_members hm where hm.household_id = h.id and ${VIA_PROGRAMME}) as "viaProgramme"
       from households h where h.id = $5`,
    [...viewerParams(viewer), id],
  );
  if (!rows[0]) return undefined;
  return { ...rows[0], consents: await consentFactsOf(q, id) };
}

export async function consentFactsOf(q: Queryable, householdId: string): Promise<ConsentFacts[]> {
  return q.query<ConsentFacts>(
    `select programme_id as "programmeId", given_on as "givenOn", withdrawn_on as "withdrawnOn", share_with as "shareWith"
       from household_consents where household_id = $1`,
    [householdId],
  );
}

/** The members with their person records; `known`: the viewer knows them from a case or a programme of theirs. */
export async function membersOf(
  q: Queryable,
  viewer: CaseViewer,
  householdId: string,
): Promise<(MemberView & { known: boolean; anyCaseId: string | null })[]> {
  return q.query(
    `select hm.person_id as "personId", hm.relationship, p.given_name as "givenName", p.family_name as "familyName",
            p.patronymic, p.sex, p.birth_date as "birthDate", p.birth_date_estimated as "birthDateEstimated",
            vc.id as "caseId", vc.case_number as "caseNumber", ac.id as "anyCaseId",
            (${VIA_CASE} or ${VIA_PROGRAMME}) as known
       from household_members hm join persons p on p.id = hm.person_id
       left join lateral (select c.id, c.case_number from cases c where c.child_id = hm.person_id and ${caseVisible(1)}
                           order by c.status = 'closed', c.opened_on desc limit 1) vc on true
       left join lateral (select c.id from cases c where c.child_id = hm.person_id
                           order by c.status = 'closed', c.opened_on desc limit 1) ac on true
      where hm.household_id = $5
      order by ${MEMBER_ORDER}`,
    [...viewerParams(viewer), householdId],
  );
}

export async function memberIdsOf(
  q: Queryable,
  householdId: string,
): Promise<{ personId: string; relationship: string }[]> {
  return q.query(
    'select person_id as "personId", relationship from household_members where household_id = $1',
    [householdId],
  );
}

export interface HouseholdListRow {
  id: string;
  reference: string;
  locationName: LocalizedText;
  inScope: boolean;
  viaCase: boolean;
  viaProgramme: boolean;
  consents: ConsentFacts[];
  members: { name: string; known: boolean }[];
  workerName: string | null;
  programmeName: LocalizedText | null;
  status: EnrolmentStatus | null;
  assessedOn: string | null;
  scores: number[] | null;
  nextReviewOn: string | null;
  total: number;
}

/**
 * The families a viewer works with or knows a member of, newest first, with their current
 * family strengthening enrolment, latest assessment and next plan review. Words typed match the
 * names of the members the viewer may see (each word a prefix, in any script).
 */
export async function listHouseholds(
  q: Queryable,
  viewer: CaseViewer,
  query: HouseholdListQuery & { names: { folded: string; key: string }[] },
): Promise<{ rows: HouseholdListRow[]; total: number }> {
  const params: unknown[] = [...viewerParams(viewer)];
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  for (const w of query.names) {
    where.push(`exists (select 1 from household_members hm join person_name_keys k on k.person_id = hm.person_id
      where hm.household_id = v.id and (v.in_scope or hm.person_id = any(v.known))
        and (k.folded collate "C" like ${p(like(w.folded))} or k.key collate "C" like ${p(like(w.key))}))`);
  }
  if (query.programmeId) where.push(`e.programme_id = ${p(query.programmeId)}`);
  if (query.status === 'none') where.push('e.id is null');
  else if (query.status) where.push(`e.status = ${p(query.status)}`);
  const limit = p(query.pageSize);
  const offset = p((query.page - 1) * query.pageSize);
  const rows = await q.query<HouseholdListRow>(
    `with v as (
       select h.*, ${HOUSEHOLD_IN_SCOPE} as in_scope,
              array(select hm.person_id from household_members hm where hm.household_id = h.id and ${VIA_CASE}) as via_case,
              array(select hm.person_id from household_members hm where hm.household_id = h.id and ${VIA_PROGRAMME}) as via_programme
         from households h),
     w as (select v.*, v.via_case || v.via_programme as known from v
            where v.in_scope or cardinality(v.via_case) > 0 or cardinality(v.via_programme) > 0)
     select v.id, v.reference, l.name as "locationName", v.in_scope as "inScope",
            cardinality(v.via_case) > 0 as "viaCase", cardinality(v.via_programme) > 0 as "viaProgramme",
            coalesce((select json_agg(json_build_object('programmeId', c.programme_id, 'givenOn', c.given_on,
                        'withdrawnOn', c.withdrawn_on, 'shareWith', c.share_with))
                        from household_consents c where c.household_id = v.id), '[]') as consents,
            coalesce((select json_agg(json_build_object('name', p.family_name || ' ' || p.given_name,
                        'known', hm.person_id = any(v.known)) order by ${MEMBER_ORDER})
                        from household_members hm join persons p on p.id = hm.person_id
                       where hm.household_id = v.id), '[]') as members,
            u.display_name as "workerName", pr.name as "programmeName", e.status,
            a.assessed_on as "assessedOn", a.scores, dp.next_review_on as "nextReviewOn",
            count(*) over ()::int as total
       from w v
       join locations l on l.id = v.location_id
       left join users u on u.id = v.worker_id
       left join lateral (select * from enrolments e where e.household_id = v.id
                           order by e.status <> 'exited' desc, coalesce(e.enrolled_on, e.applied_on) desc limit 1) e on true
       left join programmes pr on pr.id = e.programme_id
       left join development_plans dp on dp.enrolment_id = e.id and dp.status = 'active'
       left join lateral (select ra.assessed_on, array(select s.score from risk_assessment_scores s
                                                       where s.assessment_id = ra.id) as scores
                            from risk_assessments ra where ra.household_id = v.id
                           order by ra.assessed_on desc, ra.created_at desc limit 1) a on true
      ${where.length ? `where ${where.join(' and ')}` : ''}
      order by v.created_at desc, v.reference desc
      limit ${limit} offset ${offset}`,
    params,
  );
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Active social workers and supervisors who work at the location (or everywhere). */
export async function workersAt(
  q: Queryable,
  locationId: string,
): Promise<{ id: string; displayName: string; role: string }[]> {
  return q.query(
    `select id, display_name as "displayName", role from users
      where status = 'active' and role in ('social_worker', 'supervisor')
        and (scope_all or $1 = any(scope_location_ids)
             or exists (select 1 from programmes p where p.id = any(scope_programme_ids) and p.location_id = $1
                         and p.type = 'family_strengthening'))
      order by display_name`,
    [locationId],
  );
}

/** Family strengthening programmes at a location. */
export async function strengtheningProgrammesAt(q: Queryable, locationId: string): Promise<{ id: string }[]> {
  return q.query("select id from programmes where location_id = $1 and type = 'family_strengthening'", [
    locationId,
  ]);
}
