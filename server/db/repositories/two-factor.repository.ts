import type { Role } from '../../../common/roles';
import type { Queryable } from '../client';

export interface TwoFactorRecord {
  secretEncrypted: string;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
}

export async function findTwoFactor(q: Queryable, userId: string): Promise<TwoFactorRecord | undefined> {
  const rows = await q.query<TwoFactorRecord>(
    `select secret_encrypted as "secretEncrypted", confirmed_at as "confirmedAt", last_used_step as "lastUsedStep"
       from user_two_factor where user_id = $1`,
    [userId],
  );
  const row = rows[0];
  return row
    ? { ...row, lastUsedStep: row.lastUsedStep === null ? null : Number(row.lastUsedStep) }
    : undefined;
}

/**
 * Keeps a new, not yet confirmed secret for the user (replacing an earlier unconfirmed one).
 * Answers false, changing nothing, when the user already has a confirmed authenticator.
 */
export async function savePendingTwoFactor(
  q: Queryable,
  userId: string,
  secretEncrypted: string,
): Promise<boolean> {
  const rows = await q.query<{ user_id: string }>(
    `insert into user_two_factor (user_id, secret_encrypted) values ($1, $2)
     on conflict (user_id) do update set secret_encrypted = excluded.secret_encrypted, confirmed_at = null,
                                         last_used_step = null, created_at = now()
       where user_two_factor.confirmed_at is null
     returning user_id`,
    [userId, secretEncrypted],
  );
  return rows.length === 1;
}

/** Confirms the pending authenticator with the step of the code the user typed. */
export async function confirmTwoFactor(
  q: Queryable,
  userId: string,
  step: number,
  at: Date,
): Promise<boolean> {
  const rows = await q.query<{ user_id: string }>(
    `update user_two_factor set confirmed_at = $3, last_used_step = $2
      where user_id = $1 and confirmed_at is null returning user_id`,
    [userId, step, at],
  );
  return rows.length === 1;
}

/**
 * Records that the code of `step` was used, if no code of this step or a later one was used
 * before. One conditional update: two instances given the same code at once accept it once.
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const rows = await q.query<{ user_id: string }>(
    `update user_two_factor set last_used_step = $2
      where user_id = $1 and confirmed_at is not null and coalesce(last_used_step, -1) < $2
      returning user_id`,
    [userId, step],
  );
  return rows.length === 1;
}

/** Removes the user's authenticator and recovery codes; answers whether there was one. */
export async function deleteTwoFactor(q: Queryable, userId: string): Promise<boolean> {
  await q.query('delete from user_recovery_codes where user_id = $1', [userId]);
  const rows = await q.query<{ user_id: string }>(
    'delete from user_two_factor where user_id = $1 returning user_id',
    [userId],
  );
  return rows.length === 1;
}

export async function replaceRecoveryCodes(q: Queryable, userId: string, hashes: string[]): Promise<void> {
  await q.query('delete from user_recovery_codes where user_id = $1', [userId]);
  await q.query('insert into user_recovery_codes (user_id, code_hash) select $1, unnest($2::text[])', [
    userId,
    hashes,
  ]);
}

/** Uses up one recovery code; answers false if it is not one of the user's unused codes. */
export async function spendRecoveryCode(
  q: Queryable,
  userId: string,
  hash: string,
  at: Date,
): Promise<boolean> {
  const rows = await q.query<{ id: number }>(
    `update user_recovery_codes set used_at = $3
      where id = (select id from user_recovery_codes where user_id = $1 and code_hash = $2 and used_at is null limit 1)
        and used_at is null
      returning id`,
    [userId, hash, at],
  );
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from user_recovery_codes where user_id = $1 and used_at is null',
    [userId],
  );
  return rows[0]?.n ?? 0;
}

export interface RoleSecurityRecord {
  role: Role;
  requireTwoFactor: boolean;
  updatedAt: Date;
  version: number;
}

export async function listRoleSecurity(q: Queryable): Promise<RoleSecurityRecord[]> {
  return q.query<RoleSecurityRecord>(
    `select role, require_two_factor as "requireTwoFactor", updated_at as "updatedAt", version
       from role_security_settings order by role`,
  );
}

export async function roleRequiresTwoFactor(q: Queryable, role: Role): Promise<boolean> {
  const rows = await q.query<{ r: boolean }>(
    'select require_two_factor as r from role_security_settings where role = $1',
    [role],
  );
  return rows[0]?.r ?? false;
}

export async function saveRoleSecurity(
  q: Queryable,
  role: Role,
  requireTwoFactor: boolean,
  at: Date,
): Promise<RoleSecurityRecord> {
  const rows = await q.query<RoleSecurityRecord>(
    `insert into role_security_settings (role, require_two_factor, updated_at) values ($1, $2, $3)
     on conflict (role) do update set require_two_factor = excluded.require_two_factor, updated_at = excluded.updated_at,
                                      version = role_security_settings.version + 1
     returning role, require_two_factor as "requireTwoFactor", updated_at as "updatedAt", version`,
    [role, requireTwoFactor, at],
  );
  return rows[0]!;
}

/** Whether the user has a confirmed authenticator (for the administrator's view of a user). */
export async function hasConfirmedTwoFactor(q: Queryable, userId: string): Promise<boolean> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from user_two_factor where user_id = $1 and confirmed_at is not null',
    [userId],
  );
  return (rows[0]?.n ?? 0) > 0;
}
