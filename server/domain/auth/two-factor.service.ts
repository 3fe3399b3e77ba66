import type { SessionResponse } from '../../../common/contracts/auth';
import type {
  RecoveryCodes,
  RoleTwoFactor,
  TwoFactorSetup,
  TwoFactorStatus,
  UserSecurity,
} from '../../../common/contracts/security';
import { ROLES, type Role } from '../../../common/roles';
import { forgetLoginAttempt, recordLoginAttempt } from '../../db/repositories/login-attempts.repository';
import {
  countLiveSessionsOfUser,
  deleteExpiredSessions,
  deleteSession,
  deleteSessionsOfUser,
} from '../../db/repositories/sessions.repository';
import {
  claimTotpStep,
  confirmTwoFactor,
  countUnusedRecoveryCodes,
  deleteTwoFactor,
  findTwoFactor,
  hasConfirmedTwoFactor,
  listRoleSecurity,
  replaceRecoveryCodes,
  roleRequiresTwoFactor,
  savePendingTwoFactor,
  saveRoleSecurity,
} from '../../db/repositories/two-factor.repository';
import { findUserById, recordLogin } from '../../db/repositories/users.repository';
import { requireActor } from '../access/actor';
import { audit } from '../audit/audit';
import type { Actor, Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { countAttempt, currentUser, openSession } from './auth.service';
import { fieldError } from './field-error';
import { verifyPassword } from './passwords';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { hashToken } from './tokens';
import { base32Encode, matchTotp, newTotpSecret, otpauthUri } from './totp';
import { openTotpSecret, sealTotpSecret } from './totp-key';

/**
 * Setting up, using and removing an authenticator (TOTP), the recovery codes, and the roles
 * that must use one. Decision 0012.
 */

/** A signed-in user, or one half-way through sign-in who must set up an authenticator first. */
function enrollingActor(ctx: RequestContext): Actor {
  const actor = ctx.actor;
  if (!actor || actor.signInStage === 'two_factor') throw new AppError('unauthenticated');
  return actor;
}

export async function twoFactorStatus(deps: Deps, ctx: RequestContext): Promise<TwoFactorStatus> {
  const actor = enrollingActor(ctx);
  const record = await findTwoFactor(deps.db, actor.userId);
  return {
    enabled: Boolean(record?.confirmedAt),
    required: await roleRequiresTwoFactor(deps.db, actor.role),
    recoveryCodesLeft: record?.confirmedAt ? await countUnusedRecoveryCodes(deps.db, actor.userId) : 0,
  };
}

/**
 * A new secret, shown this once as text and as the otpauth:// address of the QR code. It is
 * kept encrypted and unconfirmed until the user types a code from the app.
 */
export async function startTwoFactorSetup(deps: Deps, ctx: RequestContext): Promise<TwoFactorSetup> {
  const actor = enrollingActor(ctx);
  const secret = newTotpSecret();
  const sealed = await sealTotpSecret(deps, actor.userId, secret);
  await deps.db.transaction(async (tx) => {
    if (!(await savePendingTwoFactor(tx, actor.userId, sealed))) throw new AppError('invalid_state');
    await audit(tx, ctx, {
      action: 'auth.two_factor_setup_started',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
  const text = base32Encode(secret);
  return { secret: text, otpauthUri: otpauthUri(text, actor.username) };
}

export interface ConfirmResult extends RecoveryCodes {
  /** Set when the setup finished a sign-in: the new session's cookie token. */
  token?: string;
  expiresAt?: Date;
}

/**
 * The first code from the app turns the authenticator on and gives ten recovery codes (shown
 * once). When this was the step a role's rule asked for at sign-in, the half-way session is
 * replaced by a signed-in one.
 */
export async function confirmTwoFactorSetup(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; userAgent: string },
): Promise<ConfirmResult> {
  const actor = enrollingActor(ctx);
  const now = deps.clock.now();
  const record = await findTwoFactor(deps.db, actor.userId);
  if (!record || record.confirmedAt) throw new AppError('invalid_state');
  const secret = await openTotpSecret(deps, actor.userId, record.secretEncrypted);
  const step = matchTotp(secret, input.code, now);
  if (step === null) throw fieldError(ctx, 'body.code', 'invalid', 'error.auth.invalid_code');
  const codes = newRecoveryCodes();
  return deps.db.transaction(async (tx) => {
    if (!(await confirmTwoFactor(tx, actor.userId, step, now))) throw new AppError('invalid_state');
    await replaceRecoveryCodes(tx, actor.userId, codes.map(hashRecoveryCode));
    await audit(tx, ctx, {
      action: 'auth.two_factor_enabled',
      entityType: 'user',
      entityId: actor.userId,
      changes: { recoveryCodes: codes.length },
    });
    if (actor.signInStage !== 'enrolment') return { recoveryCodes: codes };
    await deleteSession(tx, actor.sessionTokenHash);
    const opened = await openSession(tx, deps, ctx, actor.userId, 'full', input.userAgent);
    await recordLoginAttempt(tx, { username: actor.username, ip: ctx.ip, succeeded: true, at: now });
    await recordLogin(tx, actor.userId, now);
    await audit(tx, ctx, {
      action: 'auth.login',
      entityType: 'user',
      entityId: actor.userId,
      changes: { secondFactor: 'enrolment' },
    });
    await deleteExpiredSessions(tx, now);
    const signedIn: Actor = {
      ...actor,
      signInStage: undefined,
      sessionTokenHash: hashToken(opened.token),
      csrfToken: opened.csrfToken,
    };
    const session: SessionResponse = { user: currentUser(signedIn), csrfToken: opened.csrfToken };
    return { recoveryCodes: codes, session, token: opened.token, expiresAt: opened.expiresAt };
  });
}

/**
 * Turns the authenticator off, with the password typed again (a wrong one counts towards the
 * lock-out like at sign-in). Refused when the user's role requires two-factor sign-in.
 */
export async function disableTwoFactor(deps: Deps, ctx: RequestContext, password: string): Promise<void> {
  const actor = requireActor(ctx);
  const now = deps.clock.now();
  if (await roleRequiresTwoFactor(deps.db, actor.role)) throw ruleViolation('two_factor_required_for_role');
  // Counted as a failure before the slow check (decision 0020); a right password is neither.
  const attempt = await countAttempt(deps, ctx, actor.username, now);
  const user = await findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw fieldError(ctx, 'body.password', 'invalid', 'error.auth.wrong_password');
  }
  await deps.db.transaction(async (tx) => {
    await forgetLoginAttempt(tx, attempt.id);
    if (!(await deleteTwoFactor(tx, actor.userId))) throw new AppError('invalid_state');
    await audit(tx, ctx, { action: 'auth.two_factor_disabled', entityType: 'user', entityId: actor.userId });
  });
}

/** Ten new recovery codes (the old ones stop working), with a current code from the app. */
export async function renewRecoveryCodes(
  deps: Deps,
  ctx: RequestContext,
  code: string,
): Promise<RecoveryCodes> {
  const actor = requireActor(ctx);
  const record = await findTwoFactor(deps.db, actor.userId);
  if (!record?.confirmedAt) throw new AppError('invalid_state');
  const secret = await openTotpSecret(deps, actor.userId, record.secretEncrypted);
  // A stolen session must not buy unlimited guesses at the code: counted like a sign-in code.
  const attempt = await countAttempt(deps, ctx, actor.username, deps.clock.now());
  const step = matchTotp(secret, code.replace(/\s/g, ''), deps.clock.now());
  const codes = newRecoveryCodes();
  const done = await deps.db.transaction(async (tx) => {
    if (step === null || !(await claimTotpStep(tx, actor.userId, step))) return false;
    await forgetLoginAttempt(tx, attempt.id);
    await replaceRecoveryCodes(tx, actor.userId, codes.map(hashRecoveryCode));
    await audit(tx, ctx, {
      action: 'auth.recovery_codes_renewed',
      entityType: 'user',
      entityId: actor.userId,
      changes: { recoveryCodes: codes.length },
    });
    return true;
  });
  if (!done) throw fieldError(ctx, 'body.code', 'invalid', 'error.auth.invalid_code');
  return { recoveryCodes: codes };
}

// --- The administrator's side ---

export async function listRoleTwoFactor(deps: Deps): Promise<RoleTwoFactor[]> {
  const saved = new Map((await listRoleSecurity(deps.db)).map((r) => [r.role, r]));
  return ROLES.map((role) => {
    const row = saved.get(role);
    return {
      role,
      requireTwoFactor: row?.requireTwoFactor ?? false,
      updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    };
  });
}

/**
 * Requires (or no longer requires) two-factor sign-in of a role. Users of the role without an
 * authenticator set one up at their next sign-in, before anything else.
 */
export async function setRoleTwoFactor(
  deps: Deps,
  ctx: RequestContext,
  role: Role,
  requireTwoFactor: boolean,
): Promise<RoleTwoFactor> {
  return deps.db.transaction(async (tx) => {
    const before = await roleRequiresTwoFactor(tx, role);
    const saved = await saveRoleSecurity(tx, role, requireTwoFactor, deps.clock.now());
    if (before !== requireTwoFactor) {
      await audit(tx, ctx, {
        action: 'security.role_two_factor_changed',
        entityType: 'role',
        entityId: role,
        changes: { requireTwoFactor: { from: before, to: requireTwoFactor } },
      });
    }
    return {
      role,
      requireTwoFactor: saved.requireTwoFactor,
      updatedAt: new Date(saved.updatedAt).toISOString(),
    };
  });
}

export async function userSecurity(deps: Deps, userId: string): Promise<UserSecurity> {
  const user = await findUserById(deps.db, userId);
  if (!user) throw notFound();
  return {
    twoFactorEnabled: await hasConfirmedTwoFactor(deps.db, userId),
    twoFactorRequired: await roleRequiresTwoFactor(deps.db, user.role),
    activeSessions: await countLiveSessionsOfUser(deps.db, userId, deps.clock.now()),
  };
}

/** Signs a user out on every device (a lost phone, a shared computer, someone leaving). */
export async function endUserSessions(deps: Deps, ctx: RequestContext, userId: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    if (!(await findUserById(tx, userId))) throw notFound();
    const ended = await deleteSessionsOfUser(tx, userId);
    await audit(tx, ctx, {
      action: 'user.sessions_ended',
      entityType: 'user',
      entityId: userId,
      changes: { sessions: ended },
    });
    return ended;
  });
}

/**
 * Removes a user's authenticator and recovery codes (the phone and the codes are lost) and
 * signs them out everywhere; if their role requires it, they set up a new one at next sign-in.
 */
export async function resetUserTwoFactor(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
): Promise<UserSecurity> {
  await deps.db.transaction(async (tx) => {
    if (!(await findUserById(tx, userId))) throw notFound();
    const had = await deleteTwoFactor(tx, userId);
    const ended = await deleteSessionsOfUser(tx, userId);
    await audit(tx, ctx, {
      action: 'user.two_factor_reset',
      entityType: 'user',
      entityId: userId,
      changes: { hadTwoFactor: had, sessions: ended },
    });
  });
  return userSecurity(deps, userId);
}
