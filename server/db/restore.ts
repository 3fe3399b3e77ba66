import {
  type BackupHeader,
  backupLines,
  RestoreRefused,
  readBackupHeader,
  type TableSummary,
} from './backup-format';
import { describeTables, ident, nonEmptyTables, setTextOutput, summarise, type Table } from './backup-tables';
import type { Db, Queryable } from './client';
import { applyMigrations, MIGRATIONS_DIR, migrationFiles } from './migrate';

// Restoring a logical backup (the format: backup-format.ts; the writing: backup.ts).

const INSERT_ROWS = 1_000;
const INSERT_BYTES = 4_000_000;

export interface RestoreSummary {
  tables: number;
  rows: number;
  migrationsApplied: string[];
  ms: number;
}

interface RestoreOptions {
  force?: boolean;
  migrationsDir?: string;
  onTable?: (s: TableSummary) => void;
}

/**
 * Restores `file` into `db` in one transaction: refuses a target holding data unless `force`;
 * replaces the `public` schema; applies the backup's migrations; loads every table as it was
 * (audit rows keep their seq and hashes; triggers are off for this transaction only, when the
 * role may do that); sets the sequences; checks each table's row count and SHA-256 against the
 * backup; then applies the migrations that are newer than the backup. Any failure rolls it all back.
 */
export async function restoreBackup(
  db: Db,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const started = Date.now();
  const header = await readBackupHeader(file);
  await refuseUnfit(db, header, options);

  return db.transaction(async (tx) => {
    if ((await describeTables(tx)).length > 0) await emptySchema(tx);
    await applyMigrations(tx, options.migrationsDir, new Set(header.migrations));
    await setTextOutput(tx);
    const tables = new Map((await describeTables(tx)).map((t) => [t.name, t]));
    const superuser = (
      await tx.query<{ su: boolean }>('select rolsuper as su from pg_roles where rolname = current_user')
    )[0]?.su;
    // Rows go back as they were: no trigger rewrites them (the audit chain, updated_at), and
    // references hold because the rows are the source's (compared table by table below).
    if (superuser) await tx.exec('set local session_replication_role = replica');
    const inBackup = header.tables.filter((t) => tables.has(t));
    if (inBackup.length) await tx.exec(`truncate ${inBackup.map(ident).join(', ')}`);
    const { expected, rows } = await loadFile(tx, file, tables, options.onTable);
    if (superuser) await tx.exec('set local session_replication_role = origin');
    await checkTables(tx, expected, tables);
    const { applied } = await applyMigrations(tx, options.migrationsDir);
    return { tables: expected.length, rows, migrationsApplied: applied, ms: Date.now() - started };
  });
}

/** A backup of a newer Yuva, or a target that holds data (unless `force`), is refused. */
async function refuseUnfit(db: Db, header: BackupHeader, options: RestoreOptions): Promise<void> {
  const known = new Set(await migrationFiles(options.migrationsDir ?? MIGRATIONS_DIR));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length)
    throw new RestoreRefused(
      `the backup comes from a newer Yuva (migrations ${unknown.join(', ')} are not in this version); restore it with that version`,
    );
  const occupied = await nonEmptyTables(db);
  if (occupied.length && !options.force)
    throw new RestoreRefused(
      `the target database holds data (${occupied.slice(0, 5).join(', ')}${occupied.length > 5 ? ', …' : ''}); ` +
        'restore into an empty one, or pass --force to replace everything in it',
    );
}

/** Drops the `public` schema and creates it again, empty, for the same owner. */
async function emptySchema(tx: Queryable): Promise<void> {
  const owner = (
    await tx.query<{ owner: string }>(
      `select nspowner::regrole::text as owner from pg_namespace where nspname = 'public'`,
    )
  )[0]!.owner;
  await tx.exec(`drop schema public cascade; create schema public authorization ${owner};
    grant usage on schema public to public`);
}

/**
 * Loads the file's rows, in batches, and its sequences; returns what the file says each table
 * holds (checked afterwards) and how many rows were loaded.
 */
async function loadFile(
  tx: Queryable,
  file: string,
  tables: Map<string, Table>,
  onTable: RestoreOptions['onTable'],
): Promise<{ expected: TableSummary[]; rows: number }> {
  const expected: TableSummary[] = [];
  let insert: string | null = null;
  let batch: string[] = [];
  let batchBytes = 0;
  let rows = 0;
  let complete = false;
  const flush = async () => {
    if (!insert || !batch.length) return;
    await tx.query(insert, [`[${batch.join(',')}]`]);
    rows += batch.length;
    batch = [];
    batchBytes = 0;
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    // A row (a JSON array of text values) goes to the database as it is in the file.
    if (line.startsWith('[')) {
      if (!insert) throw new Error('backup file: a row outside a table');
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
      continue;
    }
    const record = JSON.parse(line) as Record<string, unknown>;
    if (typeof record.table === 'string') {
      insert = insertStatement(tables, record.table, record.columns as string[]);
    } else if (typeof record.end === 'string') {
      await flush();
      expected.push({ table: record.end, rows: record.rows as number, sha256: record.sha256 as string });
      onTable?.(expected[expected.length - 1]!);
      insert = null;
    } else if (record.sequences) {
      for (const [name, [value, called]] of Object.entries(
        record.sequences as Record<string, [string, boolean]>,
      )) {
        await tx.query('select setval($1::regclass, $2::bigint, $3)', [ident(name), value, called]);
      }
    } else if (record.complete) {
      complete = true;
    }
  }
  if (!complete) throw new Error('backup file is incomplete (it ends before its last line)');
  return { expected, rows };
}

/** The statement inserting a batch of the table's rows (a JSON array of arrays) with their types. */
function insertStatement(tables: Map<string, Table>, name: string, columns: string[]): string {
  const table = tables.get(name);
  if (!table) throw new Error(`backup file: table ${name} is not in the schema`);
  const types = columns.map((column) => {
    const found = table.columns.find((c) => c.name === column);
    if (!found) throw new Error(`backup file: ${name}.${column} is not in the schema`);
    return found.type;
  });
  const casts = types.map((type, i) => `(r->>${i})::${type}`).join(', ');
  return `insert into ${ident(table.name)} (${columns.map(ident).join(', ')})
            ${table.identityAlways ? 'overriding system value' : ''}
            select ${casts} from json_array_elements($1::json) as r`;
}

/** Every table restored holds what the backup says: the same row count and SHA-256. */
async function checkTables(tx: Queryable, expected: TableSummary[], tables: Map<string, Table>) {
  const actual = await summarise(
    tx,
    expected.map((e) => tables.get(e.table)!),
  );
  for (const [i, want] of expected.entries()) {
    const got = actual[i]!;
    if (got.rows !== want.rows || got.sha256 !== want.sha256)
      throw new Error(
        `restore check failed for ${want.table}: ${got.rows} rows (backup: ${want.rows}), sha256 ${got.sha256.slice(0, 12)} (backup: ${want.sha256.slice(0, 12)})`,
      );
  }
}
