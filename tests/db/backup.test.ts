import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../server/db/backup';
import { RestoreRefused } from '../../server/db/backup-format';
import { nonEmptyTables, tableSummaries } from '../../server/db/backup-tables';
import { restoreBackup } from '../../server/db/restore';
import { type Deps, defaultAuthSettings, systemClock } from '../../server/domain/context';
import { createUser } from '../../server/domain/users/users.service';
import { createTestDb } from '../support/test-db';

/**
 * The backup library on the test database (in-memory PGlite, or PostgreSQL with YUVA_TEST_DB):
 * a round trip, and the ways a restore must refuse or roll back. The commands, on data folders
 * and across database kinds, are in tests/resilience/backup.test.ts.
 */

const folder = mkdtempSync(join(tmpdir(), 'yuva-backup-unit-'));
const file = join(folder, 'one.yuvabak');
const cleanups: (() => Promise<void>)[] = [];
let source: Awaited<ReturnType<typeof createTestDb>>;

async function freshDb() {
  const t = await createTestDb();
  cleanups.push(t.drop);
  return t.db;
}

beforeAll(async () => {
  source = await createTestDb();
  cleanups.push(source.drop);
  const deps: Deps = { db: source.db, clock: systemClock, auth: defaultAuthSettings };
  const ctx = { actor: null, requestId: 'backup-unit', ip: '127.0.0.1', locale: 'en' as const };
  for (const username of ['alpha', 'beta']) {
    await createUser(deps, ctx, {
      username,
      displayName: `O'Brien "${username}" \\ Əliyeva\nАлиева`,
      password: 'backup-unit-pass',
      role: 'analyst',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    });
  }
  await source.db.query("select nextval('case_number_seq')");
  await writeBackup(source.db, file);
});

afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(folder, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes the backup readable by its owner only (0600), whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const out = join(folder, 'private.yuvabak');
      // A partial file an earlier, interrupted run left readable by everyone is not reused.
      writeFileSync(`${out}.partial`, 'left over', { mode: 0o644 });
      await writeBackup(source.db, out);
      expect(statSync(out).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('restores every table as it was, and the sequences', async () => {
    // The test database has its reference data already: replacing it needs force.
    const target = await freshDb();
    await expect(restoreBackup(target, file)).rejects.toBeInstanceOf(RestoreRefused);
    const summary = await restoreBackup(target, file, { force: true });
    expect(summary.tables).toBeGreaterThan(50);
    expect(await tableSummaries(target)).toEqual(await tableSummaries(source.db));
    const seq = async (db: typeof target) =>
      (await db.query<{ v: number }>('select last_value::int as v from case_number_seq'))[0]!.v;
    expect(await seq(target)).toBe(await seq(source.db));
    const users = await target.query<{ displayName: string }>(
      'select display_name as "displayName" from users where username = \'alpha\'',
    );
    expect(users[0]!.displayName).toBe(`O'Brien "alpha" \\ Əliyeva\nАлиева`);
  });

  it('rolls back, leaving the target as it was, when the file is cut short', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const cut = join(folder, 'cut.yuvabak');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length * 0.8)).join('\n')));
    const target = await freshDb();
    const before = await tableSummaries(target);
    await expect(restoreBackup(target, cut, { force: true })).rejects.toThrow(/incomplete/);
    expect(await tableSummaries(target)).toEqual(before);
  });

  it('refuses a backup from a newer version, and a file that is not a backup', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations.push('9999_from_the_future.sql');
    const newer = join(folder, 'newer.yuvabak');
    writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const target = await freshDb();
    await expect(restoreBackup(target, newer, { force: true })).rejects.toThrow(/newer Yuva/);
    const other = join(folder, 'other.yuvabak');
    writeFileSync(other, gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(target, other, { force: true })).rejects.toThrow(/not a Yuva backup/);
    expect(await nonEmptyTables(target)).toContain('locations');
  });
});
