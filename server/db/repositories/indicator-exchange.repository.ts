import type { Queryable } from '../client';

export async function insertSharedSet(
  q: Queryable,
  s: { country: string; organisation: string; from: string; to: string; document: unknown; userId: string },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into shared_indicator_sets (country, organisation, period_from, period_to, document, imported_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [s.country, s.organisation, s.from, s.to, JSON.stringify(s.document), s.userId],
  );
  return rows[0]!.id;
}

export async function listSharedSets(q: Queryable) {
  const rows = await q.query<{
    id: string;
    country: string;
    organisation: string;
    periodFrom: string;
    periodTo: string;
    importedAt: string;
    importedBy: string | null;
  }>(
    `select s.id, s.country, s.organisation, s.period_from as "periodFrom", s.period_to as "periodTo",
            s.imported_at as "importedAt", u.display_name as "importedBy"
       from shared_indicator_sets s left join users u on u.id = s.imported_by
      order by s.imported_at desc limit 200`,
  );
  return rows.map((r) => ({ ...r, importedAt: new Date(r.importedAt).toISOString() }));
}

export async function sharedSet(q: Queryable, id: string): Promise<unknown | undefined> {
  return (
    await q.query<{ document: unknown }>('select document from shared_indicator_sets where id = $1', [id])
  )[0]?.document;
}

/** The countries of the locations a viewer works in (one, for a national organisation). */
export async function countriesInScope(
  q: Queryable,
  scope: { all: boolean; locationIds: readonly string[] },
) {
  return (
    await q.query<{ country: string }>(
      `select distinct country from locations where $1::boolean or id = any($2::uuid[]) order by 1`,
      [scope.all, [...scope.locationIds]],
    )
  ).map((r) => r.country);
}
