import type { Queryable } from '../client';

/** Adds the job's row, due at `firstRunAt`, unless it is there already (every instance calls this). */
export async function registerJob(q: Queryable, name: string, firstRunAt: Date): Promise<void> {
  await q.query(
    'insert into scheduled_jobs (name, next_run_at) values ($1, $2) on conflict (name) do nothing',
    [name, firstRunAt],
  );
}

/**
 * Locks the job's row if it is due at `now` and no other transaction holds it; another instance
 * polling at the same moment skips the row instead of waiting, and finds it no longer due after
 * this transaction commits.
 */
export async function claimDueJob(
  q: Queryable,
  name: string,
  now: Date,
): Promise<{ dueAt: Date } | undefined> {
  const rows = await q.query<{ dueAt: Date }>(
    `select next_run_at as "dueAt" from scheduled_jobs
      where name = $1 and next_run_at <= $2
      for update skip locked`,
    [name, now],
  );
  const row = rows[0];
  return row && { dueAt: new Date(row.dueAt) };
}

export async function recordJobRun(
  q: Queryable,
  run: { job: string; dueAt: Date; nextRunAt: Date; instance: string; startedAt: Date; result: unknown },
): Promise<void> {
  await q.query(
    `insert into job_runs (job, due_at, instance, started_at, result) values ($1, $2, $3, $4, $5)`,
    [run.job, run.dueAt, run.instance, run.startedAt, JSON.stringify(run.result ?? {})],
  );
  await q.query(
    'update scheduled_jobs set next_run_at = $2, last_run_at = $3, last_instance = $4 where name = $1',
    [run.job, run.nextRunAt, run.startedAt, run.instance],
  );
}
