import type { z } from 'zod';
import type { SettingType } from '../../../common/cases';
import type {
  assignBodySchema,
  CaseDetail,
  CaseListQuery,
  closeCaseBodySchema,
  updateChildBodySchema,
} from '../../../common/contracts/cases';
import { normaliseNationalId } from '../../../common/identity';
import { caseEvents } from '../../db/repositories/audit.repository';
import { listCases } from '../../db/repositories/case-list.repository';
import {
  caseLabels,
  insertTransfer,
  openCaseOfChild,
  refreshNextReview,
  type SiblingRow,
  siblingsOf,
  updateCase,
  workersCovering,
} from '../../db/repositories/cases.repository';
import { cancelOpenTasksOfCase, dueItems } from '../../db/repositories/due.repository';
import { familyOfChild } from '../../db/repositories/family.repository';
import { episodesOfCase } from '../../db/repositories/leaving-care.repository';
import { findPerson, personIdByNationalId, updatePerson } from '../../db/repositories/persons.repository';
import { activePlacementOfChild } from '../../db/repositories/placements.repository';
import { visibleRecordIds } from '../../db/repositories/record-scope.repository';
import { requireActor, requirePermission, viewerOf } from '../access/actor';
import { loadCase, loadOpenCase, readCase } from '../access/cases';
import { can } from '../access/policy';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Actor, type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';

export async function browseCases(deps: Deps, ctx: RequestContext, query: CaseListQuery) {
  const actor = requireActor(ctx);
  const { items, total, totalIsLowerBound } = await listCases(
    deps.db,
    viewerOf(actor),
    query,
    today(deps.clock),
  );
  // A list of children's names is a read of their records too.
  const { page, pageSize, ...filters } = query;
  await audit(deps.db, ctx, {
    action: 'cases.listed',
    entityType: 'case_list',
    entityId: null,
    changes: { filters, page, shown: items.length },
  });
  return { items, total, totalIsLowerBound, page, pageSize };
}

/** The case page's overview. Every look at a child's record is written to the access log. */
export async function caseDetail(deps: Deps, ctx: RequestContext, caseId: string): Promise<CaseDetail> {
  const actor = requireActor(ctx);
  const c = await loadCase(deps.db, ctx, caseId);
  const [child, labels, siblings, current, due] = await Promise.all([
    findPerson(deps.db, c.childId),
    caseLabels(deps.db, c.id),
    siblingsOf(deps.db, c.childId),
    activePlacementOfChild(deps.db, c.childId),
    dueItems(deps.db, viewerOf(actor), {
      today: today(deps.clock),
      assignedOnly: false,
      approvals: can(actor.role, 'cases.approve'),
      caseId: c.id,
    }),
  ]);
  await audit(deps.db, ctx, { action: 'case.viewed', entityType: 'case', entityId: c.id, caseId: c.id });
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    status: c.status,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    closeReason: c.closeReason,
    reEntry: c.reEntry,
    locationId: c.locationId,
    programmeId: c.programmeId,
    assignedWorkerId: c.assignedWorkerId,
    ...labels,
    child: child!,
    siblings: await siblingsAsSeenBy(deps, actor, siblings),
    currentPlacement: current ?? null,
    shortTermEpisodes: (await episodesOfCase(deps.db, c.id)).length,
    due,
    version: c.version,
  };
}

export async function changeChild(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: z.infer<typeof updateChildBodySchema>,
) {
  requirePermission(ctx, 'cases.write');
  if (body.birthDate && body.birthDate > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const before = (await findPerson(tx, c.childId))!;
    const { version, ...changes } = body;
    if (changes.nationalId && changes.nationalIdType) {
      changes.nationalId = normaliseNationalId(changes.nationalIdType, changes.nationalId);
      const holder = await personIdByNationalId(tx, changes.nationalIdType, changes.nationalId);
      if (holder && holder !== c.childId) throw ruleViolation('national_id_taken');
    }
    const after = await updatePerson(tx, c.childId, version, changes);
    if (!after) throw await versionConflict(tx, 'person', c.childId, before.version);
    await audit(tx, ctx, {
      action: 'person.updated',
      entityType: 'person',
      entityId: c.childId,
      caseId,
      changes: diff(before, changes),
    });
    return after;
  });
}

export async function caseFamily(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'family');
  return familyOfChild(deps.db, c.childId);
}

/** Assigns the case to a worker and/or moves it to another location; the transfer is recorded. */
export async function assignCase(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: z.infer<typeof assignBodySchema>,
) {
  const actor = requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const toLocation = body.locationId ?? c.locationId;
    const moves = toLocation !== c.locationId;
    // Moving a case between locations is a supervisor's or administrator's decision, for one who
    // works in both (decision 0018): a worker cannot hand a child to a place they cannot see.
    if (moves && !(can(actor.role, 'cases.transfer') && coversLocations(actor, [c.locationId, toLocation])))
      throw ruleViolation('case_transfer_not_allowed');
    // The worker must work where the case will be, as the list of workers offered promises.
    const at = { locationId: toLocation, programmeId: moves ? null : c.programmeId };
    if (body.workerId && !(await workersCovering(tx, at, body.workerId)).length)
      throw ruleViolation('worker_not_at_location');
    const after = await updateCase(tx, c.id, body.version, {
      assignedWorkerId: body.workerId,
      locationId: toLocation,
      programmeId: moves ? null : undefined,
    });
    if (!after) throw await versionConflict(tx, 'case', c.id, c.version);
    await insertTransfer(tx, {
      caseId: c.id,
      fromWorkerId: c.assignedWorkerId,
      toWorkerId: body.workerId,
      fromLocationId: c.locationId,
      toLocationId: toLocation,
      reason: body.reason,
      by: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'case.transferred',
      entityType: 'case',
      entityId: c.id,
      caseId: c.id,
      changes: diff(
        { assignedWorkerId: c.assignedWorkerId, locationId: c.locationId },
        { assignedWorkerId: body.workerId, locationId: toLocation },
      ),
    });
    return { version: after.version };
  });
}

export async function closeCase(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: z.infer<typeof closeCaseBodySchema>,
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    if (await activePlacementOfChild(tx, c.childId)) throw ruleViolation('close_with_active_placement');
    if (body.closedOn < c.openedOn || body.closedOn > today(deps.clock)) throw ruleViolation('close_date');
    const after = await updateCase(tx, c.id, body.version, {
      status: 'closed',
      closedOn: body.closedOn,
      closeReason: body.reason,
    });
    if (!after) throw await versionConflict(tx, 'case', c.id, c.version);
    await refreshNextReview(tx, c.id);
    await cancelOpenTasksOfCase(tx, c.id);
    await audit(tx, ctx, {
      action: 'case.closed',
      entityType: 'case',
      entityId: c.id,
      caseId: c.id,
      changes: { reason: body.reason, closedOn: body.closedOn },
    });
    return { version: after.version };
  });
}

export async function reopenCase(deps: Deps, ctx: RequestContext, caseId: string, version: number) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, ctx, caseId);
    if (c.status !== 'closed') throw new AppError('invalid_state');
    const other = await openCaseOfChild(tx, c.childId);
    if (other) throw ruleViolation('open_case_exists', { caseNumber: other.caseNumber });
    const after = await updateCase(tx, c.id, version, {
      status: 'referred',
      closedOn: null,
      closeReason: null,
    });
    if (!after) throw await versionConflict(tx, 'case', c.id, c.version);
    await audit(tx, ctx, { action: 'case.reopened', entityType: 'case', entityId: c.id, caseId: c.id });
    return { version: after.version };
  });
}

/** A worker's start page: their cases and what is due or overdue, overdue first. */
export async function myWork(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  const viewer = viewerOf(actor);
  const now = today(deps.clock);
  const approver = can(actor.role, 'cases.approve');
  const first = { page: 1, pageSize: 200 };
  const [cases, due, approvals] = await Promise.all([
    listCases(deps.db, viewer, { assignedOnly: true, ...first }, now),
    dueItems(deps.db, viewer, { today: now, assignedOnly: true, approvals: false }),
    approver
      ? dueItems(deps.db, viewer, { today: now, assignedOnly: false, approvals: true })
      : Promise.resolve([]),
  ]);
  const waiting = approvals.filter(
    (i) => i.kind === 'gatekeeping_approval' || i.kind === 'care_plan_approval',
  );
  return { cases: { ...cases, ...first }, due: { items: [...due, ...waiting] } };
}

export async function caseTimeline(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'timeline');
  return (await caseEvents(deps.db, c.id, 'changes')).map(({ ip: _ip, ...e }) => e);
}

/** Who looked at this child's record and when: for administrators. */
export async function caseAccessLog(deps: Deps, ctx: RequestContext, caseId: string) {
  requirePermission(ctx, 'cases.accessLog');
  const c = await loadCase(deps.db, ctx, caseId);
  return (await caseEvents(deps.db, c.id, 'views')).map(({ id, at, actorName, ip, entityType }) => ({
    id,
    at,
    actorName,
    ip,
    part: entityType,
  }));
}

/** Workers a case can be given to: active social workers and supervisors whose scope covers the case's location. */
export async function workersFor(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await loadCase(deps.db, ctx, caseId);
  return workersCovering(deps.db, c);
}

/**
 * Brothers and sisters as the reader may see them: one whose case is out of the reader's scope
 * is shown as cared for elsewhere, with whom to ask, never its case number, programme or house.
 */
async function siblingsAsSeenBy(
  deps: Deps,
  actor: Actor,
  siblings: SiblingRow[],
): Promise<CaseDetail['siblings']> {
  const caseIds = siblings.flatMap((s) => (s.caseId ? [s.caseId] : []));
  const visible = caseIds.length
    ? await visibleRecordIds(deps.db, viewerOf(actor), 'case', caseIds)
    : new Set();
  return siblings.map((s) => {
    const shown = !s.caseId || visible.has(s.caseId);
    return {
      personId: s.personId,
      name: s.name,
      visible: shown,
      caseId: shown ? s.caseId : null,
      caseNumber: shown ? s.caseNumber : null,
      settingType: shown ? (s.settingType as SettingType | null) : null,
      programmeName: shown ? s.programmeName : null,
      houseNumber: shown ? s.houseNumber : null,
      askLocation: shown ? null : s.locationName,
      askWorker: shown ? null : s.workerName,
    };
  });
}

/** The actor's own scope holds every one of the locations (by location, not by being assigned). */
function coversLocations(actor: Actor, locationIds: string[]): boolean {
  return actor.scope.all || locationIds.every((id) => actor.scope.locationIds.includes(id));
}
