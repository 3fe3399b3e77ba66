import type { ReassignBody, TeamWork, TeamWorker } from '../../../common/contracts/cases';
import { insertTransfer, updateCase, workersCovering } from '../../db/repositories/cases.repository';
import { type DueItemRow, dueItems } from '../../db/repositories/due.repository';
import { type TeamMemberRow, teamMembers } from '../../db/repositories/team.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { loadOpenCase } from '../access/cases';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { ruleViolation } from '../errors';

/**
 * The supervisor's start page: what is due and overdue on the team's cases, by worker. The due
 * items are the ones each worker sees on their own start page, read in one query for the whole
 * scope and grouped here — never one query per case or per worker.
 */
export async function teamWork(deps: Deps, ctx: RequestContext): Promise<TeamWork> {
  const actor = requirePermission(ctx, 'cases.supervise');
  const viewer = viewerOf(actor);
  const [members, due] = await Promise.all([
    teamMembers(deps.db, viewer),
    dueItems(deps.db, viewer, { today: today(deps.clock), assignedOnly: false, approvals: false }),
  ]);
  const byWorker = new Map<string | null, DueItemRow[]>();
  for (const d of due) {
    const held = byWorker.get(d.workerId) ?? [];
    held.push(d);
    byWorker.set(d.workerId, held);
  }
  const workers = members.map((m) => withItems(m, byWorker.get(m.workerId) ?? []));
  // The list names children: a read of their records, like the case list.
  await audit(deps.db, ctx, {
    action: 'cases.listed',
    entityType: 'case_list',
    entityId: null,
    changes: { list: 'team_work', shown: due.length },
  });
  return { workers: workers.filter((w) => w.inTeam || w.items.length + w.openCases > 0).sort(busiestFirst) };
}

function withItems(member: TeamMemberRow, rows: DueItemRow[]): TeamWorker {
  const items = rows.map(({ workerId: _worker, ...item }) => item);
  return {
    ...member,
    overdue: items.filter((i) => i.overdue).length,
    dueSoon: items.filter((i) => !i.overdue).length,
    items,
  };
}

/** Overdue work first (it is what a supervisor acts on), then the most due, then by name. */
function busiestFirst(a: TeamWorker, b: TeamWorker): number {
  return (
    b.overdue - a.overdue ||
    b.dueSoon - a.dueSoon ||
    (a.displayName ?? '').localeCompare(b.displayName ?? '', 'az')
  );
}

/**
 * Hands a case from one worker of the team to another. The case must still be with the worker
 * the supervisor saw (else 409: someone moved it meanwhile), and the new worker must be an active
 * worker where the case is; the move is recorded as a transfer and in the audit log.
 */
export async function reassignCase(deps: Deps, ctx: RequestContext, caseId: string, body: ReassignBody) {
  const actor = requirePermission(ctx, 'cases.supervise');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    if (c.assignedWorkerId !== body.fromWorkerId) throw await versionConflict(tx, 'case', c.id, c.version);
    if (body.toWorkerId === body.fromWorkerId) throw ruleViolation('reassign_same_worker');
    if (!(await workersCovering(tx, c, body.toWorkerId)).length)
      throw ruleViolation('worker_not_at_location');
    const after = await updateCase(tx, c.id, c.version, { assignedWorkerId: body.toWorkerId });
    if (!after) throw await versionConflict(tx, 'case', c.id, c.version);
    await insertTransfer(tx, {
      caseId: c.id,
      fromWorkerId: c.assignedWorkerId,
      toWorkerId: body.toWorkerId,
      fromLocationId: c.locationId,
      toLocationId: c.locationId,
      reason: body.reason,
      by: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'case.transferred',
      entityType: 'case',
      entityId: c.id,
      caseId: c.id,
      changes: diff({ assignedWorkerId: c.assignedWorkerId }, { assignedWorkerId: body.toWorkerId }),
    });
    return { version: after.version, assignedWorkerId: body.toWorkerId };
  });
}
