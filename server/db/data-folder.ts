// PGlite's data folder: private to the account running Yuva, and locked to one process at a time.
import { randomBytes } from 'node:crypto';
import {
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
