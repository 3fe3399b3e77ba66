/**
 * Logical backups (decision 0015): every table of the `public` schema as text values, one JSON
 * line per row, gzip-compressed, with the migrations the database had, each table's row count and
 * SHA-256, and the sequences. The same file restores into PGlite or PostgreSQL, into a database
 * the restore migrates to the backup's level, then verifies table by table, then migrates on to
 * the code's level — all in one transaction.
 *
 * The lines, in order: the header; for each table `{table, columns}`, its rows (JSON arrays of
 * text values) and `{end, rows, sha256}`; then `{sequences}`; last `{complete, tables, rows}`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Db } from './client';

export const BACKUP_FORMAT = 'yuva-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: Db['kind'];
  serverVersion: string;
  migrations: string[];
  tables: string[];
}

export interface TableSummary {
  table: string;
  rows: number;
  sha256: string;
}

/** A backup file or a target the restore will not take; the message tells the operator why. */
export class RestoreRefused extends Error {}

/** The file's lines, unzipped, blank ones left out. */
export async function* backupLines(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield line;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const first of backupLines(file)) {
    let header: BackupHeader;
    try {
      header = JSON.parse(first);
    } catch {
      throw new RestoreRefused(`${file} is not a Yuva backup`);
    }
    if (header.format !== BACKUP_FORMAT) throw new RestoreRefused(`${file} is not a Yuva backup`);
    if (header.version !== BACKUP_VERSION)
      throw new RestoreRefused(
        `${file} is a backup of format version ${header.version}; this Yuva reads ${BACKUP_VERSION}`,
      );
    return header;
  }
  throw new RestoreRefused(`${file} is empty`);
}
