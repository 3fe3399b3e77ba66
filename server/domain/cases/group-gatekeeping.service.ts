import type {
  GatekeepingBody,
  GroupGatekeepingBody,
  SiblingAwaitingDecision,
} from '../../../common/contracts/cases';
import type { Queryable } from '../../db/client';
import {
  type CaseRecord,
  findVisibleCase,
  siblingsOf,
  updateCase,
} from '../../db/repositories/cases.repository';
import {
  findGatekeeping,
  type GatekeepingRecord,
  gatekeepingOfCase,
  insertGatekeeping,
  updateGatekeeping,
} from '../../db/repositories/gatekeeping.repository';
import { requireActor, requirePermission, viewerOf } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid, versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, ruleViolation } from '../errors';
import { markSubmittedWithin } from './approval';
import { assessment, checkDates, strip } from './gatekeeping.service';
import { siblingCases } from './sibling-group';

/** A case still before its gatekeeping decision: nothing sent to a supervisor or approved yet. */
function awaitsDecision(c: CaseRecord, assessments: GatekeepingRecord[]) {
  if (c.status !== 'referred' && c.status !== 'assessment') return false;
  return !assessments.some((g) => g.status === 'submitted' || g.status === 'approved');
}

/**
 * The brothers and sisters whose open case awaits the same decision, with the assessment being
 * written for each; a sibling whose case the reader may not open is not listed. Each listed
 * case's assessment is a read of that child's record, so it is written to that case's access log.
 */
export async function siblingsAwaitingDecision(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
): Promise<SiblingAwaitingDecision[]> {
  const c = await readCase(deps, ctx, caseId, 'gatekeeping');
  const viewer = viewerOf(requireActor(ctx));
  const awaiting: SiblingAwaitingDecision[] = [];
  for (const s of await siblingsOf(deps.db, c.childId)) {
    const sc = s.caseId ? await findVisibleCase(deps.db, viewer, s.caseId) : undefined;
    if (!sc) continue;
    const assessments = await gatekeepingOfCase(deps.db, sc.id);
    if (!awaitsDecision(sc, assessments)) continue;
    const open = assessments.find((g) => g.status === 'draft' || g.status === 'returned');
    await audit(deps.db, ctx, {
      action: 'case.viewed',
      entityType: 'gatekeeping',
      entityId: sc.id,
      caseId: sc.id,
    });
    awaiting.push({
      caseId: sc.id,
      caseNumber: sc.caseNumber,
      name: s.name,
      gatekeeping: open
        ? { id: open.id, version: open.version, status: open.status as 'draft', childViews: open.childViews }
        : null,
    });
  }
  return awaiting;
}

/**
 * One gatekeeping decision for the sibling group: the same assessment on each child's case, each
 * with the child's own views, and (with `submit`) each sent to a supervisor. One transaction:
 * if any case is out of scope, not a sibling, or changed since the worker read it, nothing is written.
 */
export async function recordGroupGatekeeping(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: GroupGatekeepingBody,
) {
  const actor = requirePermission(ctx, 'cases.write');
  checkDates(deps, body.assessment);
  return deps.db.transaction(async (tx) => {
    // The case in the path first: one the caller may not see answers 404 whatever the body says.
    const main = await loadOpenCase(tx, ctx, caseId);
    if (!body.children.some((ch) => ch.caseId === caseId)) throw ruleViolation('sibling_group_without_child');
    // Each child once: the same case twice would otherwise read as "changed meanwhile".
    if (new Set(body.children.map((ch) => ch.caseId)).size !== body.children.length)
      throw ruleViolation('sibling_group_repeats_child');
    const others = body.children.filter((ch) => ch.caseId !== main.id).map((ch) => ch.caseId);
    const cases = [main, ...(await siblingCases(tx, ctx, main, others)).map((s) => s.case)];
    const group = cases.map((c) => c.caseNumber);
    const ids: string[] = [];
    for (const child of body.children) {
      const c = cases.find((x) => x.id === child.caseId)!;
      const fields: GatekeepingBody = { ...body.assessment, childViews: child.childViews };
      ids.push(await writeAssessment(tx, ctx, c, { fields, read: child.read, by: actor.userId, group }));
    }
    const written = await Promise.all(ids.map(async (id) => (await findGatekeeping(tx, id))!));
    if (body.submit) {
      for (const g of written)
        await markSubmittedWithin(tx, ctx, assessment, {
          id: g.id,
          record: g,
          version: g.version,
          by: actor.userId,
        });
    }
    return Promise.all(ids.map(async (id) => strip((await findGatekeeping(tx, id))!)));
  });
}

/**
 * Starts the child's assessment or updates the one being written (a case has one at a time) —
 * only if it is as the worker read it: one started, edited or sent meanwhile is a 409 naming who.
 */
async function writeAssessment(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRecord,
  step: { fields: GatekeepingBody; read: { version: number } | null; by: string; group: string[] },
): Promise<string> {
  const { fields, read, group } = step;
  const open = (await gatekeepingOfCase(tx, c.id)).find((g) => g.status !== 'approved');
  if (!read) {
    if (open) throw await versionConflict(tx, 'gatekeeping', open.id, open.version);
    const id = await insertGatekeeping(tx, c.id, fields, step.by);
    if (c.status === 'referred') await updateCase(tx, c.id, null, { status: 'assessment' });
    await audit(tx, ctx, {
      action: 'gatekeeping.started',
      entityType: 'gatekeeping',
      entityId: id,
      caseId: c.id,
      changes: { ...fields, siblingGroup: group },
    });
    return id;
  }
  // The one read was approved meanwhile: nothing is being written any more.
  if (!open) throw new AppError('invalid_state');
  if (!(await updateGatekeeping(tx, open.id, read.version, fields)))
    throw await staleOrInvalid(tx, 'gatekeeping', open.id, open.version, read.version);
  await audit(tx, ctx, {
    action: 'gatekeeping.updated',
    entityType: 'gatekeeping',
    entityId: open.id,
    caseId: c.id,
    changes: { ...fields, siblingGroup: group },
  });
  return open.id;
}
