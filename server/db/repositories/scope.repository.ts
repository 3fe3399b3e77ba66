import type { Queryable } from '../client';

/** The ids among those given that name no location or programme. */
export async function unknownScopeIds(
  q: Queryable,
  locationIds: string[],
  programmeIds: string[],
): Promise<string[]> {
  if (!locationIds.length && !programmeIds.length) return [];
  const rows = await q.query<{ id: string }>(
    `select id from unnest($1::uuid[]) as id where id not in (select id from locations)
     union all
     select id from unnest($2::uuid[]) as id where id not in (select id from programmes)`,
    [locationIds, programmeIds],
  );
  return rows.map((r) => r.id);
}
