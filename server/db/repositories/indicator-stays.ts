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

/** The nine parameters every indicator query takes, in order. */
export const filterParams = (f: IndicatorFilter) => [
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

export const stays = (f: IndicatorFilter) => (f.staysInTable ? FROM_TEMP : INLINE);

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
      filterParams(f),
    );
    await tx.query('analyze indicator_stays');
    return work(tx, { ...f, staysInTable: true });
  });
}

export const AGE_BAND = `case when pe.birth_date is null then 'unknown'
  when date_part('year', age($7::date, pe.birth_date)) < 7 then '0-6'
  when date_part('year', age($7::date, pe.birth_date)) < 14 then '7-13'
  when date_part('year', age($7::date, pe.birth_date)) < 18 then '14-17' else '18+' end`;

/**
 * One row per child in care on the date with what the quality indicators ask of them; the
 * drill-down lists read the same rows, so a number and the children behind it always agree.
 * Everyone in care on the date, young adults (18+) still in care included: their plans, reviews
 * and contact are the same work, and the case list's overdue filter must be the same set
 * (docs/indicators.md, "Who the quality shares count").
 */
export const STOCK_FLAGS = `
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
