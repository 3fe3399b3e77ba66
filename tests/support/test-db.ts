import {
  createEmptyPostgresDatabase as createEmptyDatabase,
  DEFAULT_POSTGRES_URL,
} from '../../scripts/lib/postgres';
import { type Db, openPglite, openPostgres } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { loadReferenceData } from '../../server/db/seeds/reference';

/**
 * A fresh, migrated database with the reference data, for one test file.
 * YUVA_TEST_DB=postgres runs against the PostgreSQL server named by YUVA_TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/test), in a database of its own that is
 * dropped afterwards; otherwise an in-memory PGlite.
 */
export async function createTestDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (testDbKind() === 'postgres') return createPostgresTestDb();
  const db = await openPglite();
  await migrate(db);
  await loadReferenceData(db);
  return { db, drop: () => db.close() };
}

export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.YUVA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export function adminDatabaseUrl(): string {
  return process.env.YUVA_TEST_DATABASE_URL ?? DEFAULT_POSTGRES_URL;
}

/** Creates an empty database on the test PostgreSQL server and returns its URL. */
export const createEmptyPostgresDatabase = () => createEmptyDatabase(adminDatabaseUrl());

async function createPostgresTestDb() {
  const { url, drop } = await createEmptyPostgresDatabase();
  const db = await openPostgres(url, 5);
  await migrate(db);
  await loadReferenceData(db);
  return {
    db,
    drop: async () => {
      await db.close();
      await drop();
    },
  };
}

/** PostgreSQL runs only when the test run names a server (as scripts/test.sh does in CI). */
export const postgresAvailable = Boolean(process.env.YUVA_TEST_DATABASE_URL);
