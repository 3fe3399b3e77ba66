import type { Queryable } from '../db/client';
import { claimDueJob, recordJobRun, registerJob } from '../db/repositories/jobs.repository';
import type { Deps, RequestContext } from '../domain/context';

/** A periodic piece of work that must run once per period however many instances are running. */
export interface Job {
  name: string;
  /** The next run is due this long after the period that ran (periods missed while down run once). */
  everyMs: number;
  /** Runs inside the transaction that holds the job's row: the work and the new due time commit together. */
  run(deps: Deps, tx: Queryable, ctx: RequestContext): Promise<Record<string, unknown>>;
}

export interface JobLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunner {
  /** Runs every due job once now (the timer calls this; tests may too). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/** The first due time after `dueAt` that is later than `now`. */
export function nextDue(dueAt: Date, everyMs: number, now: Date): Date {
  const periods = Math.max(1, Math.floor((now.getTime() - dueAt.getTime()) / everyMs) + 1);
  return new Date(dueAt.getTime() + periods * everyMs);
}

/**
 * Polls every `tickMs` (with some jitter, so instances do not poll in step). For each job, one
 * transaction locks the job's row if it is due (`for update skip locked`: an instance that finds
 * it locked moves on), runs the job, records the run and sets the next due time (decision 0014).
 * A job that fails rolls back and stays due; the next tick tries again.
 */
export async function startJobRunner(
  deps: Deps,
  jobs: readonly Job[],
  options: { tickMs: number; instance: string; log: JobLog },
): Promise<JobRunner> {
  for (const job of jobs) await registerJob(deps.db, job.name, deps.clock.now());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function runIfDue(job: Job) {
    const t0 = performance.now();
    const started = deps.clock.now();
    const ran = await deps.db.transaction(async (tx) => {
      const due = await claimDueJob(tx, job.name, started);
      if (!due) return null;
      const ctx: RequestContext = {
        actor: null,
        requestId: `job:${job.name}:${due.dueAt.toISOString()}`,
        ip: 'job',
        locale: 'en',
      };
      const result = await job.run(deps, tx, ctx);
      const nextRunAt = nextDue(due.dueAt, job.everyMs, started);
      await recordJobRun(tx, {
        job: job.name,
        dueAt: due.dueAt,
        nextRunAt,
        instance: options.instance,
        startedAt: started,
        result,
      });
      return { dueAt: due.dueAt, nextRunAt, result };
    });
    if (ran) {
      options.log.info(
        { job: job.name, instance: options.instance, ms: Math.round(performance.now() - t0), ...ran },
        'job ran',
      );
    }
  }

  async function tick() {
    for (const job of jobs) {
      if (stopped) return;
      try {
        await runIfDue(job);
      } catch (error) {
        options.log.error({ job: job.name, err: error }, 'job failed; it stays due');
      }
    }
  }

  // The first look comes soon after start, so a server that was down catches up at once.
  function schedule(first = false) {
    if (stopped) return;
    const delay = (first ? Math.min(options.tickMs, 5_000) : options.tickMs) * (0.8 + Math.random() * 0.4);
    timer = setTimeout(() => {
      running = tick().finally(() => schedule());
    }, delay);
    timer.unref();
  }
  schedule(true);

  return {
    tick: () => {
      running = running.then(tick);
      return running;
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
