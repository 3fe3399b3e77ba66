// PGlite, the embedded database (the default): in memory, or in a data folder of its own.
import fs from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import type { Db, Queryable } from './client';
import { keepNewFilesPrivate, lockDataDir, tightenDataDir } from './data-folder';
import { VALUE_PARSERS } from './value-parsers';

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
    parsers: VALUE_PARSERS,
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

export { pgliteTypes };
