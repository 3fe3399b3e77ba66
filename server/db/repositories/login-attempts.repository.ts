import type { Queryable } from '../client';

/**
 * Keys of the transaction-level advisory locks that serialise the counting of one account's or one
 * address's attempts (two-key form, so they never meet the single-key locks of migrations and of
 * the audit chain). Taken in this order only: account, then address.
 */
const LOCK_LOGIN_USERNAME = 72_001;
const LOCK_LOGIN_ADDRESS = 72_002;

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

/** What counting an attempt answered: refused before any check, or its row and the account's failures with it. */
export type LoginAttemptClaim =
  | { refused: 'address' }
  | { refused: 'account'; newestFailure: Date }
  | { id: number; failures: number };

/**
 * Counts a sign-in attempt (password or code) **before** it is checked: under advisory locks of
 * the account and of the address, refuses it when either already has its limit of failures since
 * `since` (the account's counted after its last success), else records it as a failure and answers
 * its row and the account's failures including it. The caller turns the row into a success
 * (`settleLoginAttempt`) or removes it (`forgetLoginAttempt`) once the check passed.
 *
 * Must run in a transaction of its own, committed before the slow check: the locks are held to its
 * end, so concurrent attempts on any instance sharing the database are counted one after the
 * other, and each sees the rows of those before it (decision 0020).
 */
export async function claimLoginAttempt(
  tx: Queryable,
  a: { username: string; ip: string; at: Date; since: Date; maxForAccount: number; maxForAddress: number },
): Promise<LoginAttemptClaim> {
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_LOGIN_USERNAME, a.username]);
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_LOGIN_ADDRESS, a.ip]);
  if ((await countRecentFailuresForAddress(tx, a.ip, a.since)) >= a.maxForAddress)
    return { refused: 'address' };
  const failures = await recentFailuresForUsername(tx, a.username, a.since);
  const newestFailure = failures[0];
  if (failures.length >= a.maxForAccount && newestFailure) return { refused: 'account', newestFailure };
  const [row] = await tx.query<{ id: number }>(
    'insert into login_attempts (username, ip, succeeded, at) values ($1, $2, false, $3) returning id',
    [a.username, a.ip, a.at],
  );
  return { id: Number(row!.id), failures: failures.length + 1 };
}

/** The attempt counted by `claimLoginAttempt` succeeded: the account's failures before it no longer count. */
export async function settleLoginAttempt(q: Queryable, id: number): Promise<void> {
  await q.query('update login_attempts set succeeded = true where id = $1', [id]);
}

/** The attempt counted by `claimLoginAttempt` passed but is not a sign-in (a right password before the code). */
export async function forgetLoginAttempt(q: Queryable, id: number): Promise<void> {
  await q.query('delete from login_attempts where id = $1', [id]);
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
