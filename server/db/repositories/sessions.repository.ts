import type { Locale } from '../../../common/i18n/locales';
import type { Role } from '../../../common/roles';
import type { Queryable } from '../client';

export type SessionStage = 'full' | 'two_factor' | 'enrolment';

export interface SessionWithUser {
  tokenHash: string;
  csrfToken: string;
  stage: SessionStage;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  scopeAll: boolean;
  scopeLocationIds: string[];
  scopeProgrammeIds: string[];
}

export async function insertSession(
  q: Queryable,
  s: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    ip: string;
    userAgent: string;
    expiresAt: Date;
    /** The end of the session however active it is; `expiresAt` never passes it. */
    absoluteExpiresAt: Date;
    stage?: SessionStage;
    createdAt?: Date;
  },
): Promise<void> {
  await q.query(
    `insert into sessions (token_hash, user_id, csrf_token, ip, user_agent, expires_at, absolute_expires_at, stage,
                           created_at, last_seen_at)
     values ($1, $2, $3, $4, $5, least($6::timestamptz, $7::timestamptz), $7, $8, coalesce($9, now()), coalesce($9, now()))`,
    [
      s.tokenHash,
      s.userId,
      s.csrfToken,
      s.ip,
      s.userAgent,
      s.expiresAt,
      s.absoluteExpiresAt,
      s.stage ?? 'full',
      s.createdAt ?? null,
    ],
  );
}

/** A live session of an active user, or nothing. */
export async function findLiveSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const rows = await q.query<SessionWithUser>(
    `select s.token_hash as "tokenHash", s.csrf_token as "csrfToken", s.stage, s.expires_at as "expiresAt",
            s.absolute_expires_at as "absoluteExpiresAt", s.last_seen_at as "lastSeenAt", u.id as "userId", u.username, u.display_name as "displayName",
            u.role, u.locale, u.scope_all as "scopeAll", u.scope_location_ids as "scopeLocationIds",
            u.scope_programme_ids as "scopeProgrammeIds"
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > $2 and s.absolute_expires_at > $2 and u.status = 'active'`,
    [tokenHash, now],
  );
  return rows[0];
}

export async function touchSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  // The idle expiry slides forward, but never past the absolute end of the session.
  await q.query(
    'update sessions set last_seen_at = $2, expires_at = least($3, absolute_expires_at) where token_hash = $1',
    [tokenHash, now, expiresAt],
  );
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('delete from sessions where token_hash = $1', [tokenHash]);
}

/** Ends every session of the user (all devices); answers how many there were. */
export async function deleteSessionsOfUser(q: Queryable, userId: string): Promise<number> {
  const rows = await q.query<{ token_hash: string }>(
    'delete from sessions where user_id = $1 returning token_hash',
    [userId],
  );
  return rows.length;
}

/** Ends the user's sessions except `keepTokenHash` (the one asking); answers how many ended. */
export async function deleteOtherSessionsOfUser(
  q: Queryable,
  userId: string,
  keepTokenHash: string,
): Promise<number> {
  const rows = await q.query<{ token_hash: string }>(
    'delete from sessions where user_id = $1 and token_hash <> $2 returning token_hash',
    [userId, keepTokenHash],
  );
  return rows.length;
}

/** The user's signed-in sessions still open at `now` (half-way sign-ins not counted). */
export async function countLiveSessionsOfUser(q: Queryable, userId: string, now: Date): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `select count(*)::int as n from sessions
      where user_id = $1 and stage = 'full' and expires_at > $2 and absolute_expires_at > $2`,
    [userId, now],
  );
  return rows[0]?.n ?? 0;
}

export async function deleteExpiredSessions(q: Queryable, now: Date): Promise<void> {
  await q.query('delete from sessions where expires_at <= $1', [now]);
}
