import type { Queryable } from '../../db/client';
import type { CaseViewer } from '../../db/repositories/case-scope';
import { type CaseRecord, findVisibleCase } from '../../db/repositories/cases.repository';
import { can } from '../access/policy';
import { requireActor } from '../auth/auth.service';
import type { Actor, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';

export function viewerOf(actor: Actor): CaseViewer {
  return { scope: actor.scope, userId: actor.userId };
}

/** The case, if this user may see it; a case out of scope answers exactly like one that does not exist. */
export async function loadCase(q: Queryable, ctx: RequestContext, caseId: string): Promise<CaseRecord> {
  const actor = requireActor(ctx);
  const found = await findVisibleCase(q, viewerOf(actor), caseId);
  if (!found) throw notFound();
  return found;
}

/** A case that may still be worked on. */
export async function loadOpenCase(q: Queryable, ctx: RequestContext, caseId: string): Promise<CaseRecord> {
  const found = await loadCase(q, ctx, caseId);
  if (found.status === 'closed') throw ruleViolation('case_closed', { caseNumber: found.caseNumber });
  return found;
}

export function requirePermission(ctx: RequestContext, permission: Parameters<typeof can>[1]): Actor {
  const actor = requireActor(ctx);
  if (!can(actor.role, permission)) throw new AppError('forbidden');
  return actor;
}

export function today(clock: { now(): Date }): string {
  return clock.now().toISOString().slice(0, 10);
}
