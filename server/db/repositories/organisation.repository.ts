import type { HouseView, LocationView, ProgrammeView } from '../../../common/contracts/organisation';
import type { ProgrammeType } from '../../../common/organisation';
import type { Queryable } from '../client';
import type { Scope } from '../types/scope';

/** SQL condition: programme alias `p` is inside the scope passed as $1 (all), $2 (programmes), $3 (locations). */
const PROGRAMME_IN_SCOPE = '($1::boolean or p.id = any($2::uuid[]) or p.location_id = any($3::uuid[]))';
const scopeParams = (s: Scope) => [s.all, [...s.programmeIds], [...s.locationIds]];

export async function listLocations(q: Queryable, scope: Scope): Promise<LocationView[]> {
  return q.query<LocationView>(
    `select l.id, l.code, l.name, count(p.id)::int as "programmeCount"
       from locations l
       left join programmes p on p.location_id = l.id and ${PROGRAMME_IN_SCOPE}
      where $1::boolean or l.id = any($3::uuid[]) or p.id is not null
      group by l.id order by l.code`,
    scopeParams(scope),
  );
}

const PROGRAMME_SELECT = `
  select p.id, p.code, p.type, p.location_id as "locationId", l.name as "locationName", p.name,
         p.start_date as "startDate", p.start_date_precision as "startDatePrecision", p.status, p.milestones,
         coalesce(h.house_count, 0)::int as "houseCount", coalesce(h.capacity, 0)::int as capacity,
         p.review_interval_months as "reviewIntervalMonths", p.emergency_assessment_days as "emergencyAssessmentDays",
         p.aftercare_followup_months as "aftercareFollowupMonths", p.version
    from programmes p
    left join locations l on l.id = p.location_id
    left join (select programme_id, count(*) as house_count, sum(capacity) as capacity
                 from family_houses where status = 'active' group by programme_id) h on h.programme_id = p.id`;

export async function listProgrammes(
  q: Queryable,
  scope: Scope,
  filter: { type?: ProgrammeType; locationId?: string },
): Promise<ProgrammeView[]> {
  const params: unknown[] = [...scopeParams(scope), filter.type ?? null, filter.locationId ?? null];
  return q.query<ProgrammeView>(
    `${PROGRAMME_SELECT}
      where ${PROGRAMME_IN_SCOPE} and ($4::text is null or p.type = $4) and ($5::uuid is null or p.location_id = $5)
      order by l.code nulls last, p.type, p.code`,
    params,
  );
}

export async function findProgramme(
  q: Queryable,
  scope: Scope,
  id: string,
): Promise<ProgrammeView | undefined> {
  const rows = await q.query<ProgrammeView>(`${PROGRAMME_SELECT} where ${PROGRAMME_IN_SCOPE} and p.id = $4`, [
    ...scopeParams(scope),
    id,
  ]);
  return rows[0];
}

export async function listHouses(
  q: Queryable,
  programmeId: string,
  asOf: string,
): Promise<Omit<HouseView, 'children'>[]> {
  return q.query<Omit<HouseView, 'children'>>(
    `select h.id, h.house_number as "houseNumber", h.name, h.capacity, h.status,
            (select pe.given_name || ' ' || pe.family_name from house_caregivers c join persons pe on pe.id = c.person_id
              where c.house_id = h.id and c.role = 'sos_parent' and c.start_date <= $2
                and (c.end_date is null or c.end_date > $2)
              order by c.start_date desc limit 1) as "sosParent",
            coalesce((select array_agg(pe.given_name || ' ' || pe.family_name order by pe.family_name)
               from house_caregivers c join persons pe on pe.id = c.person_id
              where c.house_id = h.id and c.role = 'aunt' and c.start_date <= $2
                and (c.end_date is null or c.end_date > $2)), '{}') as aunts,
            (select count(*)::int from placements pl
              where pl.house_id = h.id and not pl.superseded and pl.start_date <= $2 and (pl.end_date is null or pl.end_date > $2))
              as "childrenCount"
       from family_houses h
      where h.programme_id = $1
      order by h.house_number`,
    [programmeId, asOf],
  );
}

/** The children living in the village's houses on a date, with their case when the viewer may open it. */
export async function childrenInHouses(
  q: Queryable,
  programmeId: string,
  asOf: string,
  viewer: { scope: Scope; userId: string },
): Promise<{ houseId: string; caseId: string | null; name: string; birthDate: string | null }[]> {
  return q.query(
    `select pl.house_id as "houseId", p.given_name || ' ' || p.family_name as name, p.birth_date as "birthDate",
            (select c.id from cases c where c.id = pl.case_id and ($3::boolean or c.location_id = any($4::uuid[])
               or c.programme_id = any($5::uuid[]) or c.assigned_worker_id = $6::uuid)) as "caseId"
       from placements pl join persons p on p.id = pl.child_id join family_houses h on h.id = pl.house_id
      where h.programme_id = $1 and not pl.superseded and pl.start_date <= $2 and (pl.end_date is null or pl.end_date > $2)
      order by p.family_name, p.given_name`,
    [
      programmeId,
      asOf,
      viewer.scope.all,
      [...viewer.scope.locationIds],
      [...viewer.scope.programmeIds],
      viewer.userId,
    ],
  );
}

/** Children living in the village at the end of each month, next to its capacity then. */
export async function villageOccupancy(
  q: Queryable,
  programmeId: string,
  months: number,
  today: string,
): Promise<{ month: string; children: number; capacity: number }[]> {
  return q.query(
    `with months as (
       select (date_trunc('month', $2::date) - make_interval(months => g))::date as first_day
         from generate_series(0, $3 - 1) g),
     ends as (select first_day, least((first_day + interval '1 month' - interval '1 day')::date, $2::date) as day from months)
     select to_char(e.first_day, 'YYYY-MM') as month,
            (select count(*)::int from placements pl join family_houses h on h.id = pl.house_id
              where h.programme_id = $1 and not pl.superseded and pl.start_date <= e.day
                and (pl.end_date is null or pl.end_date > e.day)) as children,
            -- Houses carry no history of their capacity yet: today's places stand for every month.
            (select coalesce(sum(capacity), 0)::int from family_houses h where h.programme_id = $1 and h.status = 'active') as capacity
       from ends e order by e.first_day`,
    [programmeId, today, months],
  );
}

/** Optimistic update of a programme's policy settings; false when someone saved first. */
export async function updateProgrammeSettings(
  q: Queryable,
  id: string,
  s: {
    version: number;
    reviewIntervalMonths: number;
    emergencyAssessmentDays: number;
    aftercareFollowupMonths: number[];
  },
): Promise<boolean> {
  const rows = await q.query(
    `update programmes set review_interval_months = $3, emergency_assessment_days = $4, aftercare_followup_months = $5,
            version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [
      id,
      s.version,
      s.reviewIntervalMonths,
      s.emergencyAssessmentDays,
      [...new Set(s.aftercareFollowupMonths)].sort((a, b) => a - b),
    ],
  );
  return rows.length === 1;
}

/** Cases of a programme whose next review date follows from its interval. */
export async function casesOfProgramme(q: Queryable, programmeId: string): Promise<string[]> {
  return (
    await q.query<{ id: string }>("select id from cases where programme_id = $1 and status = 'in_care'", [
      programmeId,
    ])
  ).map((r) => r.id);
}

export async function locationExists(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from locations where id = $1', [id])).length === 1;
}

export async function programmeExists(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('select 1 from programmes where id = $1', [id])).length === 1;
}

/** Days the programme allows for assessing a child placed in an emergency (undefined: no such programme). */
export async function emergencyAssessmentDays(
  q: Queryable,
  programmeId: string | null,
): Promise<number | undefined> {
  const rows = await q.query<{ d: number }>(
    'select emergency_assessment_days as d from programmes where id = $1',
    [programmeId],
  );
  return rows[0]?.d;
}
