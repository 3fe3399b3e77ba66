import type { Queryable } from '../client';
import type { IndicatorFilter } from './indicator-stays';

/* The number of children living in each region, per year: the denominator of the rates. */

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
