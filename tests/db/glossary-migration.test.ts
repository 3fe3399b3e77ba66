import { afterAll, expect, it } from 'vitest';
import { type Db, openPglite, openPostgres } from '../../server/db/client';
import { applyMigrations, migrationFiles } from '../../server/db/migrate';
import { createEmptyPostgresDatabase, testDbKind } from '../support/test-db';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function emptyDb(): Promise<Db> {
  if (testDbKind() === 'postgres') {
    const { url, drop } = await createEmptyPostgresDatabase();
    const db = await openPostgres(url, 1);
    cleanups.push(drop, () => db.close());
    return db;
  }
  const db = await openPglite();
  cleanups.push(() => db.close());
  return db;
}

const name = (az: string, tr: string) => JSON.stringify({ az, tr, ru: 'ru', en: 'en' });

it('0028 writes programme names as the association does, keeping names an administrator changed', async () => {
  const db = await emptyDb();
  const files = await migrationFiles();
  await db.transaction((tx) => applyMigrations(tx, undefined, new Set(files.filter((f) => f < '0028'))));
  const seeded: [string, string, string][] = [
    ['village', 'SOS Uşaq Kəndi, Bakı', 'SOS Çocuk Köyü, Bakü'],
    ['youth', 'Gənclər evi, Bakı', 'Gençlik evi, Bakü'],
    ['day', 'Günərzi qayğı mərkəzi, Gəncə', 'Gündüz bakım merkezi, Gence'],
    ['short', 'Qısa müddətli qayğı, Gəncə', 'Kısa süreli bakım, Gence'],
    ['renamed', 'Bakı gənclər evi (yeni bina)', 'Yeni SOS Çocuk Köyü binası'],
  ];
  for (const [code, az, tr] of seeded)
    await db.query(`insert into programmes (code, type, name) values ($1, 'education', $2)`, [
      code,
      name(az, tr),
    ]);
  await db.transaction((tx) => applyMigrations(tx));
  const rows = await db.query<{ code: string; az: string; tr: string }>(
    "select code, name->>'az' as az, name->>'tr' as tr from programmes order by code",
  );
  expect(Object.fromEntries(rows.map((r) => [r.code, [r.az, r.tr]]))).toEqual({
    village: ['SOS Uşaq Kəndi, Bakı', 'SOS Çocukköyü, Bakü'],
    youth: ['Gənclər Evi, Bakı', 'Gençlik evi, Bakü'],
    day: ['Günərzi Qayğı Mərkəzi, Gəncə', 'Gündüz bakım merkezi, Gence'],
    short: ['Qısa Müddətli Qayğı, Gəncə', 'Kısa süreli bakım, Gence'],
    renamed: ['Bakı gənclər evi (yeni bina)', 'Yeni SOS Çocuk Köyü binası'],
  });
});
