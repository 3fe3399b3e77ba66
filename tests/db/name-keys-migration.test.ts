import { afterAll, expect, it } from 'vitest';
import { consonantSkeleton, nameKey } from '../../common/text/name-key';
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

/** Keys as the code built them before 0027 (u and ü a class of their own), one word each. */
const BEFORE: [string, string][] = [
  ['Qasımov', 'kasimov'],
  ['Yusufov', 'usufov'],
  ['Quliyev', 'kuliav'],
  ['Hüseyn', 'kusain'],
  ['Nurəddin', 'nuradin'],
  ['Müslüm', 'muslum'],
  ['Gülnarə', 'kulnara'],
  ['Kuular', 'kular'],
  ['Ruiz', 'ruiz'],
];

it('0027 rewrites the keys stored before it as the code now builds them, skeleton included', async () => {
  const db = await emptyDb();
  const files = await migrationFiles();
  const before = new Set(files.filter((f) => f < '0027'));
  await db.transaction((tx) => applyMigrations(tx, undefined, before));
  const words = BEFORE.map(([w]) => w);
  const oldKeys = BEFORE.map(([, k]) => k);
  const [person] = await db.query<{ id: string }>(
    "insert into persons (given_name, family_name) values ('x', 'y') returning id",
  );
  await db.query(
    `insert into person_name_keys (person_id, position, folded, key)
     select $1, ordinality - 1, w, k from unnest($2::text[], $3::text[]) with ordinality as t(w, k)`,
    [person!.id, words, oldKeys],
  );
  await db.query(`insert into person_full_keys (person_id, ordering, folded, key) values ($1, 0, 'x', $2)`, [
    person!.id,
    oldKeys.join(' '),
  ]);
  await db.transaction((tx) => applyMigrations(tx));
  const rows = await db.query<{ key: string; skeleton: string }>(
    'select key, skeleton from person_name_keys order by position',
  );
  expect(rows.map((r) => r.key)).toEqual(words.map(nameKey));
  expect(rows.map((r) => r.skeleton)).toEqual(words.map((w) => consonantSkeleton(nameKey(w))));
  const [full] = await db.query<{ key: string }>('select key from person_full_keys');
  expect(full!.key).toBe(words.map(nameKey).join(' '));
}, 120_000);
