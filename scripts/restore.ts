/**
 * Restores a backup written by `npm run backup` into the configured database (PGlite folder
 * YUVA_DATA_DIR, or DATABASE_URL) — either kind, whichever wrote it:
 *   npm run restore -- --in backups/yuva-2026-11-25.yuvabak [--force] [--verbose]
 * Refuses a database that holds data unless --force (which replaces everything in it). Stop the
 * servers first. The restore is one transaction: it succeeds whole, checked table by table, or
 * leaves the target as it was. See docs/operations.md.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RestoreRefused, readBackupHeader } from '../server/db/backup-format';
import { openDatabase } from '../server/db/client';
import { auditHeadsFile, resetAuditHeads } from '../server/db/integrity/audit-heads';
import { restoreBackup } from '../server/db/restore';
import { readEnv } from '../server/env';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    force: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

async function main() {
  if (!values.in) {
    console.error('usage: npm run restore -- --in <file> [--force] [--verbose]');
    process.exit(2);
  }
  const env = readEnv();
  const file = resolve(values.in);
  const header = await readBackupHeader(file);
  console.log(
    `Backup of ${header.createdAt} from ${header.source} (PostgreSQL ${header.serverVersion}), ` +
      `${header.tables.length} tables, ${header.migrations.length} migrations`,
  );
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    const summary = await restoreBackup(db, file, {
      force: values.force,
      onTable: (t) => {
        if (values.verbose) console.log(`  ${t.table.padEnd(32)} ${String(t.rows).padStart(9)} rows`);
      },
    });
    // The audit chain is the backup's now: the heads recorded for the one it replaced no longer apply.
    if (db.kind === 'pglite') await resetAuditHeads(db, auditHeadsFile(env.YUVA_DATA_DIR));
    const target = db.kind === 'pglite' ? `PGlite in ${env.YUVA_DATA_DIR}` : 'PostgreSQL';
    console.log(
      `Restored into ${target}: ${summary.tables} tables, ${summary.rows} rows, every table's count and SHA-256 ` +
        `as in the backup (${(summary.ms / 1000).toFixed(1)} s)` +
        (summary.migrationsApplied.length ? `; then applied ${summary.migrationsApplied.join(', ')}` : ''),
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(
    `restore ${error instanceof RestoreRefused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(error instanceof RestoreRefused ? 2 : 1);
});
