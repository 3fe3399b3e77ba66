import type { EnrolBody, EnrolmentDetail, ExitBody } from '../../../common/contracts/programmes';
import { attendanceOfEnrolment } from '../../db/repositories/attendance.repository';
import {
  cancelOpenTasksOfEnrolment,
  enrolmentsOfGroup,
  exitEnrolment,
  findEnrolment,
  findTask,
  insertEnrolment,
  markTaskDone,
  openEnrolmentOf,
  tasksOfEnrolment,
  updateEnrolmentWorker,
} from '../../db/repositories/enrolments.repository';
import { isActiveUserWithRole } from '../../db/repositories/groups.repository';
import { findPerson, insertPersonRecord } from '../../db/repositories/persons.repository';
import { requirePermission } from '../access/actor';
import { loadCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid, versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { fillFreePlaces, loadEnrolment, loadGroup, toView, withPositions } from './group-access';
import { WORKER_ROLES } from './groups.service';
import { exitProblem } from './rules';

async function viewOf(q: Parameters<typeof enrolmentsOfGroup>[0], groupId: string, id: string) {
  const all = withPositions(await enrolmentsOfGroup(q, groupId));
  return all.find((e) => e.id === id)!;
}

/**
 * A child applies for a place: an existing person, or a new child whose person record is
 * created. They join the waiting list, and get a place at once if one is free and nobody has
 * waited longer.
 */
export async function enrol(deps: Deps, ctx: RequestContext, groupId: string, body: EnrolBody) {
  const actor = requirePermission(ctx, 'programmes.manage');
  const now = today(deps.clock);
  if (body.appliedOn > now || (body.child && body.child.birthDate > now))
    throw ruleViolation('date_in_future');
  if (body.child && body.child.birthDate > body.appliedOn) throw ruleViolation('group_applied_before_birth');
  const id = await deps.db.transaction(async (tx) => {
    const group = await loadGroup(tx, ctx, groupId, { lock: true });
    if (group.status === 'closed') throw ruleViolation('group_closed');
    let personId = body.personId ?? null;
    if (personId) {
      if (!(await findPerson(tx, personId))) throw ruleViolation('group_person_unknown');
      if (await openEnrolmentOf(tx, group.id, personId)) throw ruleViolation('group_already_enrolled');
    } else {
      personId = await insertPersonRecord(tx, { ...body.child!, patronymic: body.child!.patronymic ?? null });
      await audit(tx, ctx, { action: 'person.created', entityType: 'person', entityId: personId });
    }
    if (body.workerId && !(await isActiveUserWithRole(tx, body.workerId, WORKER_ROLES)))
      throw ruleViolation('group_worker_unknown');
    const enrolmentId = await insertEnrolment(tx, {
      programmeId: group.programmeId,
      groupId: group.id,
      personId,
      appliedOn: body.appliedOn,
      workerId: body.workerId ?? null,
      by: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'enrolment.applied',
      entityType: 'enrolment',
      entityId: enrolmentId,
      changes: { groupId: group.id, personId, appliedOn: body.appliedOn },
    });
    await fillFreePlaces(tx, ctx, group.id, group.capacity, body.appliedOn);
    return enrolmentId;
  });
  const e = (await findEnrolment(deps.db, id))!;
  return viewOf(deps.db, e.groupId, id);
}

/** A child's enrolment with their attendance and follow-ups; every look is written to the audit log. */
export async function enrolmentDetail(deps: Deps, ctx: RequestContext, id: string): Promise<EnrolmentDetail> {
  requirePermission(ctx, 'programmes.read');
  const { enrolment, group } = await loadEnrolment(deps.db, ctx, id);
  const [view, attendance, tasks] = await Promise.all([
    viewOf(deps.db, group.id, id),
    attendanceOfEnrolment(deps.db, id, 120),
    tasksOfEnrolment(deps.db, id),
  ]);
  await audit(deps.db, ctx, { action: 'enrolment.viewed', entityType: 'enrolment', entityId: enrolment.id });
  return {
    ...view,
    group: {
      id: group.id,
      name: group.name,
      programmeId: group.programmeId,
      programmeName: group.programmeName,
      absenceFollowUpDays: group.absenceFollowUpDays,
    },
    attendance: attendance as EnrolmentDetail['attendance'],
    tasks: tasks.map(({ caseId: _c, personId: _p, householdId: _h, enrolmentId: _e, ...t }) => t),
  };
}

/** Names the social worker who follows the child's family (absence follow-ups go to them). */
export async function changeEnrolment(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; workerId: string | null },
) {
  requirePermission(ctx, 'programmes.manage');
  await deps.db.transaction(async (tx) => {
    const { enrolment } = await loadEnrolment(tx, ctx, id);
    if (body.workerId && !(await isActiveUserWithRole(tx, body.workerId, WORKER_ROLES)))
      throw ruleViolation('group_worker_unknown');
    if (!(await updateEnrolmentWorker(tx, id, body.version, body.workerId)))
      throw await versionConflict(tx, 'enrolment', id, enrolment.version);
    await audit(tx, ctx, {
      action: 'enrolment.updated',
      entityType: 'enrolment',
      entityId: id,
      changes: { workerId: { from: enrolment.workerId, to: body.workerId } },
    });
  });
  const e = (await findEnrolment(deps.db, id))!;
  return viewOf(deps.db, e.groupId, id);
}

/**
 * A child leaves the group or course (with the outcome, and why if they dropped out), or the
 * waiting list. A freed place goes to the longest-waiting child at once.
 */
export async function exitChild(deps: Deps, ctx: RequestContext, id: string, body: ExitBody) {
  requirePermission(ctx, 'programmes.manage');
  if (body.exitedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  const admitted = await deps.db.transaction(async (tx) => {
    const { enrolment, group } = await loadEnrolment(tx, ctx, id, { lock: true });
    if (enrolment.status === 'exited')
      throw await staleOrInvalid(tx, 'enrolment', id, enrolment.version, body.version);
    const problem = exitProblem({ status: enrolment.status, outcome: body.outcome, reason: body.reason });
    if (problem) throw ruleViolation(problem);
    if (body.exitedOn < (enrolment.enrolledOn ?? enrolment.appliedOn))
      throw ruleViolation('end_before_start');
    const outcome = enrolment.status === 'enrolled' ? (body.outcome ?? null) : null;
    const saved = await exitEnrolment(tx, id, body.version, {
      exitedOn: body.exitedOn,
      outcome,
      reason: body.reason ?? null,
      note: body.note,
    });
    if (!saved) throw await versionConflict(tx, 'enrolment', id, enrolment.version);
    const cancelled = await cancelOpenTasksOfEnrolment(tx, id);
    await audit(tx, ctx, {
      action: 'enrolment.exited',
      entityType: 'enrolment',
      entityId: id,
      changes: {
        status: { from: enrolment.status, to: 'exited' },
        exitedOn: body.exitedOn,
        outcome,
        reason: body.reason ?? null,
        tasksCancelled: cancelled,
      },
    });
    return enrolment.status === 'enrolled'
      ? fillFreePlaces(tx, ctx, group.id, group.capacity, body.exitedOn)
      : [];
  });
  const e = (await findEnrolment(deps.db, id))!;
  const all = withPositions(await enrolmentsOfGroup(deps.db, e.groupId));
  return {
    enrolment: all.find((x) => x.id === id) ?? toView(e),
    admitted: admitted.map((a) => all.find((x) => x.id === a)!),
  };
}

/**
 * Marks a task done: an absence follow-up (by the worker it was given to, or anyone who sees
 * the group) or another task without a case (by its worker); a case's task by those who may
 * work on the case.
 */
export async function completeTask(deps: Deps, ctx: RequestContext, taskId: string) {
  const actor = requirePermission(ctx, 'programmes.manage');
  return deps.db.transaction(async (tx) => {
    const task = await findTask(tx, taskId);
    if (!task) throw notFound();
    const mine = task.assignedTo === actor.userId;
    if (task.caseId) {
      requirePermission(ctx, 'cases.write');
      await loadCase(tx, ctx, task.caseId);
    } else if (task.enrolmentId) {
      if (!mine) await loadEnrolment(tx, ctx, task.enrolmentId);
    } else if (!mine && !actor.scope.all) {
      throw notFound();
    }
    if (task.status !== 'open' || !(await markTaskDone(tx, task.id))) throw new AppError('invalid_state');
    await audit(tx, ctx, {
      action: 'task.done',
      entityType: 'task',
      entityId: task.id,
      caseId: task.caseId,
      changes: { kind: task.kind },
    });
    return { id: task.id, status: 'done' as const };
  });
}
