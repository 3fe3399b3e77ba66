import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Db, Queryable } from './client';
import { applyMigrations, MIGRATIONS_DIR, migrationFiles } from './migrate';

/**
 * Logical backups (decision 0015): every table of the `public` schema as text values, one JSON
 * line per row, gzip-compressed, with the migrations the database had, each table's row count and
 * SHA-256, and the sequences. The same file restores into PGlite or PostgreSQL, into a database
 * the restore migrates to the backup's level, then verifies table by table, then migrates on to
 * the code's level — all in one transaction.
 */

export const BACKUP_FORMAT = 'yuva-backup';
export const BACKUP_VERSION = 1;
const FETCH_ROWS = 1_000;
const INSERT_ROWS = 1_000;
const INSERT_BYTES = 4_000_000;

interface Column {
  name: string;
  type: string;
  collatable: boolean;
}

interface Table {
  name: string;
  columns: Column[];
  /** Primary-key columns, or every column when there is none. */
  key: string[];
  identityAlways: boolean;
}

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

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  ms: number;
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  migrationsApplied: string[];
  ms: number;
}

export class RestoreRefused extends Error {}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Text output that reads back the same on any server (time zone, dates, floats, bytea). */
async function setTextOutput(tx: Queryable) {
  await tx.exec(`set local timezone = 'UTC'; set local datestyle = 'ISO, YMD';
    set local intervalstyle = 'postgres'; set local extra_float_digits = 1; set local bytea_output = 'hex'`);
}

/** The tables of the `public` schema, parents before the tables that refer to them. */
export async function describeTables(q: Queryable): Promise<Table[]> {
  const rows = await q.query<{ oid: number; name: string; columns: string; key: string | null }>(
    `select c.oid::int as oid, c.relname as name,
            (select json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                     'collatable', t.typcollation <> 0, 'identity', a.attidentity) order by a.attnum)::text
               from pg_attribute a join pg_type t on t.oid = a.atttypid
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '') as columns,
            (select json_agg(a.attname order by k.ord)::text
               from pg_index i cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
              where i.indrelid = c.oid and i.indisprimary) as key
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
        and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      order by c.relname`,
  );
  const edges = await q.query<{ child: number; parent: number }>(
    `select conrelid::int as child, confrelid::int as parent from pg_constraint
      where contype = 'f' and connamespace = 'public'::regnamespace and conrelid <> confrelid`,
  );
  const byOid = new Map(
    rows.map((r) => {
      const columns = JSON.parse(r.columns) as (Column & { identity: string })[];
      const table: Table = {
        name: r.name,
        columns: columns.map(({ name, type, collatable }) => ({ name, type, collatable })),
        key: r.key ? (JSON.parse(r.key) as string[]) : columns.map((c) => c.name),
        identityAlways: columns.some((c) => c.identity === 'a'),
      };
      return [r.oid, table] as const;
    }),
  );
  // Kahn's algorithm, by name among the ready ones so the order is the same every time.
  const parents = new Map<number, Set<number>>([...byOid.keys()].map((oid) => [oid, new Set<number>()]));
  for (const e of edges) if (byOid.has(e.child) && byOid.has(e.parent)) parents.get(e.child)!.add(e.parent);
  const ordered: Table[] = [];
  const left = new Set(byOid.keys());
  while (left.size) {
    const ready = [...left].filter((oid) => [...parents.get(oid)!].every((p) => !left.has(p)));
    // A cycle of references (none today) is broken by name; the restore loads with triggers off.
    const next = ready.length ? ready : [...left];
    next.sort((a, b) => (byOid.get(a)!.name < byOid.get(b)!.name ? -1 : 1));
    const oid = next[0]!;
    ordered.push(byOid.get(oid)!);
    left.delete(oid);
  }
  return ordered;
}

/** Every row of the table as text values, in key order (text keys in byte order, the same on any server). */
async function* readRows(tx: Queryable, table: Table): AsyncGenerator<(string | null)[][]> {
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const select = table.columns.map((c, i) => `${ident(c.name)}::text as c${i}`).join(', ');
  const order = table.key
    .map((k) => (byName.get(k)?.collatable ? `${ident(k)} collate "C"` : ident(k)))
    .join(', ');
  const cursor = `yuva_backup_${table.name}`.slice(0, 60);
  await tx.query(
    `declare ${ident(cursor)} no scroll cursor for select ${select} from ${ident(table.name)} order by ${order}`,
  );
  try {
    for (;;) {
      const rows = await tx.query<Record<string, string | null>>(
        `fetch forward ${FETCH_ROWS} from ${ident(cursor)}`,
      );
      if (!rows.length) return;
      yield rows.map((r) => table.columns.map((_, i) => r[`c${i}`] ?? null));
    }
  } finally {
    await tx.query(`close ${ident(cursor)}`);
  }
}

async function migrationsOf(q: Queryable): Promise<string[] | null> {
  const exists = await q.query<{ ok: boolean }>(
    `select to_regclass('public.schema_migrations') is not null as ok`,
  );
  if (!exists[0]?.ok) return null;
  return (await q.query<{ name: string }>('select name from schema_migrations order by name')).map(
    (r) => r.name,
  );
}

/** Row count and SHA-256 of each table, read the way a backup reads it. */
export function tableSummaries(db: Db): Promise<TableSummary[]> {
  return db.transaction(async (tx) => {
    await setTextOutput(tx);
    return summarise(tx, await describeTables(tx));
  });
}

async function summarise(q: Queryable, tables: Table[]): Promise<TableSummary[]> {
  const summaries: TableSummary[] = [];
  for (const table of tables) {
    const hash = createHash('sha256');
    let rows = 0;
    for await (const batch of readRows(q, table)) {
      for (const row of batch) hash.update(`${JSON.stringify(row)}\n`);
      rows += batch.length;
    }
    summaries.push({ table: table.name, rows, sha256: hash.digest('hex') });
  }
  return summaries;
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
      const sequences: Record<string, [string, boolean]> = {};
      const names = await tx.query<{ name: string }>(
        `select c.relname as name from pg_class c where c.relkind = 'S' and c.relnamespace = 'public'::regnamespace
          order by c.relname`,
      );
      for (const { name } of names) {
        const s = await tx.query<{ v: string; called: boolean }>(
          `select last_value::text as v, is_called as called from ${ident(name)}`,
        );
        sequences[name] = [s[0]!.v, s[0]!.called];
      }
      await write({ sequences });
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

async function* backupLines(file: string): AsyncGenerator<string> {
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

/** Tables of the target that hold rows (schema_migrations aside): a restore would replace them. */
export async function nonEmptyTables(q: Queryable): Promise<string[]> {
  const tables = await describeTables(q);
  const found: string[] = [];
  for (const t of tables) {
    if (t.name === 'schema_migrations') continue;
    const r = await q.query<{ any: boolean }>(`select exists (select 1 from ${ident(t.name)}) as any`);
    if (r[0]?.any) found.push(t.name);
  }
  return found;
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
  options: { force?: boolean; migrationsDir?: string; onTable?: (s: TableSummary) => void } = {},
): Promise<RestoreSummary> {
  const started = Date.now();
  const header = await readBackupHeader(file);
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

  return db.transaction(async (tx) => {
    const hasTables = (await describeTables(tx)).length > 0;
    if (hasTables) {
      const owner = (
        await tx.query<{ owner: string }>(
          `select nspowner::regrole::text as owner from pg_namespace where nspname = 'public'`,
        )
      )[0]!.owner;
      await tx.exec(`drop schema public cascade; create schema public authorization ${owner};
        grant usage on schema public to public`);
    }
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

    const expected: TableSummary[] = [];
    let current: { table: Table; columns: string[]; insert: string } | null = null;
    let batch: string[] = [];
    let batchBytes = 0;
    let rows = 0;
    let complete = false;
    const flush = async () => {
      if (!current || !batch.length) return;
      await tx.query(current.insert, [`[${batch.join(',')}]`]);
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
        if (!current) throw new Error('backup file: a row outside a table');
        batch.push(line);
        batchBytes += line.length;
        if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
        continue;
      }
      const record = JSON.parse(line) as Record<string, unknown>;
      if (typeof record.table === 'string') {
        const table = tables.get(record.table);
        if (!table) throw new Error(`backup file: table ${record.table} is not in the schema`);
        const columns = record.columns as string[];
        const types = columns.map((name) => {
          const column = table.columns.find((c) => c.name === name);
          if (!column) throw new Error(`backup file: ${record.table}.${name} is not in the schema`);
          return column.type;
        });
        const casts = types.map((type, i) => `(r->>${i})::${type}`).join(', ');
        current = {
          table,
          columns,
          insert: `insert into ${ident(table.name)} (${columns.map(ident).join(', ')})
            ${table.identityAlways ? 'overriding system value' : ''}
            select ${casts} from json_array_elements($1::json) as r`,
        };
      } else if (typeof record.end === 'string') {
        await flush();
        expected.push({ table: record.end, rows: record.rows as number, sha256: record.sha256 as string });
        options.onTable?.(expected[expected.length - 1]!);
        current = null;
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
    if (superuser) await tx.exec('set local session_replication_role = origin');

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
    const { applied } = await applyMigrations(tx, options.migrationsDir);
    return { tables: expected.length, rows, migrationsApplied: applied, ms: Date.now() - started };
  });
}
