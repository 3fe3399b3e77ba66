import type { Queryable } from '../../db/client';
import { type CaseRecord, findVisibleCase } from '../../db/repositories/cases.repository';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireActor, viewerOf } from './actor';

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
