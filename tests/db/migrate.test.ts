import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { createEmptyPostgresDatabase, testDbKind } from '../support/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe('migrations', () => {
  it('two instances starting at the same moment migrate once', async () => {
    let instances: Awaited<ReturnType<typeof openPglite>>[];
    if (testDbKind() === 'postgres') {
      const { url, drop } = await createEmptyPostgresDatabase();
      instances = [await openPostgres(url, 2), await openPostgres(url, 2)];
      cleanups.push(drop);
    } else {
      // PGlite is one process with one connection: two starts share it and must still agree.
      const db = await openPglite();
      instances = [db, db];
    }
    for (const db of new Set(instances)) cleanups.push(() => db.close());
    const results = await Promise.all(instances.map((db) => migrate(db)));
    const applied = results.flatMap((r) => r.applied);
    const files = new Set(applied);
    expect(applied.length).toBe(files.size);
    expect(files.has('0001_foundation.sql')).toBe(true);
    const rows = await instances[0]!.query<{ name: string }>('select name from schema_migrations');
    expect(rows.length).toBe(files.size);
    // A later start finds nothing to do.
    expect((await migrate(instances[1]!)).applied).toEqual([]);
  });
});
