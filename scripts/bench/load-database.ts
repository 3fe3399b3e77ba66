import pg from 'pg';
import { openPostgres } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { loadReferenceData } from '../../server/db/seeds/reference';
import { benchPostgresUrl } from './database';
import { generateCaseload } from './load-data';

/**
 * The load benchmark's databases: one a size (`yuva_load_<size>`) on the server of
 * YUVA_BENCH_DATABASE_URL, named rather than random so that `--reuse` finds a large one again
 * (generating a million children takes long).
 */
const nameOf = (size: number) => `yuva_load_${size}`;

function databaseUrl(name: string) {
  const url = new URL(benchPostgresUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: benchPostgresUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export const dropLoadDatabase = (size: number) =>
  onServer((admin) => admin.query(`drop database if exists ${nameOf(size)} with (force)`));

/** The size's database URL, the database generated unless `reuse` finds it complete. */
export async function prepareLoadDatabase(size: number, options: { reuse: boolean; today: string }) {
  const name = nameOf(size);
  const url = databaseUrl(name);
  if (options.reuse && (await isComplete(name, size))) {
    console.log(`  reusing ${name} (${size.toLocaleString('en')} children)`);
    return url;
  }
  await onServer(async (admin) => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  });
  const db = await openPostgres(url, 1);
  try {
    await migrate(db);
    await loadReferenceData(db);
    const started = Date.now();
    await generateCaseload(db, size, options.today, (done, total) =>
      process.stdout.write(
        `\r  generating: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} children with histories (${Math.round((100 * done) / total)} %, ${Math.round((Date.now() - started) / 1000)} s)   `,
      ),
    );
    process.stdout.write('\n');
  } finally {
    await db.close();
  }
  return url;
}

/** Whether the database exists with the size's children (migrated to the current schema on the way). */
async function isComplete(name: string, size: number): Promise<boolean> {
  const exists = await onServer(
    async (admin) => (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount,
  );
  if (!exists) return false;
  const db = await openPostgres(databaseUrl(name), 2);
  try {
    const done = await db
      .query<{ n: number }>(`select count(*)::int as n from cases where case_number like 'YV-L-%'`)
      .catch(() => [{ n: -1 }]);
    await migrate(db);
    return done[0]?.n === size;
  } finally {
    await db.close();
  }
}
