import { type Db, openPglite, openPostgres } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { loadReferenceData } from '../../server/db/seeds/reference';
import { createEmptyPostgresDatabase, DEFAULT_POSTGRES_URL } from '../lib/postgres';

export type BenchDatabaseKind = 'postgres' | 'pglite';

/** The PostgreSQL server the benchmarks make their databases on. */
export const benchPostgresUrl = (): string => process.env.YUVA_BENCH_DATABASE_URL ?? DEFAULT_POSTGRES_URL;

/**
 * Runs `work` on a migrated database with the reference data, of its own: a new database on the
 * PostgreSQL server of YUVA_BENCH_DATABASE_URL (or `adminUrl`), dropped afterwards, or an in-memory
 * PGlite. What a benchmark generates in it is its own business.
 */
export async function withBenchDatabase<T>(
  kind: BenchDatabaseKind,
  work: (db: Db) => Promise<T>,
  options: { pool?: number; adminUrl?: string } = {},
): Promise<T> {
  if (kind === 'pglite') return runMigrated(await openPglite(), work);
  const { url, drop } = await createEmptyPostgresDatabase(
    options.adminUrl ?? benchPostgresUrl(),
    'yuva_bench',
  );
  try {
    return await runMigrated(await openPostgres(url, options.pool ?? 4), work);
  } finally {
    await drop();
  }
}

async function runMigrated<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  try {
    await migrate(db);
    await loadReferenceData(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
