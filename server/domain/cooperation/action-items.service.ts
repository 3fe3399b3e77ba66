import type { z } from 'zod';
import type {
  ActionItem,
  ActionStatus,
  actionItemBodySchema,
  actionItemUpdateSchema,
  actionProgressSchema,
} from '../../../common/contracts/working-group';
import type { Queryable } from '../../db/client';
import {
  type ActionRow,
  type ActionWrite,
  appendNote,
  decisionExists,
  findAction,
  insertAction,
  listActions,
  memberCountryExists,
  notesOf,
  setActionStatus,
  updateAction,
} from '../../db/repositories/working-group-actions.repository';
import { existingDelegates, nextMeeting } from '../../db/repositories/working-group-meetings.repository';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireCooperation, requireCountryEditor, requireGroupOfficer } from './membership';

/**
 * Action items (issue 17 item 1): what a meeting's decision asks a member country to do, by when.
 * The chair or secretary creates and edits them; the owner country's delegates report progress
 * (notes appended, never edited). Overdue: due before today and neither done nor dropped.
 */

const FINISHED: readonly ActionStatus[] = ['done', 'dropped'];
const STILL_TO_DO: readonly ActionStatus[] = ['open', 'in_progress'];

export function isOverdue(a: { dueOn: string; status: ActionStatus }, day: string): boolean {
  return a.dueOn < day && !FINISHED.includes(a.status);
}

export const withOverdue =
  (day: string) =>
  (a: ActionRow): ActionItem => ({
    ...a,
    commitment: a.commitment as ActionItem['commitment'],
    overdue: isOverdue(a, day),
  });

export async function actionItems(
  deps: Deps,
  ctx: RequestContext,
  query: { country?: string; status?: ActionStatus },
) {
  await requireCooperation(deps, ctx);
  const rows = await listActions(deps.db, {
    country: query.country,
    statuses: query.status ? [query.status] : null,
  });
  return { items: rows.map(withOverdue(today(deps.clock))) };
}

export async function actionItem(deps: Deps, ctx: RequestContext, id: string) {
  await requireCooperation(deps, ctx);
  return (await readAction(deps.db, id, today(deps.clock))) ?? Promise.reject(notFound());
}

async function readAction(q: Queryable, id: string, day: string) {
  const row = await findAction(q, id);
  return row ? { ...withOverdue(day)(row), notes: await notesOf(q, id) } : null;
}

/**
 * The caller's country's action items still to do, the overdue first, and the group's next
 * meeting: a delegate's start page. Someone who is no delegate has no country, so no items.
 */
export async function myActions(deps: Deps, ctx: RequestContext) {
  const { delegate } = await requireCooperation(deps, ctx);
  const day = today(deps.clock);
  const rows = delegate
    ? await listActions(deps.db, { country: delegate.country, statuses: STILL_TO_DO })
    : [];
  const items = rows.map(withOverdue(day));
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn));
  return {
    country: delegate?.country ?? null,
    groupRole: delegate?.groupRole ?? null,
    items,
    nextMeeting: await nextMeeting(deps.db, deps.clock.now().toISOString()),
  };
}

/** The owner is a member country, and the owner delegate (if named) one of its delegates. */
async function checkedOwner(q: Queryable, a: z.infer<typeof actionItemBodySchema>): Promise<ActionWrite> {
  if (!(await memberCountryExists(q, a.ownerCountry)))
    throw ruleViolation('cooperation_not_a_member', { country: a.ownerCountry });
  if (a.ownerDelegateId) {
    const [d] = await existingDelegates(q, [a.ownerDelegateId]);
    if (!d) throw ruleViolation('meeting_not_a_delegate');
    if (d.country !== a.ownerCountry)
      throw ruleViolation('action_owner_other_country', { country: a.ownerCountry });
  }
  return {
    commitment: a.commitment ?? null,
    title: a.title,
    ownerCountry: a.ownerCountry,
    ownerDelegateId: a.ownerDelegateId ?? null,
    dueOn: a.dueOn,
  };
}

export async function createActionItem(
  deps: Deps,
  ctx: RequestContext,
  body: z.infer<typeof actionItemBodySchema>,
) {
  const { actor } = await requireGroupOfficer(deps, ctx);
  return deps.db.transaction(async (tx) => {
    if (!(await decisionExists(tx, body.decisionId))) throw notFound();
    const write = await checkedOwner(tx, body);
    const id = await insertAction(tx, body.decisionId, write, actor.userId);
    await audit(tx, ctx, {
      action: 'cooperation.action_created',
      entityType: 'working_group_action',
      entityId: id,
      changes: { decisionId: body.decisionId, ...write },
    });
    return (await readAction(tx, id, today(deps.clock)))!;
  });
}

export async function changeActionItem(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof actionItemUpdateSchema>,
) {
  await requireGroupOfficer(deps, ctx);
  return deps.db.transaction(async (tx) => {
    const current = await findAction(tx, id);
    if (!current) throw notFound();
    const write = await checkedOwner(tx, { ...body, decisionId: current.decisionId });
    if (!(await updateAction(tx, id, body.version, { ...write, status: body.status })))
      throw await versionConflict(tx, 'working_group_action', id, current.version);
    await audit(tx, ctx, {
      action: 'cooperation.action_updated',
      entityType: 'working_group_action',
      entityId: id,
      changes: diff(current, { ...write, status: body.status }),
    });
    return (await readAction(tx, id, today(deps.clock)))!;
  });
}

/** The owner country's delegate (or an administrator) reports progress: a note, and maybe a new status. */
export async function reportProgress(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: z.infer<typeof actionProgressSchema>,
) {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const found = await findAction(deps.db, id);
  if (!found) throw notFound();
  const { actor, delegate } = await requireCountryEditor(deps, ctx, found.ownerCountry);
  return deps.db.transaction(async (tx) => {
    const current = await findAction(tx, id);
    if (!current) throw notFound();
    const status = body.status ?? current.status;
    if (!(await setActionStatus(tx, id, body.version, status)))
      throw await versionConflict(tx, 'working_group_action', id, current.version);
    await appendNote(tx, {
      actionItemId: id,
      writtenAt: deps.clock.now().toISOString(),
      by: actor.userId,
      author: delegate?.fullName ?? actor.displayName,
      status: status === current.status ? null : status,
      note: body.note,
    });
    await audit(tx, ctx, {
      action: 'cooperation.action_progress',
      entityType: 'working_group_action',
      entityId: id,
      changes: {
        note: body.note,
        ...(status === current.status ? {} : { status: { from: current.status, to: status } }),
      },
    });
    return (await readAction(tx, id, today(deps.clock)))!;
  });
}
