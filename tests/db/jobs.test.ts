import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../server/db/client';
import type { Deps } from '../../server/domain/context';
import { defaultAuthSettings } from '../../server/domain/context';
import { fosterRenewalsJob } from '../../server/jobs/foster-renewals';
import { type Job, nextDue, startJobRunner } from '../../server/jobs/runner';
import { TestClock } from '../support/test-app';
import { createTestDb } from '../support/test-db';

const DAY = 86_400_000;
const quiet = { info: () => {}, error: () => {} };
let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.drop());

describe('nextDue', () => {
  const due = new Date('2026-11-25T02:00:00Z');
  it('is one period on when the run is on time, and skips periods missed while down', () => {
    expect(nextDue(due, DAY, new Date('2026-11-25T02:00:05Z')).toISOString()).toBe(
      '2026-11-26T02:00:00.000Z',
    );
    expect(nextDue(due, DAY, new Date('2026-11-28T13:00:00Z')).toISOString()).toBe(
      '2026-11-29T02:00:00.000Z',
    );
  });
});

describe('job runner', () => {
  function countingJob(name: string, seen: string[]): Job {
    return {
      name,
      everyMs: DAY,
      run: async (_deps, tx: Queryable, ctx) => {
        seen.push(ctx.requestId);
        await tx.query('select 1');
        return { n: seen.length };
      },
    };
  }

  it('runs a job once per period however many runners poll, and records each run', async () => {
    const clock = new TestClock(new Date('2026-11-25T09:00:00Z'));
    const deps: Deps = { db: t.db, clock, auth: defaultAuthSettings };
    const seen: string[] = [];
    const job = countingJob('test.counting', seen);
    const runners = await Promise.all(
      ['one', 'two', 'three'].map((instance) =>
        startJobRunner(deps, [job], { tickMs: 3_600_000, instance, log: quiet }),
      ),
    );
    await Promise.all(runners.flatMap((r) => [r.tick(), r.tick()]));
    expect(seen).toHaveLength(1);
    clock.advance(DAY / 2);
    await Promise.all(runners.map((r) => r.tick()));
    expect(seen).toHaveLength(1);
    clock.advance(DAY / 2);
    await Promise.all(runners.map((r) => r.tick()));
    expect(seen).toHaveLength(2);
    // Three days down: one run, and the next is due in the future.
    clock.advance(3 * DAY + 1000);
    await Promise.all(runners.map((r) => r.tick()));
    expect(seen).toHaveLength(3);
    await Promise.all(runners.map((r) => r.stop()));
    const runs = await t.db.query<{ n: number; instances: number }>(
      "select count(*)::int as n, count(distinct due_at)::int as instances from job_runs where job = 'test.counting'",
    );
    expect(runs[0]).toEqual({ n: 3, instances: 3 });
    const row = await t.db.query<{ next: Date }>(
      "select next_run_at as next from scheduled_jobs where name = 'test.counting'",
    );
    expect(new Date(row[0]!.next).getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('leaves a failed job due, with nothing of its work kept, and runs it at the next tick', async () => {
    const clock = new TestClock(new Date('2026-11-25T09:00:00Z'));
    const deps: Deps = { db: t.db, clock, auth: defaultAuthSettings };
    let fail = true;
    const errors: unknown[] = [];
    await t.db.query('create table job_test_marks (n int)');
    const job: Job = {
      name: 'test.failing',
      everyMs: DAY,
      run: async (_deps, tx) => {
        await tx.query('insert into job_test_marks values (1)');
        if (fail) throw new Error('boom');
        return {};
      },
    };
    const runner = await startJobRunner(deps, [job], {
      tickMs: 3_600_000,
      instance: 'x',
      log: { info: () => {}, error: (o) => errors.push(o) },
    });
    await runner.tick();
    expect(errors).toHaveLength(1);
    expect((await t.db.query('select * from job_test_marks')).length).toBe(0);
    fail = false;
    await runner.tick();
    await runner.stop();
    expect((await t.db.query('select * from job_test_marks')).length).toBe(1);
    expect((await t.db.query("select 1 from job_runs where job = 'test.failing'")).length).toBe(1);
  });
});

describe('foster renewals job', () => {
  it('marks approvals ending within 60 days as renewal due, once, with an audit row each', async () => {
    const clock = new TestClock(new Date('2026-11-25T09:00:00Z'));
    const deps: Deps = { db: t.db, clock, auth: defaultAuthSettings };
    const insert = async (reference: string, status: string, expires: string | null) =>
      (
        await t.db.query<{ id: string }>(
          `insert into foster_families (reference, country, status, two_parent, approval_expires_on)
           values ($1, 'AZ', $2, true, $3) returning id`,
          [reference, status, expires],
        )
      )[0]!.id;
    const ids = {
      approved: await insert('R-1', 'approved', '2027-01-20'),
      available: await insert('R-2', 'available', '2027-01-24'),
      active: await insert('R-3', 'active', '2026-12-01'),
      edge: await insert('R-4', 'approved', '2027-01-25'),
      later: await insert('R-6', 'approved', '2027-03-01'),
      denied: await insert('R-5', 'denied', null),
    };
    const runner = await startJobRunner(deps, [fosterRenewalsJob], {
      tickMs: 3_600_000,
      instance: 'x',
      log: quiet,
    });
    await runner.tick();
    clock.advance(DAY);
    await runner.tick();
    await runner.stop();
    const rows = await t.db.query<{ id: string; status: string; version: number; audits: number }>(
      `select f.id, f.status, f.version, (select count(*)::int from audit_events a
         where a.action = 'foster.renewal_due' and a.entity_id = f.id::text) as audits
         from foster_families f where f.reference like 'R-%'`,
    );
    const by = new Map(rows.map((r) => [r.id, r]));
    for (const id of [ids.approved, ids.available, ids.active, ids.edge])
      expect(by.get(id)).toMatchObject({ status: 'renewal_due', version: 2, audits: 1 });
    expect(by.get(ids.later)).toMatchObject({ status: 'approved', version: 1, audits: 0 });
    expect(by.get(ids.denied)).toMatchObject({ status: 'denied', audits: 0 });
    // 2027-01-25 is 61 days after the first day and 60 after the second.
    const results = await t.db.query<{ result: { changed: number } }>(
      "select result from job_runs where job = 'foster.renewals' order by due_at",
    );
    expect(results.map((r) => r.result.changed)).toEqual([3, 1]);
  });
});
