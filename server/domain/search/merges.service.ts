import type { MergeView, PersonSummary } from '../../../common/contracts/search';
import type { Queryable } from '../../db/client';
import { casesOfChild } from '../../db/repositories/cases.repository';
import {
  activePlacementsOf,
  anyMerged,
  findMerge,
  insertMerge,
  listMerges,
  type MergeRecord,
  markUndone,
  mergeFactsOf,
  moveReferences,
  openCasesOf,
  setAsideConflicts,
  setMergedInto,
  undoMoves,
} from '../../db/repositories/merges.repository';
import { clearNameKeys, writeNameKeys } from '../../db/repositories/name-keys.repository';
import { findPerson } from '../../db/repositories/persons.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';

function present(m: MergeRecord): MergeView {
  return {
    id: m.id,
    survivorId: m.survivorId,
    mergedId: m.mergedId,
    survivorName: m.survivorName,
    mergedName: m.mergedName,
    reason: m.reason,
    movedLinks: m.moved.reduce((n, x) => n + x.ids.length, 0) + m.setAside.length,
    mergedByName: m.mergedByName,
    mergedAt: new Date(m.mergedAt).toISOString(),
    undoneAt: m.undoneAt ? new Date(m.undoneAt).toISOString() : null,
  };
}

/** What an administrator sees of a record before merging it. */
export async function personSummary(deps: Deps, ctx: RequestContext, id: string): Promise<PersonSummary> {
  requirePermission(ctx, 'people.merge');
  const person = await findPerson(deps.db, id);
  if (!person) throw notFound();
  const extra = await mergeFactsOf(deps.db, id);
  const cases = await casesOfChild(deps.db, id);
  await audit(deps.db, ctx, { action: 'person.viewed', entityType: 'person', entityId: id });
  return { ...person, ...extra!, cases };
}

/**
 * Merges two records of one person: every case, placement, plan (through its case), document
 * (through its case) and family link of the merged record moves to the survivor; the merged
 * record stays, marked, out of search, so the merge can be undone.
 */
export async function mergePeople(
  deps: Deps,
  ctx: RequestContext,
  body: { survivorId: string; mergedId: string; reason: string },
) {
  const actor = requirePermission(ctx, 'people.merge');
  if (body.survivorId === body.mergedId) throw ruleViolation('merge_same_person');
  return deps.db.transaction(async (tx) => {
    const [survivor, merged] = await Promise.all([
      findPerson(tx, body.survivorId),
      findPerson(tx, body.mergedId),
    ]);
    if (!survivor || !merged) throw notFound();
    if (await anyMerged(tx, [body.survivorId, body.mergedId])) throw new AppError('invalid_state');
    if ((await openCasesOf(tx, [body.survivorId, body.mergedId])).length > 1)
      throw ruleViolation('merge_two_open_cases');
    if ((await activePlacementsOf(tx, [body.survivorId, body.mergedId])) > 1)
      throw ruleViolation('merge_two_active_placements');
    const setAside = await setAsideConflicts(tx, body.survivorId, body.mergedId);
    const moved = await moveReferences(tx, body.survivorId, body.mergedId);
    await setMergedInto(tx, body.mergedId, body.survivorId);
    await clearNameKeys(tx, body.mergedId);
    const id = await insertMerge(tx, { ...body, moved, setAside, by: actor.userId });
    await audit(tx, ctx, {
      action: 'person.merged',
      entityType: 'person',
      entityId: body.survivorId,
      changes: {
        merged: body.mergedId,
        reason: body.reason,
        moved: moved.map((m) => `${m.table}.${m.column}: ${m.ids.length}`),
        setAside: setAside.length,
      },
    });
    return present((await findMerge(tx, id))!);
  });
}

export async function undoMerge(deps: Deps, ctx: RequestContext, id: string) {
  const actor = requirePermission(ctx, 'people.merge');
  return deps.db.transaction(async (tx) => {
    const merge = await findMerge(tx, id);
    if (!merge) throw notFound();
    if (!(await markUndone(tx, id, actor.userId))) throw new AppError('invalid_state');
    await undoMoves(tx, merge.survivorId, merge.mergedId, merge.moved, merge.setAside);
    await setMergedInto(tx, merge.mergedId, null);
    const person = (await findPerson(tx, merge.mergedId))!;
    await writeNameKeys(tx, merge.mergedId, person);
    await audit(tx, ctx, {
      action: 'person.merge_undone',
      entityType: 'person',
      entityId: merge.survivorId,
      changes: { merge: id, restored: merge.mergedId },
    });
    return present((await findMerge(tx, id))!);
  });
}

export async function merges(deps: Deps, ctx: RequestContext, page: { page: number; pageSize: number }) {
  requirePermission(ctx, 'people.merge');
  const { items, total } = await listMerges(deps.db as Queryable, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  return { items: items.map(present), total, page: page.page, pageSize: page.pageSize };
}
