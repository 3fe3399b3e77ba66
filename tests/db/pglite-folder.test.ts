import { spawn, spawnSync } from 'node:child_process';
import fs, {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openPglite } from '../../server/db/client';
import { testDbKind } from '../support/test-db';

/** PGlite on a data folder: one process at a time, and each commit flushed to disk (decision 0013). */

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuva-folder-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const lock = (dir: string, pid: number, host = hostname()) =>
  writeFileSync(join(dir, 'yuva.lock'), JSON.stringify({ pid, host, since: new Date().toISOString() }));

/** `npm run db:unlock -- --data-dir <dir> [...]`, as an operator runs it. */
function unlock(dir: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, '../../scripts/db-unlock.ts'), '--data-dir', dir, ...args],
    { encoding: 'utf8' },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every entry below `dir` (itself included) with its permission bits. */
function modes(dir: string): { path: string; dir: boolean; mode: number }[] {
  const out = [{ path: dir, dir: true, mode: statSync(dir).mode & 0o777 }];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const st = lstatSync(path);
    out.push({ path, dir: st.isDirectory(), mode: st.mode & 0o777 });
  }
  return out;
}
const loose = (dir: string) =>
  modes(dir)
    .filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))
    .map((e) => `${e.path} ${e.mode.toString(8)}`);

describe.skipIf(testDbKind() === 'postgres')('PGlite data folder', () => {
  it('flushes each commit to disk, or not when asked', async () => {
    const dir = newDir();
    const spy = vi.spyOn(fs, 'fsyncSync');
    const db = await openPglite({ dataDir: dir });
    try {
      expect(await db.query('show fsync')).toEqual([{ fsync: 'on' }]);
      await db.exec('create table t (n int)');
      const before = spy.mock.calls.length;
      for (let i = 0; i < 5; i++) await db.query('insert into t values ($1)', [i]);
      expect(spy.mock.calls.length - before).toBeGreaterThanOrEqual(5);
    } finally {
      await db.close();
      spy.mockRestore();
    }
    const relaxed = await openPglite({ dataDir: dir, durable: false });
    expect(await relaxed.query('show fsync')).toEqual([{ fsync: 'off' }]);
    expect(await relaxed.query<{ n: number }>('select count(*)::int as n from t')).toEqual([{ n: 5 }]);
    await relaxed.close();
  });

  it('refuses a folder another live process has open, takes over one left by a dead process, and frees it on close', async () => {
    const dir = newDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lock(dir, other.pid!);
      await expect(openPglite({ dataDir: dir })).rejects.toThrow(/in use by process/);
    } finally {
      other.kill('SIGKILL');
      await new Promise((r) => other.once('exit', r));
    }
    // The same pid, now dead: a lock left by a killed server.
    const db = await openPglite({ dataDir: dir });
    expect(JSON.parse(fs.readFileSync(join(dir, 'yuva.lock'), 'utf8')).pid).toBe(process.pid);
    await db.close();
    expect(existsSync(join(dir, 'yuva.lock'))).toBe(false);
  });

  it('keeps a new folder private: dirs 0700 and files 0600, also those written after the start (WAL), whatever the umask', async () => {
    const parent = newDir();
    const dir = join(parent, 'data');
    const previous = process.umask(0o022);
    try {
      const db = await openPglite({ dataDir: dir, log: () => {} });
      await db.exec('create table children (name text)');
      // Enough WAL to switch segments: files created long after the start.
      for (let i = 0; i < 3; i++) {
        await db.query("insert into children select 'Əliyeva Aysel ' || g from generate_series(1, 20000) g");
        await db.exec('select pg_switch_wal(); checkpoint');
      }
      await db.close();
      const entries = modes(dir);
      expect(entries.length).toBeGreaterThan(100);
      expect(loose(dir)).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });

  it('tightens an existing folder whose files others can read, and says how many entries it changed', async () => {
    const dir = newDir();
    const db = await openPglite({ dataDir: dir, log: () => {} });
    await db.exec("create table children (name text); insert into children values ('Məmmədov Elvin')");
    await db.close();
    // As an earlier version left it: everything readable (and writable) by every local user.
    const entries = modes(dir);
    for (const e of entries) chmodSync(e.path, e.dir ? 0o777 : 0o666);
    mkdirSync(join(dir, 'extra'));
    chmodSync(join(dir, 'extra'), 0o755);
    const lines: string[] = [];
    const again = await openPglite({ dataDir: dir, log: (line) => lines.push(line) });
    expect(await again.query('select name from children')).toEqual([{ name: 'Məmmədov Elvin' }]);
    await again.close();
    expect(loose(dir)).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${entries.length + 1} entries`);
    expect(lines[0]).toContain(dir);
  });

  it('never takes over a lock held by a process on another host: it names the host, the process and the command to release it', async () => {
    const dir = newDir();
    // A live pid on the other host (this process's, which is certainly alive somewhere).
    lock(dir, process.pid === 1 ? 2 : 1, 'yuva-node-b');
    const refused = openPglite({ dataDir: dir, log: () => {} });
    await expect(refused).rejects.toThrow(/host yuva-node-b/);
    await expect(openPglite({ dataDir: dir, log: () => {} })).rejects.toThrow(/process 1\b/);
    await expect(openPglite({ dataDir: dir, log: () => {} })).rejects.toThrow(
      /npm run db:unlock -- --data-dir .* --force/,
    );
    // The lock is left exactly as it was.
    expect(JSON.parse(fs.readFileSync(join(dir, 'yuva.lock'), 'utf8')).host).toBe('yuva-node-b');

    // The operator's command: without --force it only says what to check; with it, the lock goes.
    const refusedUnlock = unlock(dir);
    expect(refusedUnlock.code).toBe(1);
    expect(refusedUnlock.stderr).toMatch(/locked by process 1 on host yuva-node-b/);
    expect(refusedUnlock.stderr).toMatch(/--force/);
    expect(existsSync(join(dir, 'yuva.lock'))).toBe(true);
    const forced = unlock(dir, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/Released the lock .* process 1 on host yuva-node-b/);
    expect(existsSync(join(dir, 'yuva.lock'))).toBe(false);
    const db = await openPglite({ dataDir: dir, log: () => {} });
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
    await db.close();
  });

  it('the unlock command never releases a lock whose process runs on this host', async () => {
    const dir = newDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      lock(dir, other.pid!);
      const result = unlock(dir, '--force');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`process ${other.pid} .*running on this host`));
      expect(existsSync(join(dir, 'yuva.lock'))).toBe(true);
    } finally {
      other.kill('SIGKILL');
      await new Promise((r) => other.once('exit', r));
    }
    // Dead now: released without --force, as a start would take it over.
    expect(unlock(dir).code).toBe(0);
    expect(existsSync(join(dir, 'yuva.lock'))).toBe(false);
  });
});
