import type { CaseViewer } from '../../db/repositories/case-scope';
import type { Actor, RequestContext } from '../context';
import { AppError } from '../errors';
import { can, type Permission } from './policy';

/**
 * Who may act: the checks every service makes first. They live apart from any one area so
 * that areas (cases, foster care, search…) need not import each other to check a caller.
 */

/** The signed-in user; a session half-way through sign-in does not count. */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor || ctx.actor.signInStage) throw new AppError('unauthenticated');
  return ctx.actor;
}

/** The signed-in user, if their role holds the permission; otherwise 403. */
export function requirePermission(ctx: RequestContext, permission: Permission): Actor {
  const actor = requireActor(ctx);
  if (!can(actor.role, permission)) throw new AppError('forbidden');
  return actor;
}

/** What the storage needs to know to bound a read by the user's scope. */
export function viewerOf(actor: Actor): CaseViewer {
  return { scope: actor.scope, userId: actor.userId };
}
