import type { CurrentUser } from '../../../common/contracts/auth';
import type { Locale } from '../../../common/i18n/locales';
import {
  countRecentFailuresForAddress,
  recentFailuresForUsername,
  recordLoginAttempt,
} from '../../db/repositories/login-attempts.repository';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  insertSession,
  touchSession,
} from '../../db/repositories/sessions.repository';
import { findUserByUsername, recordLogin, updateUser } from '../../db/repositories/users.repository';
import { permissionsOf } from '../access/policy';
import { audit } from '../audit/audit';
import type { Actor, Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { hashToken, newToken } from './tokens';

const minutes = (n: number) => n * 60_000;

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: CurrentUser;
}

/**
 * Checks the password with throttling that every instance shares (attempts are rows in
 * the database): after `loginMaxFailures` failures the account is locked for
 * `loginLockMinutes` and the user is told until when; one address with too many failures
 * is refused for a while whatever account it tries.
 */
export async function login(
  deps: Deps,
  ctx: RequestContext,
  input: { username: string; password: string; userAgent: string },
): Promise<LoginResult> {
  const { db, clock, auth } = deps;
  const now = clock.now();
  const username = input.username.trim().toLowerCase();
  const since = new Date(now.getTime() - minutes(auth.loginLockMinutes));

  if ((await countRecentFailuresForAddress(db, ctx.ip, since)) >= auth.loginMaxFailuresPerAddress) {
    throw new AppError('too_many_attempts', { minutes: auth.loginLockMinutes });
  }
  const failures = await recentFailuresForUsername(db, username, since);
  const newestFailure = failures[0];
  if (failures.length >= auth.loginMaxFailures && newestFailure) {
    throw locked(new Date(newestFailure.getTime() + minutes(auth.loginLockMinutes)), now);
  }

  const user = await findUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await db.transaction(async (tx) => {
      await recordLoginAttempt(tx, { username, ip: ctx.ip, succeeded: false, at: now });
      await audit(tx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        changes: { username },
      });
    });
    const remaining = auth.loginMaxFailures - failures.length - 1;
    if (remaining <= 0) {
      throw locked(new Date(now.getTime() + minutes(auth.loginLockMinutes)), now);
    }
    throw new AppError('invalid_credentials', {}, { attemptsLeft: remaining });
  }

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + minutes(auth.sessionIdleMinutes));
  await db.transaction(async (tx) => {
    await recordLoginAttempt(tx, { username, ip: ctx.ip, succeeded: true, at: now });
    await insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      ip: ctx.ip,
      userAgent: input.userAgent.slice(0, 300),
      expiresAt,
    });
    await recordLogin(tx, user.id, now);
    await audit(
      tx,
      ctx,
      { action: 'auth.login', entityType: 'user', entityId: user.id },
      { userId: user.id, username },
    );
    await deleteExpiredSessions(tx, now);
  });
  const actor = actorFromSession({ ...user, userId: user.id, tokenHash: hashToken(token), csrfToken });
  return { token, csrfToken, expiresAt, user: currentUser(actor) };
}

function locked(until: Date, now: Date): AppError {
  const left = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('account_locked', { minutes: left }, { lockedUntil: until.toISOString() });
}

/** The actor behind a session cookie, sliding the idle expiry forward (at most once a minute). */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const now = deps.clock.now();
  const tokenHash = hashToken(token);
  const session = await findLiveSession(deps.db, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
    await touchSession(
      deps.db,
      tokenHash,
      now,
      new Date(now.getTime() + minutes(deps.auth.sessionIdleMinutes)),
    );
  }
  return actorFromSession(session);
}

export async function logout(deps: Deps, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, actor.sessionTokenHash);
    await audit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
  });
}

export async function setOwnLocale(deps: Deps, ctx: RequestContext, locale: Locale): Promise<CurrentUser> {
  const actor = requireActor(ctx);
  if (actor.locale === locale) return currentUser(actor);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, actor.userId, null, { locale });
    await audit(tx, ctx, {
      action: 'user.locale_changed',
      entityType: 'user',
      entityId: actor.userId,
      changes: { locale: { from: actor.locale, to: locale } },
    });
  });
  return currentUser({ ...actor, locale });
}

export function currentUser(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    locale: actor.locale,
    scopeAll: actor.scope.all,
    scopeLocationIds: [...actor.scope.locationIds],
    scopeProgrammeIds: [...actor.scope.programmeIds],
    permissions: permissionsOf(actor.role),
  };
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

function actorFromSession(s: {
  userId: string;
  username: string;
  displayName: string;
  role: Actor['role'];
  locale: Locale;
  scopeAll: boolean;
  scopeLocationIds: string[];
  scopeProgrammeIds: string[];
  tokenHash: string;
  csrfToken: string;
}): Actor {
  return {
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    locale: s.locale,
    scope: { all: s.scopeAll, locationIds: s.scopeLocationIds, programmeIds: s.scopeProgrammeIds },
    sessionTokenHash: s.tokenHash,
    csrfToken: s.csrfToken,
  };
}
