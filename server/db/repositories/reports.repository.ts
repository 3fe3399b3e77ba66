import type { Queryable } from '../client';
import type { Scope } from '../types/scope';

/**
 * Figures of the standard reports that the indicator queries do not already give. Programmes
 * and their people are counted within the reader's scope ($1 all, $2 locations, $3 programmes).
 */
const IN_SCOPE = `($1::boolean or p.location_id = any($2::uuid[]) or p.id = any($3::uuid[]))`;
const scopeParams = (s: Scope) => [s.all, [...s.locationIds], [...s.programmeIds]];

/** SOS Children's Villages: houses, places, and children living there at the date. */
export async function villagesAt(q: Queryable, scope: Scope, on: string) {
  return q.query<{ name: Record<string, string>; houses: number; places: number; children: number }>(
    `select p.name,
            (select count(*) from family_houses h where h.programme_id = p.id and h.status = 'active')::int as houses,
            (select coalesce(sum(h.capacity), 0) from family_houses h where h.programme_id = p.id and h.status = 'active')::int as places,
            (select count(*) from placements pl where pl.programme_id = p.id and not pl.superseded
               and pl.start_date <= $4::date and (pl.end_date is null or pl.end_date > $4::date))::int as children
       from programmes p where p.type = 'family_based_care' and ${IN_SCOPE} order by p.code`,
    [...scopeParams(scope), on],
  );
}

/**
 * Every programme with the people it reached in the period: children placed, enrolled, or
 * families supported. A placement counts under its own programme, else its case's — except a
 * foster placement, which counts under foster care (fosterCareReached), never under the
 * case's (often short-term care) programme.
 */
export async function peopleReached(q: Queryable, scope: Scope, from: string, to: string) {
  return q.query<{
    name: Record<string, string>;
    type: string;
    locationName: Record<string, string> | null;
    children: number;
    families: number;
  }>(
    `select p.name, p.type, l.name as "locationName",
            ((select count(distinct pl.child_id) from placements pl join cases c on c.id = pl.case_id
                where coalesce(pl.programme_id, case when pl.setting_type <> 'foster' then c.programme_id end) = p.id
                  and not pl.superseded
                  and pl.start_date <= $5::date and (pl.end_date is null or pl.end_date >= $4::date))
             + (select count(distinct e.person_id) from enrolments e where e.programme_id = p.id and e.person_id is not null
                  and coalesce(e.enrolled_on, e.applied_on) <= $5::date and e.status <> 'waiting'
                  and (e.exited_on is null or e.exited_on >= $4::date))
             + (select count(distinct hm.person_id) from enrolments e join household_members hm on hm.household_id = e.household_id
                  where e.programme_id = p.id and hm.relationship = 'child' and e.status <> 'waiting'
                  and coalesce(e.enrolled_on, e.applied_on) <= $5::date and (e.exited_on is null or e.exited_on >= $4::date)))::int as children,
            (select count(distinct e.household_id) from enrolments e where e.programme_id = p.id and e.household_id is not null
               and e.status <> 'waiting' and coalesce(e.enrolled_on, e.applied_on) <= $5::date
               and (e.exited_on is null or e.exited_on >= $4::date))::int as families
       from programmes p left join locations l on l.id = p.location_id
      where ${IN_SCOPE} and (p.start_date is null or p.start_date <= $5::date)
      order by l.code nulls first, p.type, p.code`,
    [...scopeParams(scope), from, to],
  );
}

/** Foster care in the period: the children placed with foster families outside any programme, and those families. */
export async function fosterCareReached(q: Queryable, scope: Scope, from: string, to: string) {
  return (
    await q.query<{ children: number; families: number }>(
      `select count(distinct pl.child_id)::int as children, count(distinct pl.foster_family_id)::int as families
         from placements pl join cases c on c.id = pl.case_id
        where pl.setting_type = 'foster' and pl.programme_id is null and not pl.superseded
          and pl.start_date <= $5::date and (pl.end_date is null or pl.end_date >= $4::date)
          and ($1::boolean or c.location_id = any($2::uuid[]) or c.programme_id = any($3::uuid[]))`,
      [...scopeParams(scope), from, to],
    )
  )[0]!;
}

/**
 * Children in foster families at the date, by sex, age band and the family's district: its place
 * code, else what the family wrote (no place matched), else the case's location.
 */
export async function fosterChildrenAt(q: Queryable, scope: Scope, on: string, locale: string) {
  return q.query<{
    sex: string;
    ageBand: string;
    districtCode: string | null;
    districtText: string | null;
    locationName: string | null;
    n: number;
  }>(
    `select coalesce(pe.sex, 'unknown') as sex,
            case when pe.birth_date is null then 'unknown'
                 when date_part('year', age($4::date, pe.birth_date)) < 7 then '0-6'
                 when date_part('year', age($4::date, pe.birth_date)) < 14 then '7-13'
                 when date_part('year', age($4::date, pe.birth_date)) < 18 then '14-17' else '18+' end as "ageBand",
            ff.district_code as "districtCode", nullif(btrim(ff.district), '') as "districtText",
            l.name ->> $5 as "locationName", count(*)::int as n
       from placements pl join cases c on c.id = pl.case_id join persons pe on pe.id = pl.child_id
       join locations l on l.id = c.location_id
       left join foster_families ff on ff.id = pl.foster_family_id
      where pl.setting_type = 'foster' and not pl.superseded
        and pl.start_date <= $4::date and (pl.end_date is null or pl.end_date > $4::date)
        and ($1::boolean or c.location_id = any($2::uuid[]) or c.programme_id = any($3::uuid[]))
      group by 1, 2, 3, 4, 5 order by 3, 4, 5, 1, 2`,
    [...scopeParams(scope), on, locale],
  );
}

/** Gatekeeping decisions in the period that kept the child at home (support only, or no action needed). */
export async function entriesPrevented(q: Queryable, scope: Scope, from: string, to: string) {
  return q.query<{ decision: string; n: number }>(
    `select g.decision, count(*)::int as n
       from gatekeeping_assessments g join cases c on c.id = g.case_id
      where g.status = 'approved' and g.decision in ('family_support_only', 'no_action')
        and g.reviewed_at::date between $4::date and $5::date
        and ($1::boolean or c.location_id = any($2::uuid[]) or c.programme_id = any($3::uuid[]))
      group by 1 order by 1`,
    [...scopeParams(scope), from, to],
  );
}
