import type { Queryable } from '../client';
import { AGE_BAND, filterParams, type IndicatorFilter, STOCK_FLAGS, stays } from './indicator-stays';

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
      ...filterParams(f),
      'setting' in cell ? (cell.setting ?? null) : null,
      'sex' in cell ? (cell.sex ?? null) : null,
      'ageBand' in cell ? (cell.ageBand ?? null) : null,
      d.indicator === 'moves' ? d.moves : null,
    ],
  );
}
