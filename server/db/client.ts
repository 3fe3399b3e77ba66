import { createHash } from 'node:crypto';
import fs, { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import pg from 'pg';

/**
 * The one database interface the repositories use. Two drivers implement it:
 * PGlite (embedded, default) and node-postgres (a PostgreSQL server via DATABASE_URL).
 * Dates (SQL `date`) come back as 'YYYY-MM-DD' strings on both, so a birth date never
 * shifts with the server's time zone; bigint counts come back as numbers.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export interface PgliteOptions {
  /** Folder for the data; `memory://` (or undefined) keeps everything in memory. */
  dataDir?: string;
  /** A data-folder dump to start from (tests load a migrated template this way). */
  loadDataDir?: Blob | File;
  /**
   * Flush each commit to the disk (fsync), as a PostgreSQL server does; default on for a folder.
   * Off, a commit survives the process being killed but not the machine losing power (decision 0013).
   */
  durable?: boolean;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const onDisk = options.dataDir !== undefined && !options.dataDir.startsWith('memory://');
  const unlock = onDisk ? lockDataDir(options.dataDir!) : () => {};
  let client: PGlite;
  try {
    client = await startPglite(options, onDisk && options.durable !== false);
  } catch (error) {
    unlock();
    throw error;
  }
  type Target = Pick<PGlite, 'query' | 'exec'>;
  const wrap = (q: Target): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params as unknown[])).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(client),
    transaction: (work) => client.transaction((tx) => work(wrap(tx))),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

async function startPglite(options: PgliteOptions, durable: boolean): Promise<PGlite> {
  const client = new PGlite({
    ...(durable
      ? { fs: new SyncingNodeFS(options.dataDir!), startParams: durableStartParams() }
      : { dataDir: options.dataDir }),
    loadDataDir: options.loadDataDir,
    // The same extensions the migrations create on a PostgreSQL server.
    extensions: { pg_trgm },
    parsers: {
      [DATE_OID]: (value: string) => value,
      [INT8_OID]: (value: string) => Number(value),
      [NUMERIC_OID]: (value: string) => Number(value),
    },
  });
  await client.waitReady;
  await client.exec('set pg_trgm.similarity_threshold = 0.5');
  return client;
}

/**
 * PGlite 0.5 starts PostgreSQL with fsync off (`-F`) and its Node file system has no fsync: every
 * write reaches the operating system at once (so a killed process loses nothing), but nothing asks
 * the disk to keep it, so a power cut or kernel crash can lose acknowledged commits or leave data
 * pages without their WAL. This file system flushes when PostgreSQL asks, and PostgreSQL is started
 * with fsync on and the WAL flushed by fsync (the fdatasync call is a no-op in PGlite's runtime).
 */
class SyncingNodeFS extends NodeFS {
  override async init(pg: PGlite, emscriptenOptions: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, emscriptenOptions);
    const flush = (mod: { NODEFS: { stream_ops: { fsync?: (stream: { nfd: number }) => number } } }) => {
      mod.NODEFS.stream_ops.fsync = (stream) => {
        fs.fsyncSync(stream.nfd);
        return 0;
      };
    };
    const preRun = [
      ...(emscriptenOpts.preRun ?? []),
      flush as unknown as (typeof emscriptenOpts.preRun & {})[number],
    ];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } };
  }
}

function durableStartParams(): string[] {
  const defaults = (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;
  if (!defaults?.includes('-F'))
    throw new Error('PGlite start parameters changed: review durableStartParams');
  return [...defaults.filter((p) => p !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];
}

/**
 * PGlite is one process's database: a second process opening the same folder (a second server,
 * `npm run migrate` or `npm run backup` while the server runs) would corrupt it, and PGlite itself
 * does not stop it. A lock file naming the owning process does; one left by a process that died
 * (SIGKILL, power loss) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'yuva.lock');
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, owner);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && holder.host === hostname() && processAlive(holder.pid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by process ${holder.pid} (a Yuva server or command). ` +
            `Stop it first; if no such process runs, delete ${file}.`,
        );
      }
      unlinkSync(file);
    }
  }
  return () => {
    if (readLock(file)?.pid === process.pid) unlinkSync(file);
  };
}

function readLock(file: string): { pid: number; host: string } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let pgParsersSet = false;
function setPgParsers() {
  if (pgParsersSet) return;
  pg.types.setTypeParser(DATE_OID, (value) => value);
  pg.types.setTypeParser(INT8_OID, (value) => Number(value));
  pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));
  pgParsersSet = true;
}

/**
 * Each statement with parameters is prepared once per connection, named by a hash of its text
 * (decision 0016): PostgreSQL then parses and analyses it once instead of on every request. The texts are fixed or built from a
 * bounded set of filters (values always travel as parameters), so the names stay few.
 */
const statementNames = new Map<string, string>();
function statement(sql: string, values?: unknown[]) {
  if (!values?.length) return { text: sql, values };
  let name = statementNames.get(sql);
  if (!name) {
    name = `y_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql, values };
}

export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  setPgParsers();
  // JIT compilation pays off for long reports, not for the short queries a caseworker's page makes:
  // it added ~15 ms to searches. Reports can turn it back on per transaction.
  // Near-spelling search: trigram matches below 0.5 similarity are noise for short name keys.
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // Prepared statements are still planned for their parameters on every call: a generic plan,
    // made once for all callers, drove the children list from the wrong table (12 ms instead of 1).
    options: '-c jit=off -c pg_trgm.similarity_threshold=0.5 -c plan_cache_mode=force_custom_plan',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) =>
      (await pool.query(statement(sql, params))).rows as T[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: async <T>(sql: string, params?: unknown[]) =>
            (await client.query(statement(sql, params))).rows as T[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function openDatabase(config: {
  databaseUrl?: string;
  dataDir: string;
  durable?: boolean;
}): Promise<Db> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openPglite({ dataDir: config.dataDir, durable: config.durable });
}

export { pgliteTypes };
