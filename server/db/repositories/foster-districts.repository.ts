import type { Queryable } from '../client';

// Foster families' districts written as free text: the ones without a place code yet.

export interface FreeTextDistrict {
  id: string;
  reference: string;
  country: string;
  district: string;
}

/** Families whose district is written but has no place code (not matched, or not yet tried). */
export async function familiesWithoutDistrictCode(q: Queryable): Promise<FreeTextDistrict[]> {
  return q.query<FreeTextDistrict>(
    `select id, reference, country, district from foster_families
      where district_code is null and btrim(district) <> '' order by reference`,
  );
}

/** Sets the codes matched for free-text districts, leaving any family whose code was set meanwhile. */
export async function fillDistrictCodes(
  q: Queryable,
  matches: { id: string; code: string }[],
): Promise<number> {
  if (!matches.length) return 0;
  const rows = await q.query(
    `update foster_families f set district_code = m.code
       from unnest($1::uuid[], $2::text[]) as m(id, code)
      where f.id = m.id and f.district_code is null returning f.id`,
    [matches.map((m) => m.id), matches.map((m) => m.code)],
  );
  return rows.length;
}
