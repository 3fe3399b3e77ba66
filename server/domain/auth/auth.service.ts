import type { CurrentUser, SignInStage } from '../../../common/contracts/auth';
import type { Locale } from '../../../common/i18n/locales';
import type { Queryable } from '../../db/client';
import {
  claimLoginAttempt,
  forgetLoginAttempt,
  settleLoginAttempt,
} from '../../db/repositories/login-attempts.repository';
import {
  deleteExpiredSessions,
  deleteOtherSessionsOfUser,
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  type SessionStage,
  touchSession,
} from '../../db/repositories/sessions.repository';
import {
  claimTotpStep,
  findTwoFactor,
  roleRequiresTwoFactor,
  spendRecoveryCode,
} from '../../db/repositories/two-factor.repository';
import { findUserByUsername, recordLogin, updateUser } from '../../db/repositories/users.repository';
import { requireActor } from '../access/actor';
import { permissionsOf } from '../access/policy';
import { audit } from '../audit/audit';
import type { Actor, Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';
import { keepSignInLocale } from './sign-in-locale';
import { hashToken, newToken } from './tokens';
import { matchTotp } from './totp';
import { openTotpSecret } from './totp-key';

const minutes = (n: number) => n * 60_000;

/** How long a half-way sign-in waits for the code, or for an authenticator to be set up. */
export const PENDING_MINUTES: Record<SignInStage, number> = { two_factor: 5, enrolment: 15 };

export interface LoginResult {
  token: string;
  csrfToken: string;
  /** When the cookie should go: the session's absolute end (the server also ends it when idle). */
  expiresAt: Date;
  user: CurrentUser;
  signInStage?: SignInStage;
}

/**
 * Checks the password with throttling that every instance shares (attempts are rows in
 * the database): after `loginMaxFailures` failures the account is locked for
 * `loginLockMinutes` and the user is told until when; one address with too many failures
 * is refused for a while whatever account it tries.
 *
 * With an authenticator (or a role that requires one) the password opens only a half-way
 * session: the code step (`completeSignInWithCode`) or the setup of an authenticator comes
 * next. Nothing counts as a success until then, so wrong codes add to the wrong passwords
 * and a right password does not reset the count.
 */
export async function login(
  deps: Deps,
  ctx: RequestContext,
  input: { username: string; password: string; locale?: Locale; userAgent: string },
): Promise<LoginResult> {
  const { db, clock } = deps;
  const now = clock.now();
  const username = input.username.trim().toLowerCase();
  // Counted (as a failure) before the slow check, so parallel guesses cannot all pass the limit.
  const attempt = await countAttempt(deps, ctx, username, now);

  const user = await findUserByUsername(db, username);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await audit(db, ctx, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      changes: { username },
    });
    throw failedAttempt(deps, attempt.failures, now, 'invalid_credentials');
  }

  const twoFactor = await findTwoFactor(db, user.id);
  const stage: SessionStage = twoFactor?.confirmedAt
    ? 'two_factor'
    : (await roleRequiresTwoFactor(db, user.role))
      ? 'enrolment'
      : 'full';
  const locale = input.locale ?? user.locale;
  const actorOf = (tokenHash: string, csrfToken: string, signInStage?: SignInStage) =>
    actorFromSession({
      ...user,
      locale,
      userId: user.id,
      tokenHash,
      csrfToken,
      stage: signInStage ?? 'full',
    });

  return db.transaction(async (tx) => {
    await keepSignInLocale(tx, ctx, user, input.locale);
    const opened = await openSession(tx, deps, ctx, user.id, stage, input.userAgent);
    if (stage !== 'full') {
      // A right password is no success until the code is right (nor a failure).
      await forgetLoginAttempt(tx, attempt.id);
      await audit(
        tx,
        ctx,
        { action: 'auth.password_accepted', entityType: 'user', entityId: user.id, changes: { next: stage } },
        { userId: user.id, username },
      );
      const actor = actorOf(hashToken(opened.token), opened.csrfToken, stage);
      return { ...opened, user: currentUser(actor), signInStage: stage };
    }
    await settleLoginAttempt(tx, attempt.id);
    await recordLogin(tx, user.id, now);
    await audit(
      tx,
      ctx,
      { action: 'auth.login', entityType: 'user', entityId: user.id },
      { userId: user.id, username },
    );
    await deleteExpiredSessions(tx, now);
    return { ...opened, user: currentUser(actorOf(hashToken(opened.token), opened.csrfToken)) };
  });
}

/**
 * The second step: the code of the authenticator app (accepted once: the step of the last
 * accepted code is kept) or an unused recovery code. Throttled with the password: a wrong code
 * is a failed attempt of the account and of the address.
 */
export async function completeSignInWithCode(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; userAgent: string },
): Promise<LoginResult> {
  const actor = ctx.actor;
  if (actor?.signInStage !== 'two_factor') throw new AppError('invalid_state');
  const { db, clock } = deps;
  const now = clock.now();
  const username = actor.username;
  const twoFactor = await findTwoFactor(db, actor.userId);
  if (!twoFactor?.confirmedAt) throw new AppError('invalid_state');
  const secret = await openTotpSecret(deps, actor.userId, twoFactor.secretEncrypted);
  const typed = input.code.replace(/\s/g, '');
  const attempt = await countAttempt(deps, ctx, username, now);

  const outcome = await db.transaction(async (tx) => {
    const step = matchTotp(secret, typed, now);
    let method: 'totp' | 'recovery_code' | null = null;
    if (step !== null) {
      if (await claimTotpStep(tx, actor.userId, step)) method = 'totp';
    } else if (looksLikeRecoveryCode(typed)) {
      if (await spendRecoveryCode(tx, actor.userId, hashRecoveryCode(typed), now)) method = 'recovery_code';
    }
    if (!method) {
      await audit(tx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: actor.userId,
        changes: { username, step: 'code', ...(step !== null ? { reason: 'code_already_used' } : {}) },
      });
      return null;
    }
    await deleteSession(tx, actor.sessionTokenHash);
    const opened = await openSession(tx, deps, ctx, actor.userId, 'full', input.userAgent);
    await settleLoginAttempt(tx, attempt.id);
    await recordLogin(tx, actor.userId, now);
    await audit(tx, ctx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: actor.userId,
      changes: { secondFactor: method },
    });
    await deleteExpiredSessions(tx, now);
    return opened;
  });
  if (!outcome) throw failedAttempt(deps, attempt.failures, now, 'invalid_code');
  const full: Actor = { ...actor, signInStage: undefined, sessionTokenHash: hashToken(outcome.token) };
  return { ...outcome, user: currentUser({ ...full, csrfToken: outcome.csrfToken }) };
}

/**
 * Counts a password or code attempt of the account from this address **before** it is checked,
 * as a failure, in one short transaction that concurrent attempts on every instance wait for
 * (decision 0020): refuses it when the address has too many failures or the account is locked;
 * otherwise answers its row (to settle as a success or forget once the check passed) and the
 * account's failures including this one.
 */
export async function countAttempt(
  deps: Deps,
  ctx: RequestContext,
  username: string,
  now: Date,
): Promise<{ id: number; failures: number }> {
  const { db, auth } = deps;
  const claim = await db.transaction((tx) =>
    claimLoginAttempt(tx, {
      username,
      ip: ctx.ip,
      at: now,
      since: new Date(now.getTime() - minutes(auth.loginLockMinutes)),
      maxForAccount: auth.loginMaxFailures,
      maxForAddress: auth.loginMaxFailuresPerAddress,
    }),
  );
  if ('refused' in claim) {
    if (claim.refused === 'address')
      throw new AppError('too_many_attempts', { minutes: auth.loginLockMinutes });
    throw locked(new Date(claim.newestFailure.getTime() + minutes(auth.loginLockMinutes)), now);
  }
  return claim;
}

/** The answer to a wrong password or code: how many tries are left, or locked until when. */
function failedAttempt(
  deps: Deps,
  failures: number,
  now: Date,
  what: 'invalid_credentials' | 'invalid_code',
) {
  const remaining = deps.auth.loginMaxFailures - failures;
  if (remaining <= 0) return locked(new Date(now.getTime() + minutes(deps.auth.loginLockMinutes)), now);
  return new AppError(
    'invalid_credentials',
    {},
    { attemptsLeft: remaining },
    what === 'invalid_code' ? 'auth.invalid_code' : undefined,
  );
}

/** A new session row and its cookie token: a full session, or a short half-way one. */
export async function openSession(
  tx: Queryable,
  deps: Deps,
  ctx: RequestContext,
  userId: string,
  stage: SessionStage,
  userAgent: string,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const token = newToken();
  const csrfToken = newToken();
  const absolute = new Date(
    now.getTime() +
      (stage === 'full' ? deps.auth.sessionMaxHours * 60 * 60_000 : minutes(PENDING_MINUTES[stage])),
  );
  const idle = stage === 'full' ? new Date(now.getTime() + minutes(deps.auth.sessionIdleMinutes)) : absolute;
  await insertSession(tx, {
    tokenHash: hashToken(token),
    userId,
    csrfToken,
    ip: ctx.ip,
    userAgent: userAgent.slice(0, 300),
    expiresAt: idle,
    absoluteExpiresAt: absolute,
    stage,
    createdAt: now,
  });
  return { token, csrfToken, expiresAt: absolute };
}

function locked(until: Date, now: Date): AppError {
  const left = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('account_locked', { minutes: left }, { lockedUntil: until.toISOString() });
}

/**
 * The actor behind a session cookie, sliding the idle expiry forward (at most once a minute)
 * but never past the session's absolute end (`sessionMaxHours` after signing in).
 */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const now = deps.clock.now();
  const tokenHash = hashToken(token);
  const session = await findLiveSession(deps.db, tokenHash, now);
  if (!session) return null;
  if (session.stage === 'full' && now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
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

/** Signs the user out on every device (this one too, or every other one); answers how many sessions ended. */
export async function signOutEverywhere(
  deps: Deps,
  ctx: RequestContext,
  includeThisSession: boolean,
): Promise<number> {
  const actor = requireActor(ctx);
  return deps.db.transaction(async (tx) => {
    const ended = includeThisSession
      ? await deleteSessionsOfUser(tx, actor.userId)
      : await deleteOtherSessionsOfUser(tx, actor.userId, actor.sessionTokenHash);
    await audit(tx, ctx, {
      action: 'auth.signed_out_everywhere',
      entityType: 'user',
      entityId: actor.userId,
      changes: { sessions: ended, includingThisOne: includeThisSession },
    });
    return ended;
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
    // Half-way through sign-in, nothing is open yet.
    permissions: actor.signInStage ? [] : permissionsOf(actor.role),
  };
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
  stage: SessionStage;
}): Actor {
  return {
    ...(s.stage === 'full' ? {} : { signInStage: s.stage }),
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
