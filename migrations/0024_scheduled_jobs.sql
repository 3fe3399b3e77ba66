-- Scheduled jobs (decision 0014): one row per job says when it is next due. Every instance polls;
-- the one that locks the due row (`for update skip locked`) runs the job in that transaction and
-- moves next_run_at on, so a period runs once however many instances there are.

create table scheduled_jobs (
  name text primary key,
  next_run_at timestamptz not null,
  last_run_at timestamptz,
  last_instance text
);

-- One row per run: the period it ran for (the next_run_at that was due) is unique per job, so even
-- a second runner that got past the lock could not commit the same period twice.
create table job_runs (
  id bigint generated always as identity primary key,
  job text not null references scheduled_jobs (name),
  due_at timestamptz not null,
  instance text not null,
  started_at timestamptz not null,
  finished_at timestamptz not null default clock_timestamp(),
  result jsonb not null default '{}',
  unique (job, due_at)
);
