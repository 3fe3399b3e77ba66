import type { Queryable } from '../client';
import { caseVisible } from './case-scope';
import { AGE_BAND, filterParams, type IndicatorFilter, STOCK_FLAGS, stays } from './indicator-stays';

/*
 * The dashboard's figures, each one query over the stays of `indicator-stays.ts`.
 */

/** Children in care on the date by care setting × sex × age band × disability. */
export async function stockBreakdown(q: Queryable, f: IndicatorFilter) {
  return q.query<{ setting: string; sex: string; ageBand: string; disability: boolean; n: number }>(
    `with ${stays(f)}
     select s.setting_type as setting, coalesce(pe.sex, 'unknown') as sex, ${AGE_BAND} as "ageBand",
            pe.disability, count(*)::int as n
       from stock s join persons pe on pe.id = s.child_id
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    filterParams(f),
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
    filterParams(f),
  );
}

/** Exits from care (last day of a stay) by month and the reason the last placement ended. */
export async function exitsByMonth(q: Queryable, f: IndicatorFilter) {
  return q.query<{ month: string; reason: string; n: number }>(
    `with ${stays(f)}
     select to_char(e.ended, 'YYYY-MM') as month, coalesce(e.end_reason, 'unknown') as reason, count(*)::int as n
       from episodes e where e.ended between $8::date and $9::date
      group by 1, 2 order by 1, 2`,
    filterParams(f),
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
    filterParams(f),
  );
}

/** Placement moves in the current stay of each child in care on the date. */
export async function movesPerChild(q: Queryable, f: IndicatorFilter) {
  return q.query<{ moves: number; n: number }>(
    `with ${stays(f)}
     select least(s.seq - 1, 3)::int as moves, count(*)::int as n from stock s
      group by 1 order by 1`,
    filterParams(f),
  );
}

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
      filterParams(f),
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
    await q.query<{ entries: number; assessed: number; prevented: number }>(
      `with ${stays(f)}
       select count(*)::int as entries,
              -- Entries prevented: children whose approved gatekeeping decision in the period was
              -- support for the family instead of care (each child once).
              (select count(distinct c.child_id)::int from gatekeeping_assessments g
                 join cases c on c.id = g.case_id
                where g.status = 'approved' and g.decision = 'family_support_only'
                  and coalesce(g.authority_decision_date, g.reviewed_at::date) between $8::date and $9::date
                  and ${caseVisible(1)}
                  and ($5::uuid is null or c.location_id = $5::uuid)
                  and ($6::uuid is null or c.programme_id = $6::uuid)) as prevented,
              count(*) filter (where exists (
                select 1 from gatekeeping_assessments g where g.case_id = e.case_id and g.status = 'approved'
                   and coalesce(g.authority_decision_date, g.reviewed_at::date) <= e.started + case when e.emergency
                     then coalesce((select pr.emergency_assessment_days from programmes pr where pr.id = e.first_programme_id), 7)
                     else 0 end
                   and (e.prev_ended is null or coalesce(g.authority_decision_date, g.reviewed_at::date) > e.prev_ended)))::int as assessed
         from episodes_ordered e where e.started between $8::date and $9::date`,
      filterParams(f),
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
      filterParams(f),
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
    filterParams(f),
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
      [...filterParams(f), c.residential, [...c.familyLike, ...c.familyBased], c.familyLike, c.familyBased],
    )
  )[0]!;
}
