import type { Queryable } from '../client';
import { carePlanCurrentSql } from './care-plan-current';
import { type CaseViewer, caseVisible, viewerParams } from './case-scope';
import { reviewDueOnSql } from './review-due';

/**
 * The indicator definitions in SQL. Every query starts from the same placements in the
 * viewer's scope and the filters ($1–$4 viewer, $5 location, $6 programme, $7 as-at date,
 * $8 period start, $9 period end) and groups them into care episodes: consecutive placements
 * of a child with at most a day between them are one stay in care (a move is not an exit).
 *
 * A child is in care on a date when a placement started on or before it and ends after it,
 * so a child admitted and discharged the same day counts as an entry and an exit, never in
 * the stock.
 */
export interface IndicatorFilter {
  viewer: CaseViewer;
  /** Set inside withStays: the stays are already in the temporary table. */
  staysInTable?: boolean;
  locationId: string | null;
  programmeId: string | null;
  asAt: string;
  from: string;
  to: string;
}

const params = (f: IndicatorFilter) => [
  ...viewerParams(f.viewer),
  f.locationId,
  f.programmeId,
  f.asAt,
  f.from,
  f.to,
];

const BASE = `
  pl as (
    select p.id, p.child_id, p.case_id, p.setting_type, coalesce(p.programme_id, c.programme_id) as programme_id,
           p.house_id, p.foster_family_id, p.start_date, p.end_date, p.end_reason, p.emergency, c.location_id
      from placements p join cases c on c.id = p.case_id
     where not p.superseded and p.start_date <= greatest($7::date, $9::date) and $8::date <= $9::date
       and ${caseVisible(1)}
       and ($5::uuid is null or c.location_id = $5::uuid)
       and ($6::uuid is null or coalesce(p.programme_id, c.programme_id) = $6::uuid)),
  marked as (
    select pl.*, lag(end_date) over w as prev_end, lead(setting_type) over w as next_setting,
           lead(start_date) over w as next_start
      from pl window w as (partition by child_id order by start_date, id)),
  numbered as (
    select marked.*, sum(case when prev_end is null or start_date > prev_end + 1 then 1 else 0 end)
             over (partition by child_id order by start_date, id) as episode
      from marked),
  -- Per placement, from windows over its stay (no subquery per child): seq (1 = the first
  -- placement, so moves = seq − 1), how many placements the stay has, when it began and
  -- ended (null while open), and what its first placement was.
  ep as (
    select numbered.*,
           row_number() over stay_in_order as seq,
           first_value(emergency) over stay_in_order as first_emergency,
           first_value(programme_id) over stay_in_order as first_programme,
           count(*) over stay as cnt,
           min(start_date) over stay as episode_started,
           case when count(*) filter (where end_date is null) over stay > 0 then null
                else max(end_date) over stay end as episode_ended
      from numbered
    window stay as (partition by child_id, episode),
           stay_in_order as (partition by child_id, episode order by start_date, id))`;

/** Stays, the stay before each, and the stock on the as-at date, from `ep`. */
const DERIVED = `
  -- One row per stay: its last placement says how it ended.
  episodes as (
    select child_id, episode, episode_started as started, episode_ended as ended, case_id, end_reason,
           setting_type as last_setting, first_emergency as emergency, first_programme as first_programme_id
      from ep where seq = cnt),
  -- The stay before each stay of the same child (for re-entries after going home).
  episodes_ordered as (
    select e.*, lag(ended) over (partition by child_id order by started) as prev_ended,
           lag(end_reason) over (partition by child_id order by started) as prev_end_reason,
           lead(started) over (partition by child_id order by started) as next_started
      from episodes e),
  -- young_adult: 18 or older on the as-at date (a young person, not a child; an unknown age counts as a child).
  stock as (
    select ep.*, coalesce(ep.house_id::text, 'ff:' || ep.foster_family_id::text,
             ep.setting_type || ':' || coalesce(ep.programme_id::text, '')) as place,
           coalesce((select date_part('year', age($7::date, pe.birth_date)) >= 18 from persons pe
                      where pe.id = ep.child_id), false) as young_adult
      from ep
     where ep.start_date <= $7::date and (ep.end_date is null or ep.end_date > $7::date))`;

/** Every query reads placements grouped into stays: computed inline for one query … */
const INLINE = `${BASE},\n${DERIVED}`;

/**
 * … or once per dashboard into a temporary table (see withStays), which every query of
 * the dashboard then reads. The unused CTE fixes the parameters' types so every query
 * takes the same nine.
 */
const FROM_TEMP = `params_typed as (select $1::boolean, $2::uuid[], $3::uuid[], $4::uuid, $5::uuid, $6::uuid,
    $7::date, $8::date, $9::date),
  ep as (select * from indicator_stays),
${DERIVED}`;

const stays = (f: IndicatorFilter) => (f.staysInTable ? FROM_TEMP : INLINE);

/**
 * Runs `work` in one transaction in which the viewer's stays are computed once into a
 * temporary table, so a dashboard of a dozen indicators groups the placements once, not a
 * dozen times (and on one connection, so the table is there for every query).
 */
export async function withStays<T>(
  db: { transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R> },
  f: IndicatorFilter,
  work: (tx: Queryable, f: IndicatorFilter) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(
      `create temporary table indicator_stays on commit drop as with ${BASE} select * from ep`,
      params(f),
    );
    await tx.query('analyze indicator_stays');
    return work(tx, { ...f, staysInTable: true });
  });
}

const AGE_BAND = `case when pe.birth_date is null then 'unknown'
  when date_part('year', age($7::date, pe.birth_date)) < 7 then '0-6'
  when date_part('year', age($7::date, pe.birth_date)) < 14 then '7-13'
  when date_part('year', age($7::date, pe.birth_date)) < 18 then '14-17' else '18+' end`;

/** Children in care on the date by care setting × sex × age band × disability. */
export async function stockBreakdown(q: Queryable, f: IndicatorFilter) {
  return q.query<{ setting: string; sex: string; ageBand: string; disability: boolean; n: number }>(
    `with ${stays(f)}
     select s.setting_type as setting, coalesce(pe.sex, 'unknown') as sex, ${AGE_BAND} as "ageBand",
            pe.disability, count(*)::int as n
       from stock s join persons pe on pe.id = s.child_id
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    params(f),
  );
}

/** Entries to care (first day of a stay) by month and the referral's first reason. */
export async function entriesByMonth(q: Queryable, f: IndicatorFilter) {
  return q.query<{ month: string; reason: string; n: number }>(
    `with ${stays(f)}
     select to_char(e.started, 'YYYY-MM') as month,
            coalesce((select r.reasons[1] from referrals r where r.case_id = e.case_id order by r.received_on limit 1), 'unknown') as reason,
            count(*)::int as n
       from episodes e where e.started between $8::date and $9::date
      group by 1, 2 order by 1, 2`,
    params(f),
  );
}

/** Exits from care (last day of a stay) by month and the reason the last placement ended. */
export async function exitsByMonth(q: Queryable, f: IndicatorFilter) {
  return q.query<{ month: string; reason: string; n: number }>(
    `with ${stays(f)}
     select to_char(e.ended, 'YYYY-MM') as month, coalesce(e.end_reason, 'unknown') as reason, count(*)::int as n
       from episodes e where e.ended between $8::date and $9::date
      group by 1, 2 order by 1, 2`,
    params(f),
  );
}

/** Length of stay in days: of the stays that ended in the period, and so far for children in care on the date. */
export async function lengthOfStay(q: Queryable, f: IndicatorFilter) {
  return q.query<{ group: 'exited' | 'in_care'; band: string; n: number; median: number | null }>(
    `with ${stays(f)},
     stays as (
       select 'exited' as grp, (e.ended - e.started) as days from episodes e where e.ended between $8::date and $9::date
       union all
       select distinct on (s.child_id) 'in_care', ($7::date - s.episode_started) from stock s)
     select grp as "group",
            case when days < 183 then 'lt6m' when days < 365 then '6to12m' when days < 1096 then '1to3y' else '3yplus' end as band,
            count(*)::int as n, null::float8 as median
       from stays group by 1, 2
     union all
     select grp, 'median', count(*)::int, (percentile_cont(0.5) within group (order by days))::float8 from stays group by 1`,
    params(f),
  );
}

/** Placement moves in the current stay of each child in care on the date. */
export async function movesPerChild(q: Queryable, f: IndicatorFilter) {
  return q.query<{ moves: number; n: number }>(
    `with ${stays(f)}
     select least(s.seq - 1, 3)::int as moves, count(*)::int as n from stock s
      group by 1 order by 1`,
    params(f),
  );
}

/**
 * One row per child in care on the date with what the quality indicators ask of them; the
 * drill-down lists read the same rows, so a number and the children behind it always agree.
 * Everyone in care on the date, young adults (18+) still in care included: their plans, reviews
 * and contact are the same work, and the case list's overdue filter must be the same set
 * (docs/indicators.md, "Who the quality shares count").
 */
const STOCK_FLAGS = `
  sib as (
    select s.child_id, bool_and(o.place = s.place) as together
      from stock s join sibling_group_members m on m.person_id = s.child_id
      join sibling_group_members om on om.group_id = m.group_id and om.person_id <> m.person_id
      join stock o on o.child_id = om.person_id
     group by s.child_id),
  flags as (
    select s.child_id, s.case_id, s.setting_type, s.location_id, s.place,
      ${carePlanCurrentSql('s.case_id', '$7::date')} as care_plan,
      ${reviewDueOnSql('s.case_id', '$7::date')} >= $7::date as review_on_time,
      exists (select 1 from family_contacts fc where fc.case_id = s.case_id and fc.status = 'held'
              and fc.contact_on > ($7::date - interval '3 months')::date and fc.contact_on <= $7::date) as family_contact,
      s.seq - 1 as moves,
      sib.together as siblings_together
    from stock s left join sib on sib.child_id = s.child_id)`;

export async function stockShares(q: Queryable, f: IndicatorFilter) {
  return (
    await q.query<{
      inCare: number;
      carePlan: number;
      reviewOnTime: number;
      familyContact: number;
      withSiblings: number;
      siblingsTogether: number;
    }>(
      `with ${stays(f)}, ${STOCK_FLAGS}
       select count(*)::int as "inCare", count(*) filter (where care_plan)::int as "carePlan",
              count(*) filter (where review_on_time)::int as "reviewOnTime",
              count(*) filter (where family_contact)::int as "familyContact",
              count(siblings_together)::int as "withSiblings",
              count(*) filter (where siblings_together)::int as "siblingsTogether"
         from flags`,
      params(f),
    )
  )[0]!;
}

/**
 * Entries in the period with an approved gatekeeping decision of their own: decided by the
 * entry (emergencies: within the programme's days) and, for a re-entry, after the previous
 * stay ended, so no admission counts as gatekept by the decision of an earlier one.
 */
export async function gatekeepingOnEntry(q: Queryable, f: IndicatorFilter) {
  return (
    await q.query<{ entries: number; assessed: number }>(
      `with ${stays(f)}
       select count(*)::int as entries, count(*) filter (where exists (
                select 1 from gatekeeping_assessments g where g.case_id = e.case_id and g.status = 'approved'
                   and coalesce(g.authority_decision_date, g.reviewed_at::date) <= e.started + case when e.emergency
                     then coalesce((select pr.emergency_assessment_days from programmes pr where pr.id = e.first_programme_id), 7)
                     else 0 end
                   and (e.prev_ended is null or coalesce(g.authority_decision_date, g.reviewed_at::date) > e.prev_ended)))::int as assessed
         from episodes_ordered e where e.started between $8::date and $9::date`,
      params(f),
    )
  )[0]!;
}

/**
 * Short-term care placements that ended with the child going home in the period, and re-entry
 * after reunification: the children whose stay in care ended by reunification in the 12 months
 * one year before the period (from − 12 months to to − 12 months), so each has 12 full months
 * of follow-up by the period's end, each child once (by their first such exit); of them, those
 * with a new stay that began within 12 months of that exit.
 */
export async function shortTermOutcomes(q: Queryable, f: IndicatorFilter) {
  return (
    await q.query<{ reunified: number; reunifiedFollowed: number; reEntries: number }>(
      `with ${stays(f)},
       cohort as (
         select distinct on (e.child_id) e.child_id, e.ended, e.next_started from episodes_ordered e
          where e.end_reason = 'reunification'
            and e.ended between ($8::date - interval '12 months')::date and ($9::date - interval '12 months')::date
          order by e.child_id, e.ended)
       select (select count(*) from ep where ep.setting_type = 'short_term' and ep.end_reason = 'reunification'
                 and ep.end_date between $8::date and $9::date)::int as reunified,
              (select count(*) from cohort)::int as "reunifiedFollowed",
              (select count(*) from cohort where next_started <= (ended + interval '12 months')::date)::int as "reEntries"`,
      params(f),
    )
  )[0]!;
}

/**
 * After-care follow-ups of care leavers in the period: one row per status (held, missed) with
 * no dimension, then one per rating given on the follow-ups held.
 */
export async function afterCareOutcomes(q: Queryable, f: IndicatorFilter) {
  return q.query<{ status: string; dimension: string | null; rating: number | null; n: number }>(
    `with fu as (
       select fu.* from follow_ups fu join cases c on c.id = fu.case_id
        where fu.kind = 'after_care' and fu.status <> 'due' and coalesce(fu.held_on, fu.due_on) between $8::date and $9::date
          and ${caseVisible(1)}
          and ($5::uuid is null or c.location_id = $5::uuid) and ($6::uuid is null or c.programme_id = $6::uuid)
          and $7::date is not null)
     select status, null as dimension, null::int as rating, count(*)::int as n from fu group by 1
     union all
     select 'held', r.key, r.value::int, count(*)::int
       from fu cross join lateral jsonb_each_text(coalesce(fu.ratings, '{}'::jsonb)) r
      where fu.status = 'held' group by 2, 3
     order by 1, 2 nulls first, 3`,
    params(f),
  );
}

/**
 * The children who left residential care in the period: a residential placement ended and the
 * child did not move on at once to another residential one. `toFamily`: they went to a
 * family-based placement starting within a day, or home, to kin, adoption or guardianship.
 * One row per placement; the counts are of distinct children.
 */
const LEFT_RESIDENTIAL = `
  left_residential as (
    select a.child_id,
           ((a.next_setting = any($11::text[]) and a.next_start between a.end_date and a.end_date + 1)
            or a.end_reason in ('reunification', 'kinship', 'adoption', 'guardianship')) as to_family,
           (a.next_setting = any($10::text[]) and a.next_start between a.end_date and a.end_date + 1) as moved_within
      from ep a where a.setting_type = any($10::text[]) and a.end_date between $8::date and $9::date)`;

/** How care settings are grouped for the core indicators (see dashboard.service.ts). */
export interface CareCategories {
  residential: readonly string[];
  familyLike: readonly string[];
  familyBased: readonly string[];
}

/**
 * The core formal-care indicators' counts: children (under 18 on the as-at date) in care by
 * residential / family-like / family-based care, and young adults (18 or older) in care apart;
 * entries in the period as children (each once) and as stays; the children who left
 * residential care in the period — for a family (family-like or family-based), and in all.
 */
export async function coreCounts(q: Queryable, f: IndicatorFilter, c: CareCategories) {
  return (
    await q.query<{
      residential: number;
      familyLike: number;
      familyBased: number;
      inCare: number;
      youngAdults: number;
      entries: number;
      entryStays: number;
      leftResidentialForFamily: number;
      leftResidential: number;
    }>(
      `with ${stays(f)}, ${LEFT_RESIDENTIAL}
       select (select count(*) from stock where not young_adult and setting_type = any($10::text[]))::int as residential,
              (select count(*) from stock where not young_adult and setting_type = any($12::text[]))::int as "familyLike",
              (select count(*) from stock where not young_adult and setting_type = any($13::text[]))::int as "familyBased",
              (select count(*) from stock where not young_adult)::int as "inCare",
              (select count(*) from stock where young_adult)::int as "youngAdults",
              (select count(distinct child_id) from episodes e where e.started between $8::date and $9::date)::int as entries,
              (select count(*) from episodes e where e.started between $8::date and $9::date)::int as "entryStays",
              (select count(distinct child_id) from left_residential where to_family)::int as "leftResidentialForFamily",
              (select count(distinct child_id) from left_residential where to_family or not coalesce(moved_within, false))::int
                as "leftResidential"`,
      [...params(f), c.residential, [...c.familyLike, ...c.familyBased], c.familyLike, c.familyBased],
    )
  )[0]!;
}

/** Children in the region(s) for the year: the locations filtered, or all those in the viewer's scope. */
export async function childPopulation(q: Queryable, f: IndicatorFilter, year: number) {
  return (
    await q.query<{ children: number | null; locations: number }>(
      `select sum(children)::int as children, count(*)::int as locations from child_population cp
        where cp.year = $2 and (($1::uuid is not null and cp.location_id = $1::uuid)
          or ($1::uuid is null and ($3::boolean or cp.location_id = any($4::uuid[]))))`,
      [f.locationId, year, f.viewer.scope.all, [...f.viewer.scope.locationIds]],
    )
  )[0]!;
}

export type DrillDown =
  | { indicator: 'children_in_care'; setting?: string; sex?: string; ageBand?: string }
  | { indicator: 'care_plan_missing' | 'reviews_overdue' | 'no_family_contact' | 'siblings_apart' }
  | { indicator: 'moves'; moves: number };

const DRILL: Record<DrillDown['indicator'], string> = {
  // Children under 18; young adults (18+) only when their age band is asked for.
  children_in_care: `(${AGE_BAND} <> '18+' or $12::text = '18+')`,
  care_plan_missing: 'not f.care_plan',
  reviews_overdue: 'not f.review_on_time',
  no_family_contact: 'not f.family_contact',
  siblings_apart: 'f.siblings_together = false',
  moves: 'least(f.moves, 3) = $13::int',
};

/** The children behind a number (names for roles that may see them), at most `limit` after `offset`. */
export async function drillDownChildren(
  q: Queryable,
  f: IndicatorFilter,
  d: DrillDown,
  limit: number,
  offset = 0,
) {
  const cell = d.indicator === 'children_in_care' ? d : {};
  return q.query<{
    caseId: string;
    caseNumber: string;
    name: string;
    birthDate: string | null;
    setting: string;
    locationId: string;
    total: number;
  }>(
    `with ${stays(f)}, ${STOCK_FLAGS}
     select count(*) over ()::int as total, f.case_id as "caseId", c.case_number as "caseNumber", pe.family_name || ' ' || pe.given_name as name,
            pe.birth_date as "birthDate", f.setting_type as setting, f.location_id as "locationId"
       from flags f join cases c on c.id = f.case_id join persons pe on pe.id = f.child_id
      where ${DRILL[d.indicator]} and coalesce($13::int, 0) >= 0
        and ($10::text is null or f.setting_type = $10) and ($11::text is null or coalesce(pe.sex, 'unknown') = $11)
        and ($12::text is null or ${AGE_BAND} = $12)
      order by pe.family_name, pe.given_name, f.case_id limit ${Math.trunc(limit)} offset ${Math.trunc(offset)}`,
    [
      ...params(f),
      'setting' in cell ? (cell.setting ?? null) : null,
      'sex' in cell ? (cell.sex ?? null) : null,
      'ageBand' in cell ? (cell.ageBand ?? null) : null,
      d.indicator === 'moves' ? d.moves : null,
    ],
  );
}

export async function populationRows(q: Queryable) {
  return q.query<{ locationId: string; year: number; children: number; source: string; version: number }>(
    `select location_id as "locationId", year, children, source, version from child_population order by year desc, location_id`,
  );
}

export async function upsertPopulation(
  q: Queryable,
  p: {
    locationId: string;
    year: number;
    children: number;
    source: string;
    version: number | null;
    userId: string;
  },
): Promise<boolean> {
  if (p.version === null) {
    const rows = await q.query(
      `insert into child_population (location_id, year, children, source, updated_by) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning year`,
      [p.locationId, p.year, p.children, p.source, p.userId],
    );
    return rows.length === 1;
  }
  const rows = await q.query(
    `update child_population set children = $3, source = $4, updated_by = $5, updated_at = now(), version = version + 1
      where location_id = $1 and year = $2 and version = $6 returning year`,
    [p.locationId, p.year, p.children, p.source, p.userId, p.version],
  );
  return rows.length === 1;
}
