import type { Db } from '../client';
import { upsertPopulation } from '../repositories/child-population.repository';
import { CHILD_POPULATION, POPULATION_YEAR, populationSource } from './population.data';

/**
 * The demo locations' child population (`population.data.ts`), for every year from the
 * estimate's to the demo's current year, so the dashboard's rates per 100,000 children are
 * worked out. Rows already there (an administrator's own figure) are left as they are.
 */
export async function seedChildPopulation(db: Db, today: string, userId: string): Promise<number> {
  const locations = new Map(
    (await db.query<{ code: string; id: string }>('select code, id from locations')).map((r) => [
      r.code,
      r.id,
    ]),
  );
  let loaded = 0;
  const last = Math.max(POPULATION_YEAR, Number(today.slice(0, 4)));
  await db.transaction(async (tx) => {
    for (const p of CHILD_POPULATION) {
      const locationId = locations.get(p.location);
      if (!locationId) continue; // a location the installation does not have
      for (let year = POPULATION_YEAR; year <= last; year++) {
        const saved = await upsertPopulation(tx, {
          locationId,
          year,
          children: p.children,
          source: populationSource(year),
          version: null,
          userId,
        });
        if (saved) loaded++;
      }
    }
  });
  return loaded;
}
