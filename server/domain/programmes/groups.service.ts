import {
  GROUP_PROGRAMME_TYPES,
  type GroupBody,
  type GroupDetail,
  type GroupUpdate,
} from '../../../common/contracts/programmes';
import type { Queryable } from '../../db/client';
import { enrolmentsOfGroup } from '../../db/repositories/enrolments.repository';
import {
  type GroupFields,
  insertGroup,
  isActiveUserWithRole,
  listGroups,
  recentSessions,
  staffOfProgramme,
  updateGroup,
} from '../../db/repositories/groups.repository';
import { findProgramme } from '../../db/repositories/organisation.repository';
import type { Scope } from '../../db/types/scope';
import { requirePermission, viewerOf } from '../access/actor';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';
import { fillFreePlaces, loadGroup, withPositions } from './group-access';

/** Who may teach a group or course: teachers, and the social workers who run some courses. */
export const TEACHING_ROLES = ['teacher', 'social_worker', 'supervisor'] as const;
/** Who may follow a child's family. */
export const WORKER_ROLES = ['social_worker', 'supervisor'] as const;

export async function browseGroups(
  deps: Deps,
  ctx: RequestContext,
  filter: { programmeId?: string; status?: string },
) {
  const actor = requirePermission(ctx, 'programmes.read');
  return listGroups(deps.db, viewerOf(actor), filter);
}

/** A group with its children (enrolled, waiting in order, left) and latest sessions; the look is audited. */
export async function groupDetail(deps: Deps, ctx: RequestContext, groupId: string): Promise<GroupDetail> {
  requirePermission(ctx, 'programmes.read');
  const group = await loadGroup(deps.db, ctx, groupId);
  const [enrolments, sessions] = await Promise.all([
    enrolmentsOfGroup(deps.db, group.id),
    recentSessions(deps.db, group.id, 10),
  ]);
  await audit(deps.db, ctx, {
    action: 'group.viewed',
    entityType: 'programme_group',
    entityId: group.id,
    changes: { children: enrolments.length },
  });
  return { ...group, enrolments: withPositions(enrolments), recentSessions: sessions };
}

/** A programme of the day-care, education or kindergarten kind in the user's scope (else unknown). */
async function groupProgramme(q: Queryable, scope: Scope, programmeId: string) {
  const programme = await findProgramme(q, scope, programmeId);
  if (!programme) throw new AppError('unknown_scope', {}, { ids: [programmeId] });
  if (!(GROUP_PROGRAMME_TYPES as readonly string[]).includes(programme.type))
    throw ruleViolation('group_programme_type');
  return programme;
}

async function checkGroupFields(q: Queryable, body: Omit<GroupBody, 'programmeId'>): Promise<GroupFields> {
  if (body.startsOn && body.endsOn && body.endsOn < body.startsOn) throw ruleViolation('end_before_start');
  if (body.teacherId && !(await isActiveUserWithRole(q, body.teacherId, TEACHING_ROLES)))
    throw ruleViolation('group_teacher_unknown');
  return {
    name: body.name,
    capacity: body.capacity,
    startsOn: body.startsOn ?? null,
    endsOn: body.endsOn ?? null,
    absenceFollowUpDays: body.absenceFollowUpDays,
    teacherId: body.teacherId ?? null,
  };
}

export async function createGroup(deps: Deps, ctx: RequestContext, body: GroupBody) {
  const actor = requirePermission(ctx, 'programmes.manage');
  const id = await deps.db.transaction(async (tx) => {
    const programme = await groupProgramme(tx, actor.scope, body.programmeId);
    const fields = await checkGroupFields(tx, body);
    const groupId = await insertGroup(tx, programme.id, fields);
    await audit(tx, ctx, {
      action: 'group.created',
      entityType: 'programme_group',
      entityId: groupId,
      changes: { programmeId: programme.id, ...fields },
    });
    return groupId;
  });
  return loadGroup(deps.db, ctx, id);
}

/**
 * Changes a group. Capacity never drops below the children enrolled; more places go to the
 * waiting list at once. A group is closed only when nobody is enrolled or waiting.
 */
export async function changeGroup(deps: Deps, ctx: RequestContext, groupId: string, body: GroupUpdate) {
  requirePermission(ctx, 'programmes.manage');
  await deps.db.transaction(async (tx) => {
    const group = await loadGroup(tx, ctx, groupId, { lock: true });
    const fields = await checkGroupFields(tx, body);
    if (fields.capacity < group.enrolled)
      throw ruleViolation('group_capacity_below_enrolled', { enrolled: group.enrolled });
    if (body.status === 'closed' && group.status !== 'closed' && group.enrolled + group.waiting > 0)
      throw ruleViolation('group_close_with_children', { count: group.enrolled + group.waiting });
    if (!(await updateGroup(tx, group.id, body.version, { ...fields, status: body.status })))
      throw await versionConflict(tx, 'programme_group', group.id, group.version);
    await audit(tx, ctx, {
      action: 'group.updated',
      entityType: 'programme_group',
      entityId: group.id,
      changes: diff(
        {
          name: group.name,
          capacity: group.capacity,
          startsOn: group.startsOn,
          endsOn: group.endsOn,
          absenceFollowUpDays: group.absenceFollowUpDays,
          teacherId: group.teacherId,
          status: group.status,
        },
        { ...fields, status: body.status },
      ),
    });
    if (fields.capacity > group.capacity && body.status === 'active')
      await fillFreePlaces(tx, ctx, group.id, fields.capacity, today(deps.clock));
  });
  return loadGroup(deps.db, ctx, groupId);
}

/** The people who can be named as the teacher of a group of the programme, or as a child's worker. */
export async function groupStaff(deps: Deps, ctx: RequestContext, programmeId: string) {
  const actor = requirePermission(ctx, 'programmes.manage');
  const programme = await groupProgramme(deps.db, actor.scope, programmeId);
  const [teachers, workers] = await Promise.all([
    staffOfProgramme(deps.db, programme, TEACHING_ROLES),
    staffOfProgramme(deps.db, programme, WORKER_ROLES),
  ]);
  return { teachers, workers };
}
