import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the tests and benchmarks use when none is named. */
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Creates an empty database of its own on the server of `adminUrl` and returns its URL and the
 * function that drops it (with force: connections a failed run left open do not keep it).
 */
export async function createEmptyPostgresDatabase(
  adminUrl: string,
  prefix = 'yuva_t',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(adminUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
