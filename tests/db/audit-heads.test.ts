import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Db, openPglite, type Queryable } from '../../server/db/client';
import {
  auditHeadsFile,
  checkAuditHeads,
  recordAuditHead,
  startAuditHeadRecorder,
} from '../../server/db/integrity/audit-heads';
import { migrate } from '../../server/db/migrate';
import { insertAuditEvent } from '../../server/db/repositories/audit.repository';
import { verifyAuditChain } from '../../server/domain/audit/verify';
import { createTestDb, testDbKind } from '../support/test-db';

/**
 * Audit rows lost behind the chain's back (decision 0021): the chain alone (decision 0011) finds
 * a gap in `seq`, but a chain that lost its last rows, or whose last rows were replaced by other
 * ones (two servers on one folder, one server's pages surviving), is a valid chain. The heads
 * recorded outside the database show both.
 */

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yuva-heads-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const event = (action: string) => ({
  actorUserId: null,
  actorUsername: 'heads-test',
  action,
  entityType: 'test',
  entityId: null,
  requestId: 'heads-test',
  ip: '127.0.0.1',
});

/** Runs `work` with the table's triggers off, as someone with direct database access could. */
function tamper(db: Db, work: (tx: Queryable) => Promise<unknown>) {
  return db.transaction(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    await work(tx);
  });
}

const verify = (dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
    env: { ...process.env, YUVA_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });

/** A PGlite folder with 10 audit rows, whose server recorded the heads as it ran and stopped. */
async function folderWithServerHeads() {
  const dataDir = newDir();
  const db = await openPglite({ dataDir, log: () => {} });
  await migrate(db);
  const recorder = await startAuditHeadRecorder(db, auditHeadsFile(dataDir));
  for (let i = 1; i <= 10; i++) await insertAuditEvent(db, event(`heads.${i}`));
  await recorder.stop();
  return { dataDir, db };
}

describe.skipIf(testDbKind() === 'postgres')('npm run audit:verify and the recorded heads', () => {
  it('fails when rows were deleted from the end of the chain behind its back', async () => {
    const { dataDir, db } = await folderWithServerHeads();
    await tamper(db, (tx) => tx.query('delete from audit_events where seq > 7'));
    // The chain alone still verifies: 7 rows, no gap.
    expect((await verifyAuditChain(db)).problem).toBeUndefined();
    await db.close();
    const run = verify(dataDir);
    expect(run.stdout).toContain('FAILED: the audit chain ends at seq 7, but seq 10');
    expect(run.stdout).toContain('rows 8–10 were removed from the end, or committed writes were lost');
    expect(run.status).toBe(1);
  }, 90_000);

  it('fails when the last rows were replaced by others (a fork: two writers, one survived)', async () => {
    const { dataDir, db } = await folderWithServerHeads();
    // Server B's rows 9 and 10 are gone; server A's own rows 9 and 10 (chained from row 8) survived.
    await tamper(db, (tx) => tx.query('delete from audit_events where seq > 8'));
    await insertAuditEvent(db, event('other-server.9'));
    await insertAuditEvent(db, event('other-server.10'));
    expect((await verifyAuditChain(db)).problem).toBeUndefined();
    await db.close();
    const run = verify(dataDir);
    expect(run.stdout).toMatch(/FAILED: audit row seq 10 has hash [0-9a-f]{64}, but the head recorded by/);
    expect(run.stdout).toContain('two writers extended it');
    expect(run.status).toBe(1);
  }, 90_000);

  it('says OK, checked against the recorded heads, when nothing was lost; a server start keeps the file short', async () => {
    const { dataDir, db } = await folderWithServerHeads();
    const file = auditHeadsFile(dataDir);
    const again = await startAuditHeadRecorder(db, file);
    expect(again.atStart).toEqual({ ok: true, heads: expect.any(Number) });
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    await again.stop();
    await db.close();
    const run = verify(dataDir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^OK: 10 audit rows, chain intact/);
    expect(run.stdout).toContain('heads recorded outside the database: 1 checked, all in the chain');
  }, 90_000);
});

describe('the recorded heads, on either database', () => {
  it('catch rows removed from the end, which the chain alone does not', async () => {
    const { db, drop } = await createTestDb();
    try {
      const file = join(newDir(), 'heads');
      expect(existsSync(file)).toBe(false);
      for (let i = 1; i <= 4; i++) await insertAuditEvent(db, event(`lib.${i}`));
      const head = await recordAuditHead(db, file);
      expect(await checkAuditHeads(db, file)).toEqual({ ok: true, heads: 1 });
      await tamper(db, (tx) => tx.query('delete from audit_events where seq = $1', [head!.seq]));
      expect((await verifyAuditChain(db)).problem).toBeUndefined();
      const check = await checkAuditHeads(db, file);
      expect(check).toMatchObject({ ok: false, kind: 'missing_tail' });
    } finally {
      await drop();
    }
  });
});
