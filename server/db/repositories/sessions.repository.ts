import type { Locale } from '../../../common/i18n/locales';
import type { Role } from '../../../common/roles';
import type { Queryable } from '../client';

export interface SessionWithUser {
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
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
  s: { tokenHash: string; userId: string; csrfToken: string; ip: string; userAgent: string; expiresAt: Date },
): Promise<void> {
  await q.query(
    `insert into sessions (token_hash, user_id, csrf_token, ip, user_agent, expires_at) values ($1, $2, $3, $4, $5, $6)`,
    [s.tokenHash, s.userId, s.csrfToken, s.ip, s.userAgent, s.expiresAt],
  );
}

/** A live session of an active user, or nothing. */
export async function findLiveSession(
  q: Queryable,
  tokenHash: string,
  now: Date,
): Promise<SessionWithUser | undefined> {
  const rows = await q.query<SessionWithUser>(
    `select s.token_hash as "tokenHash", s.csrf_token as "csrfToken", s.expires_at as "expiresAt",
            s.last_seen_at as "lastSeenAt", u.id as "userId", u.username, u.display_name as "displayName",
            u.role, u.locale, u.scope_all as "scopeAll", u.scope_location_ids as "scopeLocationIds",
            u.scope_programme_ids as "scopeProgrammeIds"
       from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > $2 and u.status = 'active'`,
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
  await q.query('update sessions set last_seen_at = $2, expires_at = $3 where token_hash = $1', [
    tokenHash,
    now,
    expiresAt,
  ]);
}

export async function deleteSession(q: Queryable, tokenHash: string): Promise<void> {
  await q.query('delete from sessions where token_hash = $1', [tokenHash]);
}

export async function deleteSessionsOfUser(q: Queryable, userId: string): Promise<void> {
  await q.query('delete from sessions where user_id = $1', [userId]);
}

export async function deleteExpiredSessions(q: Queryable, now: Date): Promise<void> {
  await q.query('delete from sessions where expires_at <= $1', [now]);
}
