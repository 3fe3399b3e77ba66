import { spawn } from 'node:child_process';
import fs, { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const lock = (dir: string, pid: number) =>
  writeFileSync(
    join(dir, 'yuva.lock'),
    JSON.stringify({ pid, host: hostname(), since: new Date().toISOString() }),
  );

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
});
