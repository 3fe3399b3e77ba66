/**
 * Backup and restore at size, on PostgreSQL and PGlite:
 *   npx tsx scripts/bench-backup.ts --size 100000 [--only postgres|pglite]
 * Generates `size` children with cases and placements (scripts/bench-data.ts) in a fresh database
 * of each kind, backs it up (server/db/backup.ts, what `npm run backup` runs), restores the file into
 * a fresh database of the same kind and of the other kind (what `npm run restore` runs, with its
 * check of every table), and reports times, rows per second and sizes. PostgreSQL:
 * YUVA_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test (databases of their own,
 * dropped afterwards). Writes bench-results/backup-<size>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup, writeBackup } from '../server/db/backup';
import { type Db, openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { createEmptyPostgresDatabase } from '../tests/support/test-db';
import { generateChildren } from './bench-data';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, only: { type: 'string' } },
});
const size = Number(values.size);
process.env.YUVA_TEST_DATABASE_URL ??=
  process.env.YUVA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const folder = mkdtempSync(join(tmpdir(), 'yuva-bench-backup-'));
const drops: (() => Promise<void>)[] = [];

type Kind = 'postgres' | 'pglite';
async function fresh(kind: Kind): Promise<Db> {
  if (kind === 'postgres') {
    const { url, drop } = await createEmptyPostgresDatabase();
    drops.push(drop);
    return openPostgres(url, 4);
  }
  return openPglite({ dataDir: mkdtempSync(join(folder, 'pglite-')) });
}

const dirSize = (db: Db) =>
  db.kind === 'postgres'
    ? db.query<{ mb: number }>('select round(pg_database_size(current_database()) / 1e6, 1)::float as mb')
    : Promise.resolve([{ mb: NaN }]);

const results: Record<string, unknown>[] = [];
const kinds = (['postgres', 'pglite'] as Kind[]).filter((k) => !values.only || values.only === k);
try {
  for (const kind of kinds) {
    const source = await fresh(kind);
    await migrate(source);
    await loadReferenceData(source);
    await generateChildren(source, size);
    process.stdout.write('\n');
    const file = join(folder, `${kind}.yuvabak`);
    const backup = await writeBackup(source, file);
    const sourceMb = (await dirSize(source))[0]!.mb;
    await source.close();
    const line = {
      source: kind,
      children: size,
      rows: backup.rows,
      backupSeconds: backup.ms / 1000,
      backupMb: backup.bytes / 1e6,
      sourceDatabaseMb: sourceMb,
    };
    console.log(
      `${kind}: ${backup.rows} rows backed up in ${(backup.ms / 1000).toFixed(1)} s ` +
        `(${Math.round(backup.rows / (backup.ms / 1000))} rows/s), file ${(backup.bytes / 1e6).toFixed(1)} MB`,
    );
    for (const into of ['postgres', 'pglite'] as Kind[]) {
      const target = await fresh(into);
      const restored = await restoreBackup(target, file);
      await target.close();
      console.log(
        `  restored into ${into} in ${(restored.ms / 1000).toFixed(1)} s (${Math.round(restored.rows / (restored.ms / 1000))} rows/s, checked)`,
      );
      results.push({ ...line, into, restoreSeconds: restored.ms / 1000 });
    }
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(join('bench-results', `backup-${size}.json`), JSON.stringify(results, null, 2));
} finally {
  for (const drop of drops) await drop();
  rmSync(folder, { recursive: true, force: true });
}
console.log(`bench-results/backup-${size}.json written`);
