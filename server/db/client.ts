import { createHash, randomBytes } from 'node:crypto';
import fs, {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
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
  /** Where the one line saying that the folder's permissions were tightened goes (console.warn). */
  log?: (line: string) => void;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const onDisk = options.dataDir !== undefined && !options.dataDir.startsWith('memory://');
  let unlock = () => {};
  if (onDisk) {
    const dataDir = options.dataDir!;
    keepNewFilesPrivate();
    unlock = lockDataDir(dataDir);
    try {
      const tightened = tightenDataDir(dataDir);
      if (tightened > 0)
        (options.log ?? console.warn)(
          `Tightened the permissions of ${tightened} entries in the data folder ${dataDir} ` +
            '(folders 0700, files 0600): other local users could read them.',
        );
    } catch (error) {
      unlock();
      throw error;
    }
  }
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
  const onDisk = options.dataDir !== undefined && !options.dataDir.startsWith('memory://');
  const client = new PGlite({
    ...(onDisk
      ? {
          fs: new DataFolderFS(options.dataDir!, durable),
          ...(durable ? { startParams: durableStartParams() } : {}),
        }
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

interface EmscriptenNodeFS {
  NODEFS: {
    stream_ops: { fsync?: (stream: { nfd: number }) => number };
    node_ops: { mknod: (parent: unknown, name: string, mode: number, dev: number) => unknown };
    doSetAttr: (target: unknown, node: unknown, attr: { mode?: number }, ...rest: unknown[]) => void;
  };
}

/**
 * PGlite's Node file system (Emscripten's NODEFS) with two changes, made before PostgreSQL starts:
 *
 * - Private files (decision 0021). NODEFS creates every file with mode 0777 and then chmods it to
 *   the mode PostgreSQL asked for, 0666 or 0644 — which no umask narrows —, so the WAL and tables
 *   were readable by every local user. Here every mode it creates or sets loses the group and
 *   other bits (and files their execute bits): folders 0700, files 0600.
 * - When `durable`: PGlite 0.5 starts PostgreSQL with fsync off (`-F`) and NODEFS has no fsync:
 *   every write reaches the operating system at once (so a killed process loses nothing), but
 *   nothing asks the disk to keep it, so a power cut or kernel crash can lose acknowledged commits
 *   or leave data pages without their WAL. This flushes when PostgreSQL asks, and PostgreSQL is
 *   started with fsync on and the WAL flushed by fsync (the fdatasync call is a no-op in PGlite's
 *   runtime). Decision 0013.
 */
class DataFolderFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly durable: boolean,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, emscriptenOptions: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, emscriptenOptions);
    const durable = this.durable;
    const patch = (mod: EmscriptenNodeFS) => {
      const { NODEFS } = mod;
      const S_IFDIR = 0o040000;
      const privateMode = (mode: number) => ((mode & 0o170000) === S_IFDIR ? mode & ~0o077 : mode & ~0o177);
      const mknod = NODEFS.node_ops.mknod;
      NODEFS.node_ops.mknod = (parent, name, mode, dev) => mknod(parent, name, privateMode(mode), dev);
      const doSetAttr = NODEFS.doSetAttr;
      NODEFS.doSetAttr = (target, node, attr, ...rest) =>
        doSetAttr(
          target,
          node,
          attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~0o077 },
          ...rest,
        );
      if (durable)
        NODEFS.stream_ops.fsync = (stream) => {
          fs.fsyncSync(stream.nfd);
          return 0;
        };
    };
    const preRun = [
      ...(emscriptenOpts.preRun ?? []),
      patch as unknown as (typeof emscriptenOpts.preRun & {})[number],
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
 * The data folder holds children's records in clear (tables, WAL): only the account running Yuva
 * may read it. PGlite writes through Node's fs with modes 0666/0644 (so the umask decides), and it
 * creates files for as long as it runs (WAL segments, relation files), so the process's umask is
 * narrowed to 0o077 for good, before anything is created: new folders 0700, new files 0600. It also
 * covers everything else the process writes (backups, the lock). Decision 0021.
 */
export function keepNewFilesPrivate(): void {
  const current = process.umask();
  if ((current & 0o077) !== 0o077) process.umask(current | 0o077);
}

/**
 * Sets an existing data folder to folders 0700 and files 0600, recursively (a folder written by an
 * earlier version, or copied with the usual umask). Symbolic links are left alone. Returns how
 * many entries it changed.
 */
export function tightenDataDir(dataDir: string): number {
  let changed = 0;
  const visit = (path: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    const wanted = st.isDirectory() ? 0o700 : 0o600;
    if ((st.mode & 0o7777) !== wanted) {
      chmodSync(path, wanted);
      changed++;
    }
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dataDir);
  return changed;
}

export interface DataDirLock {
  pid: number;
  host: string;
  since?: string;
}

/** The command that releases a lock after an operator checked that its holder no longer runs. */
export const unlockCommand = (dataDir: string) => `npm run db:unlock -- --data-dir ${dataDir} --force`;

/**
 * PGlite is one process's database: a second process opening the same folder (a second server,
 * `npm run migrate` or `npm run backup` while the server runs) would corrupt it, and PGlite itself
 * does not stop it. A lock file naming the owning process (pid, host) does. One left by a process of
 * this host that no longer runs (SIGKILL, power loss) is taken over. One from another host (a
 * second container on shared storage) never is: this host cannot see whether that process runs, and
 * two servers on one folder lose acknowledged writes; the start is refused, naming the holder and
 * `npm run db:unlock` (decision 0021). So is a lock that cannot be read. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'yuva.lock');
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  // Written whole and flushed under a name of its own, then linked into place (atomic, fails if a
  // lock exists): a lock file never exists half-written, even after a power cut.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeDurably(draft, owner, 'wx');
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
        const holder = readDataDirLock(dataDir);
        if (!holder)
          throw new Error(
            `The data folder ${dataDir} has a lock file that cannot be read (${file}). Check that no Yuva ` +
              `server or command uses the folder, then release it: ${unlockCommand(dataDir)}`,
          );
        if (holder.host !== hostname())
          throw new Error(
            `The data folder ${dataDir} is locked by process ${holder.pid} on host ${holder.host}` +
              `${holder.since ? ` since ${holder.since}` : ''}, not this host (${hostname()}). Two servers on one ` +
              'folder lose data, and this host cannot see whether that process still runs: it is never taken ' +
              `over automatically. On ${holder.host}, check that process ${holder.pid} is not a Yuva server or ` +
              `command using this folder (stop it if it is), then release the lock: ${unlockCommand(dataDir)}`,
          );
        if (holder.pid !== process.pid && processAlive(holder.pid))
          throw new Error(
            `The data folder ${dataDir} is in use by process ${holder.pid} (a Yuva server or command). ` +
              `Stop it first; if no such process runs, release it: ${unlockCommand(dataDir)}`,
          );
        // This host's process that held it is gone: take the lock over.
        unlinkSync(file);
      }
    }
  } finally {
    unlinkSync(draft);
  }
  return () => {
    if (readLock(file)?.pid === process.pid && readLock(file)?.host === hostname()) unlinkSync(file);
  };
}

/** Who holds the data folder's lock, or undefined when there is none or it cannot be read. */
export function readDataDirLock(dataDir: string): DataDirLock | undefined {
  return readLock(join(dataDir, 'yuva.lock'));
}

function readLock(file: string): DataDirLock | undefined {
  try {
    const lock = JSON.parse(readFileSync(file, 'utf8'));
    return Number.isInteger(lock?.pid) && typeof lock?.host === 'string' ? lock : undefined;
  } catch {
    return undefined;
  }
}

export type UnlockResult =
  | { released: false; reason: 'no lock' }
  | { released: false; reason: 'running here'; holder: DataDirLock }
  | { released: false; reason: 'needs --force'; holder: DataDirLock | undefined }
  | { released: true; holder: DataDirLock | undefined };

/**
 * Releases a data folder's lock (`npm run db:unlock`). A lock of this host whose process is dead is
 * released as a start would take it over; one whose process runs here never is. A lock from another
 * host, or one that cannot be read, only with `force` — after the operator has checked on that host
 * that the process is not using the folder — and only if the file still says what was read.
 */
export function releaseDataDirLock(dataDir: string, options: { force?: boolean } = {}): UnlockResult {
  const file = join(dataDir, 'yuva.lock');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { released: false, reason: 'no lock' };
    throw error;
  }
  const holder = readLock(file);
  if (holder && holder.host === hostname()) {
    if (processAlive(holder.pid)) return { released: false, reason: 'running here', holder };
  } else if (!options.force) return { released: false, reason: 'needs --force', holder };
  if (readFileSync(file, 'utf8') !== text) throw new Error(`${file} changed while it was being released`);
  unlinkSync(file);
  return { released: true, holder };
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

/** Writes text to a file of the owner's alone (0600) and flushes it to disk before returning. */
export function writeDurably(file: string, text: string, flags: 'wx' | 'a') {
  const fd = openSync(file, flags, 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
