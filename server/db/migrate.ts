import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db, Queryable } from './client';

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'migrations');

/** Any fixed number; every Yuva instance takes the same advisory lock before migrating. */
const MIGRATION_LOCK_KEY = 7_431_002;

export interface MigrationResult {
  applied: string[];
}

/**
 * Applies the numbered SQL files in `migrations/` that have not run yet, all in one
 * transaction under a transaction-level advisory lock: a second instance starting at the
 * same moment waits for the first, then finds nothing left to do.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  return db.transaction((tx) => applyMigrations(tx, dir));
}

/** The migration files in `dir`, in the order they run. */
export async function migrationFiles(dir = MIGRATIONS_DIR): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
}

/**
 * `migrate` inside a transaction the caller holds (a restore rebuilds the schema and loads the
 * rows in one transaction); `only` limits it to the named files.
 */
export async function applyMigrations(
  tx: Queryable,
  dir = MIGRATIONS_DIR,
  only?: ReadonlySet<string>,
): Promise<MigrationResult> {
  const files = await migrationFiles(dir);
  await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
  await tx.query(
    `create table if not exists schema_migrations (
       name text primary key,
       applied_at timestamptz not null default now()
     )`,
  );
  const done = new Set(
    (await tx.query<{ name: string }>('select name from schema_migrations')).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file) || (only && !only.has(file))) continue;
    const sql = await readFile(join(dir, file), 'utf8');
    await tx.exec(sql);
    await tx.query('insert into schema_migrations (name) values ($1)', [file]);
    applied.push(file);
  }
  return { applied };
}
