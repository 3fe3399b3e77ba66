/**
 * Writes a logical backup of the configured database (PGlite folder YUVA_DATA_DIR, or DATABASE_URL):
 *   npm run backup -- --out backups/yuva-2026-11-25.yuvabak [--verbose]
 * Stop the server first when it runs on PGlite (one process per data folder); PostgreSQL can be
 * backed up while the servers run (one consistent snapshot). See docs/operations.md.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '../server/db/backup';
import { openDatabase } from '../server/db/client';
import { readEnv } from '../server/env';

const { values } = parseArgs({
  options: { out: { type: 'string' }, verbose: { type: 'boolean', default: false } },
});

async function main() {
  if (!values.out) {
    console.error('usage: npm run backup -- --out <file> [--verbose]');
    process.exit(2);
  }
  const env = readEnv();
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    const summary = await writeBackup(db, out, (t) => {
      if (values.verbose) console.log(`  ${t.table.padEnd(32)} ${String(t.rows).padStart(9)} rows`);
    });
    const source = db.kind === 'pglite' ? `PGlite in ${env.YUVA_DATA_DIR}` : 'PostgreSQL';
    console.log(
      `Backed up ${source}: ${summary.tables} tables, ${summary.rows} rows → ${out} ` +
        `(${(summary.bytes / 1e6).toFixed(2)} MB, ${(summary.ms / 1000).toFixed(1)} s)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
