import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPglite, openPostgres, type Queryable } from '../../server/db/client';
import { MIGRATIONS_DIR, migrate } from '../../server/db/migrate';
import { insertAuditEvent } from '../../server/db/repositories/audit.repository';
import { describeProblem } from '../../server/domain/audit/chain';
import { verifyAuditChain } from '../../server/domain/audit/verify';
import { createTestApp, type TestApp } from '../support/test-app';
import { createEmptyPostgresDatabase, testDbKind } from '../support/test-db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.signIn('admin');
  for (let i = 0; i < 5; i++) {
    await admin.request('POST', '/api/users', {
      username: `chain-user-${i}`,
      displayName: `Zəncir İstifadəçi ${i} — «тест»`,
      password: 'a-long-password-for-chain',
      role: 'analyst',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    });
  }
});
afterAll(() => t.close());

/** Runs `work` with the table's triggers off, as someone with direct database access could. */
function tamper(db: Db, work: (tx: Queryable) => Promise<unknown>) {
  return db.transaction(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    await work(tx);
  });
}

const row = async (seq: number) =>
  (await t.db.query<Record<string, unknown>>('select * from audit_events where seq = $1', [seq]))[0]!;

describe('audit hash chain', () => {
  it('chains every row to the one before it, and the chain verifies', async () => {
    const count = (await t.db.query<{ n: number }>('select count(*)::int as n from audit_events'))[0]!.n;
    expect(count).toBeGreaterThan(6);
    const result = await verifyAuditChain(t.db, { batchSize: 3 });
    expect(result).toMatchObject({ ok: true, rows: count });
    const seqs = await t.db.query<{ seq: number }>('select seq from audit_events order by seq');
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('a rolled-back change leaves no hole in the chain', async () => {
    await t.db
      .transaction(async (tx) => {
        await insertAuditEvent(tx, {
          actorUserId: null,
          actorUsername: null,
          action: 'test.rolled_back',
          entityType: 'test',
          entityId: null,
          requestId: null,
          ip: null,
        });
        throw new Error('roll back');
      })
      .catch(() => {});
    await insertAuditEvent(t.db, {
      actorUserId: null,
      actorUsername: 'x',
      action: 'test.kept',
      entityType: 'test',
      entityId: '1',
      changes: { note: 'NUL-free but odd: \u200d\u202e "quotes" \\ 𝄞' },
      requestId: 'r',
      ip: '::1',
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds and names a changed row', async () => {
    const target = await row(3);
    const original = (
      await t.db.query<{ c: string | null }>('select changes::text as c from audit_events where seq = 3')
    )[0]!.c;
    await tamper(t.db, (tx) =>
      tx.query(`update audit_events set changes = '{"role": "admin"}' where seq = 3`),
    );
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(false);
    expect(result.problem).toEqual({ kind: 'changed', id: Number(target.id), seq: 3 });
    expect(describeProblem(result.problem!)).toBe(
      `audit row id ${target.id} (seq 3) was changed: its content does not match its hash`,
    );
    expect(result.rows).toBe(2);
    // Put back as it was: the chain verifies again.
    await tamper(t.db, (tx) =>
      tx.query('update audit_events set changes = $1::jsonb where seq = 3', [original]),
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds a changed row whose hash was recomputed too, at the row after it', async () => {
    const target = await row(4);
    const next = await row(5);
    await tamper(t.db, async (tx) => {
      await tx.query(`update audit_events set actor_username = 'someone-else' where seq = 4`);
      await tx.query(
        'update audit_events set hash = audit_event_hash(prev_hash, audit_events) where seq = 4',
      );
    });
    const result = await verifyAuditChain(t.db);
    expect(result.problem).toMatchObject({
      kind: 'out_of_order',
      id: Number(next.id),
      previousId: Number(target.id),
    });
    expect(describeProblem(result.problem!)).toContain(`id ${target.id} was rewritten`);
    await tamper(t.db, async (tx) => {
      await tx.query('update audit_events set actor_username = $1 where seq = 4', [target.actor_username]);
      await tx.query('update audit_events set hash = $1 where seq = 4', [target.hash]);
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds and names a removed row', async () => {
    const before = await row(4);
    const after = await row(6);
    await tamper(t.db, async (tx) => {
      await tx.query('create table audit_removed as select * from audit_events where seq = 5');
      await tx.query('delete from audit_events where seq = 5');
    });
    const result = await verifyAuditChain(t.db);
    expect(result.problem).toEqual({
      kind: 'removed',
      missingFrom: 5,
      missingTo: 5,
      afterId: Number(before.id),
      beforeId: Number(after.id),
    });
    expect(describeProblem(result.problem!)).toBe(
      `audit row seq 5 was removed (between id ${before.id} and id ${after.id})`,
    );
    // Removed and the rest renumbered to hide the gap: the next row no longer follows.
    await tamper(t.db, (tx) => tx.query('update audit_events set seq = seq - 1 where seq > 5'));
    const renumbered = await verifyAuditChain(t.db);
    expect(renumbered.problem).toMatchObject({
      kind: 'out_of_order',
      id: Number(after.id),
      belongsAfterId: null,
    });
    // Put back.
    await tamper(t.db, async (tx) => {
      const seqs = await tx.query<{ seq: number }>(
        'select seq from audit_events where seq >= 5 order by seq desc',
      );
      for (const { seq } of seqs)
        await tx.query('update audit_events set seq = $1 where seq = $2', [seq + 1, seq]);
      await tx.query('insert into audit_events select * from audit_removed');
      await tx.query('drop table audit_removed');
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds and names a reordered row', async () => {
    const first = await row(6);
    const second = await row(7);
    await tamper(t.db, async (tx) => {
      await tx.query('update audit_events set seq = -7 where seq = 7');
      await tx.query('update audit_events set seq = 7 where seq = 6');
      await tx.query('update audit_events set seq = 6 where seq = -7');
    });
    const result = await verifyAuditChain(t.db);
    expect(result.problem).toEqual({
      kind: 'out_of_order',
      id: Number(second.id),
      seq: 6,
      previousId: Number((await row(5)).id),
      belongsAfterId: Number(first.id),
    });
    expect(describeProblem(result.problem!)).toContain(`was written after id ${first.id}`);
    await tamper(t.db, async (tx) => {
      await tx.query('update audit_events set seq = -7 where seq = 6');
      await tx.query('update audit_events set seq = 6 where seq = 7');
      await tx.query('update audit_events set seq = 7 where seq = -7');
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('finds a row inserted behind the chain’s back', async () => {
    const last = (
      await t.db.query<{ seq: number; hash: string }>(
        'select seq, hash from audit_events order by seq desc limit 1',
      )
    )[0]!;
    await tamper(t.db, (tx) =>
      tx.query(
        `insert into audit_events (action, entity_type, seq, prev_hash, hash)
         values ('user.created', 'user', $1, $2, $3)`,
        [last.seq + 1, last.hash, 'f'.repeat(64)],
      ),
    );
    const result = await verifyAuditChain(t.db);
    expect(result.problem).toMatchObject({ kind: 'changed', seq: last.seq + 1 });
    await tamper(t.db, (tx) => tx.query('delete from audit_events where seq = $1', [last.seq + 1]));
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });
});

describe('the chain under concurrent writers', () => {
  it('stays one valid chain when many transactions on several connections write at once', async () => {
    let db: Db;
    let drop: () => Promise<void>;
    if (testDbKind() === 'postgres') {
      const empty = await createEmptyPostgresDatabase();
      db = await openPostgres(empty.url, 10);
      drop = async () => {
        await db.close();
        await empty.drop();
      };
    } else {
      db = await openPglite();
      drop = () => db.close();
    }
    try {
      await migrate(db);
      const writers = 60;
      await Promise.all(
        Array.from({ length: writers }, (_, i) =>
          db.transaction(async (tx) => {
            // Two rows per transaction with a pause between, so transactions overlap.
            await insertAuditEvent(tx, event(`w${i}.a`));
            await new Promise((r) => setTimeout(r, (i * 7) % 13));
            await insertAuditEvent(tx, event(`w${i}.b`));
          }),
        ),
      );
      const result = await verifyAuditChain(db);
      expect(result).toMatchObject({ ok: true, rows: writers * 2 });
      // The two rows of one transaction are next to each other: nothing was chained in between.
      const order = await db.query<{ action: string }>('select action from audit_events order by seq');
      for (let i = 0; i < order.length; i += 2) {
        expect(order[i]!.action.replace('.a', '')).toBe(order[i + 1]!.action.replace('.b', ''));
      }
    } finally {
      await drop();
    }
  });
});

describe('migration of an existing audit log', () => {
  it('chains the rows written before the chain existed, in id order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yuva-migrations-'));
    try {
      for (const f of readdirSync(MIGRATIONS_DIR).filter((f) => f < '0022')) {
        cpSync(join(MIGRATIONS_DIR, f), join(dir, f));
      }
      const db = await openPglite();
      await migrate(db, dir);
      for (let i = 0; i < 20; i++) {
        await db.query(
          `insert into audit_events (action, entity_type, entity_id, changes, actor_username, at)
           values ($1, 'user', $2, $3, $4, now() - ($5 || ' minutes')::interval)`,
          [
            `old.${i}`,
            String(i),
            JSON.stringify({ i, text: 'Əliyeva / Алиева' }),
            i % 3 ? 'admin' : null,
            100 - i,
          ],
        );
      }
      await migrate(db);
      await insertAuditEvent(db, event('after.migration'));
      const result = await verifyAuditChain(db);
      expect(result).toMatchObject({ ok: true, rows: 21 });
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run audit:verify', () => {
  it.skipIf(testDbKind() === 'postgres')(
    'prints OK with the count on a PGlite folder, and names the changed row with exit code 1',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'yuva-verify-'));
      try {
        const db = await openPglite({ dataDir });
        await migrate(db);
        for (let i = 0; i < 12; i++) await insertAuditEvent(db, event(`cli.${i}`));
        await db.close();
        const run = () =>
          spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
            env: { ...process.env, YUVA_DATA_DIR: dataDir, DATABASE_URL: '' },
            encoding: 'utf8',
          });
        const ok = run();
        expect(ok.status).toBe(0);
        expect(ok.stdout).toMatch(/^OK: 12 audit rows, chain intact, verified in \d+\.\d\d s/);

        const again = await openPglite({ dataDir });
        const id = (await again.query<{ id: number }>('select id from audit_events where seq = 7'))[0]!.id;
        await tamper(again, (tx) => tx.query(`update audit_events set action = 'cli.forged' where seq = 7`));
        await again.close();
        const failed = run();
        expect(failed.status).toBe(1);
        expect(failed.stdout).toContain(`FAILED: audit row id ${id} (seq 7) was changed`);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it.skipIf(testDbKind() !== 'postgres')(
    'works on the PostgreSQL of DATABASE_URL, and checks an anchor noted earlier',
    async () => {
      const empty = await createEmptyPostgresDatabase();
      try {
        const db = await openPostgres(empty.url, 2);
        await migrate(db);
        for (let i = 0; i < 9; i++) await insertAuditEvent(db, event(`pg.${i}`));
        const head = (
          await db.query<{ seq: number; hash: string }>('select seq, hash from audit_events where seq = 9')
        )[0]!;
        const run = (...args: string[]) =>
          spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], {
            env: { ...process.env, DATABASE_URL: empty.url },
            encoding: 'utf8',
          });
        const ok = run('--anchor', `9:${head.hash}`);
        expect(ok.status).toBe(0);
        expect(ok.stdout).toMatch(/^OK: 9 audit rows, chain intact/);
        // The last row removed: the chain alone still verifies, the anchor does not.
        await tamper(db, (tx) => tx.query('delete from audit_events where seq = 9'));
        expect(run().status).toBe(0);
        const failed = run('--anchor', `9:${head.hash}`);
        expect(failed.status).toBe(1);
        expect(failed.stdout).toContain('FAILED: audit row seq 9 (the anchor) was removed');
        await db.close();
      } finally {
        await empty.drop();
      }
    },
    60_000,
  );
});

function event(action: string) {
  return {
    actorUserId: null,
    actorUsername: 'tester',
    action,
    entityType: 'test',
    entityId: null,
    changes: { action },
    requestId: null,
    ip: '127.0.0.1',
  };
}
