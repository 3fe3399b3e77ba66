import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { seedDemo } from '../../server/db/seeds/demo';
import { loadReferenceData } from '../../server/db/seeds/reference';
import { verifyAuditChain } from '../../server/domain/audit/verify';
import { type Deps, defaultAuthSettings, systemClock } from '../../server/domain/context';
import { createUser } from '../../server/domain/users/users.service';
import {
  createDatabase,
  type DbKind,
  PASSWORD,
  postgresAvailable,
  type TestDatabase,
  withDb,
} from './support';

/**
 * Backup and restore (issue 8, part 7): `npm run backup` and `npm run restore` as commands, on a
 * PGlite folder and on PostgreSQL, each backup restored into a fresh database of both kinds; every
 * table compared by row count and an MD5 of its ordered rows computed here, in SQL, apart from the
 * checks the restore makes itself. The audit rows keep their hash chain, which goes on growing, and
 * the table stays append-only.
 */

const kinds: DbKind[] = postgresAvailable ? ['pglite', 'postgres'] : ['pglite'];
const folder = mkdtempSync(join(tmpdir(), 'yuva-backup-test-'));
const databases: TestDatabase[] = [];

function run(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

interface TableCheck {
  table: string;
  rows: number;
  md5: string;
}

/** Each table's row count and the MD5 of its rows' text in byte order (the same on PGlite and PostgreSQL). */
async function fingerprint(db: Db): Promise<TableCheck[]> {
  return db.transaction(async (tx) => {
    await tx.exec("set local timezone = 'UTC'; set local extra_float_digits = 1");
    const tables = await tx.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const out: TableCheck[] = [];
    for (const { name } of tables) {
      const r = await tx.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text collate "C")), '') as md5
           from "${name}" t`,
      );
      out.push({ table: name, ...r[0]! });
    }
    return out;
  });
}

async function sequences(db: Db) {
  const names = await db.query<{ name: string }>(
    "select relname as name from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace order by 1",
  );
  const values: Record<string, string> = {};
  for (const { name } of names) {
    values[name] = (
      await db.query<{ v: string }>(`select last_value::text || '/' || is_called::text as v from "${name}"`)
    )[0]!.v;
  }
  return values;
}

const sources = new Map<DbKind, { database: TestDatabase; file: string; tables: TableCheck[] }>();

beforeAll(async () => {
  for (const kind of kinds) {
    const database = await createDatabase(kind);
    databases.push(database);
    const tables = await withDb(
      database,
      async (db) => {
        await migrate(db);
        await loadReferenceData(db);
        const deps: Deps = { db, clock: systemClock, auth: defaultAuthSettings };
        await seedDemo(deps, { children: 4, seed: 2000, today: new Date().toISOString().slice(0, 10) });
        // Values the demo does not have: a binary document, text with quotes, backslashes, newlines and
        // several scripts, an empty array.
        const caseId = (
          await db.query<{ id: string }>('select id from cases order by case_number limit 1')
        )[0]!.id;
        await db.query(
          `insert into case_documents (case_id, doc_type, filename, media_type, size_bytes, content)
         values ($1, 'other', $2, 'application/pdf', 6, '\\x00ff0a5c2722'::bytea)`,
          [caseId, 'qəbul "aktı"\\n\nСправка\t№1.pdf'],
        );
        return fingerprint(db);
      },
      { durable: false },
    );
    const file = join(folder, `${kind}.yuvabak`);
    const backup = run('backup', ['--out', file], database.env);
    expect(backup.status, backup.output).toBe(0);
    expect(existsSync(`${file}.partial`)).toBe(false);
    console.log(`backup of ${kind}: ${backup.output.trim()}`);
    sources.set(kind, { database, file, tables });
  }
}, 240_000);

afterAll(async () => {
  for (const d of databases) await d.drop();
  rmSync(folder, { recursive: true, force: true });
});

const pairs = kinds.flatMap((from) => kinds.map((to) => [from, to] as const));

describe.each(pairs)('backup of %s restored into a fresh %s database', (from, to) => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await createDatabase(to);
    databases.push(target);
    const restore = run('restore', ['--in', sources.get(from)!.file], target.env);
    expect(restore.status, restore.output).toBe(0);
    console.log(`restore ${from} → ${to}: ${restore.output.trim().split('\n').at(-1)}`);
  }, 120_000);

  it('has every table with the same rows (count and MD5 of the ordered rows) and the same sequences', async () => {
    const source = sources.get(from)!;
    const restored = await withDb(target, fingerprint);
    expect(restored.map((t) => t.table)).toEqual(source.tables.map((t) => t.table));
    for (const [i, t] of restored.entries()) expect(t, t.table).toEqual(source.tables[i]);
    expect(source.tables.find((t) => t.table === 'audit_events')!.rows).toBeGreaterThan(100);
    const [want, got] = await Promise.all([withDb(source.database, sequences), withDb(target, sequences)]);
    expect(got).toEqual(want);
  });

  it('keeps the audit log append-only and its hash chain whole, and new rows chain on', async () => {
    await withDb(target, async (db) => {
      await expect(
        db.query("update audit_events set action = 'tampered' where id = (select min(id) from audit_events)"),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.query('delete from audit_events where id = (select min(id) from audit_events)'),
      ).rejects.toThrow(/append-only/);
      const hasChain = (
        await db.query<{ ok: boolean }>(
          "select exists (select 1 from information_schema.columns where table_name = 'audit_events' and column_name = 'hash') as ok",
        )
      )[0]!.ok;
      if (!hasChain) return;
      const before = await verifyAuditChain(db);
      expect(before.problem).toBeUndefined();
      const ctx = { actor: null, requestId: 'after-restore', ip: '127.0.0.1', locale: 'en' as const };
      await createUser({ db, clock: systemClock, auth: defaultAuthSettings }, ctx, {
        username: `after-restore-${from}`,
        displayName: 'After restore',
        password: PASSWORD,
        role: 'analyst',
        scopeAll: true,
        scopeLocationIds: [],
        scopeProgrammeIds: [],
      });
      const after = await verifyAuditChain(db);
      expect(after.ok).toBe(true);
      expect(after.rows).toBe(before.rows + 1);
      expect(after.head!.seq).toBe(before.head!.seq + 1);
    });
  });

  // Once per kind of database is enough.
  it.runIf(from === to)('refuses to restore over data without --force, and replaces it with --force', () => {
    const file = sources.get(from)!.file;
    const refused = run('restore', ['--in', file], target.env);
    expect(refused.status).toBe(2);
    expect(refused.output).toMatch(/refused: the target database holds data/);
    const forced = run('restore', ['--in', file, '--force'], target.env);
    expect(forced.status, forced.output).toBe(0);
  });
});

it('writes a complete file or none', () => {
  for (const { file } of sources.values()) expect(statSync(file).size).toBeGreaterThan(10_000);
  const bad = run('backup', ['--out', join(folder, 'none.yuvabak')], {
    DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing',
  });
  expect(bad.status).toBe(1);
  expect(existsSync(join(folder, 'none.yuvabak'))).toBe(false);
  expect(existsSync(join(folder, 'none.yuvabak.partial'))).toBe(false);
});
