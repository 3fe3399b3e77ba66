import type { GatekeepingBody } from '../../../common/contracts/cases';
import { updateCase } from '../../db/repositories/cases.repository';
import {
  findGatekeeping,
  gatekeepingOfCase,
  insertGatekeeping,
  setGatekeepingStatus,
  updateGatekeeping,
} from '../../db/repositories/gatekeeping.repository';
import { requirePermission } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';
import {
  type Approvable,
  loadForApproval,
  type ReviewBody,
  reviewForApproval,
  submitForApproval,
} from './approval';

export const strip = <T extends { submittedBy?: unknown }>({ submittedBy: _s, ...rest }: T) => rest;

type Assessment = NonNullable<Awaited<ReturnType<typeof findGatekeeping>>>;

/** How a gatekeeping assessment goes through approval; a returned one may be sent again. */
export const assessment: Approvable<Assessment, ReturnType<typeof strip<Assessment>>> = {
  entityType: 'gatekeeping',
  find: findGatekeeping,
  incomplete: (g) =>
    !g.decision || !g.decisionReason.trim() || !g.childViews.trim() || !g.supportTried.trim()
      ? 'gatekeeping_incomplete'
      : null,
  author: (g) => g.submittedBy,
  markSubmitted: (tx, id, version, by) =>
    setGatekeepingStatus(tx, id, version, {
      from: ['draft', 'returned'],
      to: 'submitted',
      by,
      as: 'submitted',
    }),
  markReviewed: (tx, id, body, by) =>
    setGatekeepingStatus(tx, id, body.version, {
      from: ['submitted'],
      to: body.outcome === 'approve' ? 'approved' : 'returned',
      by,
      comment: body.comment,
      as: 'reviewed',
    }),
  present: strip,
};

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
    const g = await loadForApproval(tx, ctx, assessment, id);
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
  return submitForApproval(deps, ctx, assessment, id, version);
}

/** A supervisor approves the decision or returns it with a comment; nobody approves their own. */
export async function reviewGatekeeping(deps: Deps, ctx: RequestContext, id: string, body: ReviewBody) {
  return reviewForApproval(deps, ctx, assessment, id, body);
}

export function checkDates(deps: Deps, body: Pick<GatekeepingBody, 'authorityDecisionDate'>) {
  if (body.authorityDecisionDate && body.authorityDecisionDate > today(deps.clock))
    throw ruleViolation('date_in_future');
}
