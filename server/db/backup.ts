import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, createWriteStream, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type TableSummary } from './backup-format';
import { describeTables, migrationsOf, readRows, readSequences, setTextOutput } from './backup-tables';
import type { Db } from './client';

// Writing a logical backup (the format: backup-format.ts; the restore: restore.ts).

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  ms: number;
}

/**
 * Writes the backup to `<out>.partial` (mode 0600, decision 0021), flushes it to disk and renames it
 * to `out`, so a backup file that exists is complete. On PostgreSQL it reads one snapshot (repeatable read) while the
 * servers go on working.
 */
export async function writeBackup(
  db: Db,
  out: string,
  onTable: (s: TableSummary) => void = () => {},
): Promise<BackupSummary> {
  const started = Date.now();
  const partial = `${out}.partial`;
  const gzip = createGzip({ level: 6 });
  // Children's records: readable by the account that wrote it only. Created 0600 (not chmodded after
  // the write), and never reusing a `.partial` some earlier run left with other permissions.
  rmSync(partial, { force: true });
  const file = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  gzip.pipe(file);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  let totalRows = 0;
  let tableCount = 0;
  try {
    await db.transaction(async (tx) => {
      await tx.exec('set transaction isolation level repeatable read, read only');
      await setTextOutput(tx);
      const migrations = await migrationsOf(tx);
      if (!migrations) throw new Error('nothing to back up: this database has no Yuva schema');
      const tables = await describeTables(tx);
      const serverVersion =
        (await tx.query<{ v: string }>("select current_setting('server_version') as v"))[0]?.v ?? '?';
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        source: db.kind,
        serverVersion,
        migrations,
        tables: tables.map((t) => t.name),
      };
      await write(header);
      for (const table of tables) {
        await write({ table: table.name, columns: table.columns.map((c) => c.name) });
        const hash = createHash('sha256');
        let rows = 0;
        for await (const batch of readRows(tx, table)) {
          for (const row of batch) {
            const line = JSON.stringify(row);
            hash.update(`${line}\n`);
            if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
          }
          rows += batch.length;
        }
        const summary = { table: table.name, rows, sha256: hash.digest('hex') };
        await write({ end: table.name, rows, sha256: summary.sha256 });
        onTable(summary);
        totalRows += rows;
        tableCount++;
      }
      await write({ sequences: await readSequences(tx) });
      await write({ complete: true, tables: tableCount, rows: totalRows });
    });
    gzip.end();
    await finished(file);
    const fd = openSync(partial, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(partial, out);
    syncDir(dirname(out));
  } catch (error) {
    gzip.destroy();
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  return {
    file: out,
    bytes: statSync(out).size,
    tables: tableCount,
    rows: totalRows,
    ms: Date.now() - started,
  };
}

function syncDir(dir: string) {
  try {
    const fd = openSync(dir, 'r');
    fsyncSync(fd);
    closeSync(fd);
  } catch {
    // Not every file system lets a directory be synced; the rename is still atomic.
  }
}
