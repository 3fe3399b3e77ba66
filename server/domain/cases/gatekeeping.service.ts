import type { GatekeepingBody } from '../../../common/contracts/cases';
import { updateCase } from '../../db/repositories/cases.repository';
import {
  findGatekeeping,
  gatekeepingOfCase,
  insertGatekeeping,
  setGatekeepingStatus,
  updateGatekeeping,
} from '../../db/repositories/gatekeeping.repository';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { checkReview } from './approval';
import { loadOpenCase, readCase, requirePermission, today } from './case-access';
import { staleOrInvalid } from './conflict';

const strip = <T extends { submittedBy?: unknown }>({ submittedBy: _s, ...rest }: T) => rest;

export async function gatekeepingOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'gatekeeping');
  return (await gatekeepingOfCase(deps.db, c.id)).map(strip);
}

/** Starts the gatekeeping assessment: can the child stay at home with support? */
export async function startGatekeeping(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: GatekeepingBody,
) {
  const actor = requirePermission(ctx, 'cases.write');
  checkDates(deps, body);
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const open = (await gatekeepingOfCase(tx, c.id)).find((g) => g.status !== 'approved');
    if (open) throw new AppError('invalid_state');
    const id = await insertGatekeeping(tx, c.id, body, actor.userId);
    if (c.status === 'referred') await updateCase(tx, c.id, null, { status: 'assessment' });
    await audit(tx, ctx, {
      action: 'gatekeeping.started',
      entityType: 'gatekeeping',
      entityId: id,
      caseId: c.id,
      changes: body,
    });
    return strip((await findGatekeeping(tx, id))!);
  });
}

export async function editGatekeeping(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: GatekeepingBody & { version: number },
) {
  requirePermission(ctx, 'cases.write');
  checkDates(deps, body);
  return deps.db.transaction(async (tx) => {
    const g = await loadAssessment(tx, ctx, id);
    const { version, ...fields } = body;
    if (!(await updateGatekeeping(tx, id, version, fields))) {
      throw await staleOrInvalid(tx, 'gatekeeping', id, g.version, version);
    }
    await audit(tx, ctx, {
      action: 'gatekeeping.updated',
      entityType: 'gatekeeping',
      entityId: id,
      caseId: g.caseId,
      changes: fields,
    });
    return strip((await findGatekeeping(tx, id))!);
  });
}

/** Sent to a supervisor; the decision, its reasons and the child's views must be there. */
export async function submitGatekeeping(deps: Deps, ctx: RequestContext, id: string, version: number) {
  const actor = requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const g = await loadAssessment(tx, ctx, id);
    if (!g.decision || !g.decisionReason.trim() || !g.childViews.trim() || !g.supportTried.trim()) {
      throw ruleViolation('gatekeeping_incomplete');
    }
    if (
      !(await setGatekeepingStatus(tx, id, version, {
        from: ['draft', 'returned'],
        to: 'submitted',
        by: actor.userId,
        as: 'submitted',
      }))
    ) {
      throw await staleOrInvalid(tx, 'gatekeeping', id, g.version, version);
    }
    await audit(tx, ctx, {
      action: 'gatekeeping.submitted',
      entityType: 'gatekeeping',
      entityId: id,
      caseId: g.caseId,
    });
    return strip((await findGatekeeping(tx, id))!);
  });
}

/** A supervisor approves the decision or returns it with a comment; nobody approves their own. */
export async function reviewGatekeeping(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; outcome: 'approve' | 'return'; comment: string },
) {
  const actor = requirePermission(ctx, 'cases.approve');
  return deps.db.transaction(async (tx) => {
    const g = await loadAssessment(tx, ctx, id);
    checkReview(actor.userId, g.submittedBy, body);
    const to = body.outcome === 'approve' ? 'approved' : 'returned';
    if (
      !(await setGatekeepingStatus(tx, id, body.version, {
        from: ['submitted'],
        to,
        by: actor.userId,
        comment: body.comment,
        as: 'reviewed',
      }))
    ) {
      throw await staleOrInvalid(tx, 'gatekeeping', id, g.version, body.version);
    }
    await audit(tx, ctx, {
      action: `gatekeeping.${to}`,
      entityType: 'gatekeeping',
      entityId: id,
      caseId: g.caseId,
      changes: { comment: body.comment },
    });
    return strip((await findGatekeeping(tx, id))!);
  });
}

async function loadAssessment(tx: Parameters<typeof findGatekeeping>[0], ctx: RequestContext, id: string) {
  const g = await findGatekeeping(tx, id);
  if (!g) throw notFound();
  await loadOpenCase(tx, ctx, g.caseId);
  return g;
}

function checkDates(deps: Deps, body: GatekeepingBody) {
  if (body.authorityDecisionDate && body.authorityDecisionDate > today(deps.clock))
    throw ruleViolation('date_in_future');
}
