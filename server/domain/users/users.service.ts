import type { CreateUserBody, UpdateUserBody, UserView } from '../../../common/contracts/users';
import type { Queryable } from '../../db/client';
import { lastChangeOf } from '../../db/repositories/audit.repository';
import { unknownScopeIds } from '../../db/repositories/scope.repository';
import { deleteSessionsOfUser } from '../../db/repositories/sessions.repository';
import {
  findUserById,
  insertUser,
  listUsers,
  UsernameTakenError,
  type UserRecord,
  updateUser,
} from '../../db/repositories/users.repository';
import { requireActor } from '../access/actor';
import { audit, diff } from '../audit/audit';
import { fieldError } from '../auth/field-error';
import { passwordProblem } from '../auth/password-rules';
import { hashPassword } from '../auth/passwords';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound } from '../errors';

export function presentUser(u: UserRecord): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    scopeAll: u.scopeAll,
    scopeLocationIds: u.scopeLocationIds,
    scopeProgrammeIds: u.scopeProgrammeIds,
    locale: u.locale,
    status: u.status,
    lastLoginAt: u.lastLoginAt ? new Date(u.lastLoginAt).toISOString() : null,
    createdAt: new Date(u.createdAt).toISOString(),
    version: u.version,
  };
}

export async function listAllUsers(deps: Deps, page: { page: number; pageSize: number }) {
  const { items, total } = await listUsers(deps.db, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: items.map(presentUser), total, page: page.page, pageSize: page.pageSize };
}

export async function getUser(deps: Deps, id: string): Promise<UserView> {
  const user = await findUserById(deps.db, id);
  if (!user) throw notFound();
  return presentUser(user);
}

async function checkScope(tx: Queryable, locationIds: string[] = [], programmeIds: string[] = []) {
  const unknown = await unknownScopeIds(tx, locationIds, programmeIds);
  if (unknown.length) throw new AppError('unknown_scope', {}, { ids: unknown });
}

/** Creates a user; used by the admin screen and by the `user:create` command (no actor). */
export async function createUser(deps: Deps, ctx: RequestContext, body: CreateUserBody): Promise<UserView> {
  checkPasswordRules(ctx, body.password, body);
  const passwordHash = await hashPassword(body.password);
  return deps.db.transaction(async (tx) => {
    await checkScope(tx, body.scopeLocationIds, body.scopeProgrammeIds);
    let user: UserRecord;
    try {
      user = await insertUser(tx, { ...body, username: body.username.toLowerCase(), passwordHash });
    } catch (error) {
      if (error instanceof UsernameTakenError)
        throw new AppError('username_taken', { username: body.username });
      throw error;
    }
    const { password: _secret, ...visible } = body;
    await audit(tx, ctx, { action: 'user.created', entityType: 'user', entityId: user.id, changes: visible });
    return presentUser(user);
  });
}

export async function changeUser(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: UpdateUserBody,
): Promise<UserView> {
  const actor = requireActor(ctx);
  const { version, ...changes } = body;
  if (
    id === actor.userId &&
    (changes.status === 'disabled' || (changes.role && changes.role !== actor.role))
  ) {
    throw new AppError('cannot_change_own_account');
  }
  return deps.db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw notFound();
    await checkScope(tx, changes.scopeLocationIds, changes.scopeProgrammeIds);
    const after = await updateUser(tx, id, version, changes);
    if (!after) throw await conflict(tx, before, version);
    if (changes.status === 'disabled' || changes.role || changes.scopeAll !== undefined) {
      // A disabled user, or one whose rights changed, signs in again.
      await deleteSessionsOfUser(tx, id);
    }
    await audit(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      changes: diff(before, changes),
    });
    return presentUser(after);
  });
}

export async function resetPassword(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; password: string },
): Promise<UserView> {
  const target = await findUserById(deps.db, id);
  if (!target) throw notFound();
  checkPasswordRules(ctx, body.password, target);
  const passwordHash = await hashPassword(body.password);
  return deps.db.transaction(async (tx) => {
    const before = await findUserById(tx, id);
    if (!before) throw notFound();
    const after = await updateUser(tx, id, body.version, { passwordHash });
    if (!after) throw await conflict(tx, before, body.version);
    await deleteSessionsOfUser(tx, id);
    await audit(tx, ctx, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      changes: { password: '(changed)' },
    });
    return presentUser(after);
  });
}

/** Refuses a common password or one built around the user's name (decision 0012), as a field error. */
function checkPasswordRules(
  ctx: RequestContext,
  password: string,
  user: { username: string; displayName: string },
) {
  const problem = passwordProblem(password, user);
  // The message says why, so the user knows what to choose instead.
  if (problem)
    throw fieldError(ctx, 'body.password', 'weak_password', `error.field.weak_password.${problem}`);
}

/** 409 that says who changed the record and when, so the second editor can reload and redo. */
async function conflict(tx: Queryable, current: UserRecord, sentVersion: number): Promise<AppError> {
  const last = await lastChangeOf(tx, 'user', current.id);
  return new AppError(
    'version_conflict',
    { by: last?.actorUsername ?? '?', at: last?.at ?? '' },
    {
      sentVersion,
      currentVersion: current.version,
      changedBy: last?.actorUsername ?? null,
      changedAt: last?.at ?? null,
      changedFields: last?.fields ?? [],
      current: presentUser(current),
    },
  );
}
