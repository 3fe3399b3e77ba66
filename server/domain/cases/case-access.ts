import type { Queryable } from '../../db/client';
import type { CaseViewer } from '../../db/repositories/case-scope';
import { type CaseRecord, findVisibleCase } from '../../db/repositories/cases.repository';
import { can } from '../access/policy';
import { audit } from '../audit/audit';
import { requireActor } from '../auth/auth.service';
import type { Actor, Deps, RequestContext } from '../context';
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

/**
 * Loads the case for reading a part of the child's record (family, placements, plans…) and
 * writes that read to the case's access log, like the overview.
 */
export async function readCase(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  part: string,
): Promise<CaseRecord> {
  const c = await loadCase(deps.db, ctx, caseId);
  await audit(deps.db, ctx, { action: 'case.viewed', entityType: part, entityId: c.id, caseId: c.id });
  return c;
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
