import type { Queryable } from '../client';

export async function recordLoginAttempt(
  q: Queryable,
  a: { username: string; ip: string; succeeded: boolean; at: Date },
): Promise<void> {
  await q.query('insert into login_attempts (username, ip, succeeded, at) values ($1, $2, $3, $4)', [
    a.username,
    a.ip,
    a.succeeded,
    a.at,
  ]);
}

/** Failures for this username since `since` and after its last success, newest first. */
export async function recentFailuresForUsername(
  q: Queryable,
  username: string,
  since: Date,
): Promise<Date[]> {
  const rows = await q.query<{ at: Date }>(
    `select at from login_attempts
      where username = $1 and not succeeded and at > $2
        and id > coalesce((select max(id) from login_attempts where username = $1 and succeeded), 0)
      order by at desc`,
    [username, since],
  );
  return rows.map((r) => new Date(r.at));
}

export async function countRecentFailuresForAddress(q: Queryable, ip: string, since: Date): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from login_attempts where ip = $1 and not succeeded and at > $2',
    [ip, since],
  );
  return rows[0]?.n ?? 0;
}
