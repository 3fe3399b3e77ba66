import { randomBytes } from 'node:crypto';
import pg from 'pg';
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
  return process.env.YUVA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Creates an empty database on the PostgreSQL server and returns its URL. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = adminDatabaseUrl();
  const name = `yuva_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

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
