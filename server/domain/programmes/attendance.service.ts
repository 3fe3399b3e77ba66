import type { Register, RegisterBody } from '../../../common/contracts/programmes';
import type { Queryable } from '../../db/client';
import {
  attendanceHistories,
  ensureSession,
  findSession,
  registerRows,
  saveAttendance,
} from '../../db/repositories/attendance.repository';
import {
  findEnrolment,
  insertAbsenceTask,
  openAbsenceTaskOf,
  workerCandidates,
} from '../../db/repositories/enrolments.repository';
import { findUserById } from '../../db/repositories/users.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { ruleViolation } from '../errors';
import { loadGroup } from './group-access';
import { followUpWorker, needsAbsenceFollowUp, trailingAbsences } from './rules';

/** How far back a run of absences is looked for. */
const HISTORY_DAYS = 120;
/** An absence follow-up is due this many days after the absence that raised it. */
const FOLLOW_UP_DAYS = 2;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

async function buildRegister(
  q: Queryable,
  group: Awaited<ReturnType<typeof loadGroup>>,
  date: string,
): Promise<Register> {
  const session = await findSession(q, group.id, date);
  const rows = await registerRows(q, group.id, date, session?.id ?? null);
  const ids = rows.map((r) => r.enrolmentId);
  const [histories, open] = await Promise.all([
    attendanceHistories(q, group.id, ids, addDays(date, -HISTORY_DAYS), date),
    openAbsenceTaskOf(q, ids),
  ]);
  return {
    groupId: group.id,
    groupName: group.name,
    programmeName: group.programmeName,
    date,
    sessionId: session?.id ?? null,
    topic: session?.topic ?? '',
    absenceFollowUpDays: group.absenceFollowUpDays,
    rows: rows.map((r) => ({
      ...r,
      absenceReason: r.absenceReason as Register['rows'][number]['absenceReason'],
      absentBefore: trailingAbsences(histories.get(r.enrolmentId) ?? []),
      openFollowUp: open.has(r.enrolmentId),
    })),
  };
}

/** The attendance register of a group for a date: who is expected, and what is recorded. Audited as a read. */
export async function readRegister(deps: Deps, ctx: RequestContext, groupId: string, date: string) {
  requirePermission(ctx, 'programmes.read');
  const group = await loadGroup(deps.db, ctx, groupId);
  const register = await buildRegister(deps.db, group, date);
  await audit(deps.db, ctx, {
    action: 'attendance.viewed',
    entityType: 'programme_group',
    entityId: group.id,
    changes: { date, children: register.rows.length },
  });
  return register;
}

/**
 * Saves a whole group's attendance for a date in one transaction. Each row names the version
 * it read (null for a first record); if anyone recorded in between, nothing is saved (409).
 * A child absent without excuse at the group's last N sessions raises one follow-up task for
 * the family's social worker, unless one is open already.
 */
export async function saveRegister(deps: Deps, ctx: RequestContext, groupId: string, body: RegisterBody) {
  const actor = requirePermission(ctx, 'attendance.write');
  const now = today(deps.clock);
  if (body.date > now) throw ruleViolation('date_in_future');
  const seen = new Set<string>();
  for (const row of body.rows) {
    if (seen.has(row.enrolmentId)) throw ruleViolation('register_duplicate_child');
    seen.add(row.enrolmentId);
  }
  const followUps = await deps.db.transaction(async (tx) => {
    const group = await loadGroup(tx, ctx, groupId, { lock: true });
    if ((group.startsOn && body.date < group.startsOn) || (group.endsOn && body.date > group.endsOn))
      throw ruleViolation('register_outside_group_dates');
    const existing = await findSession(tx, group.id, body.date);
    const expected = new Set(
      (await registerRows(tx, group.id, body.date, existing?.id ?? null)).map((r) => r.enrolmentId),
    );
    const stranger = body.rows.find((r) => !expected.has(r.enrolmentId));
    if (stranger) throw ruleViolation('register_not_on_register');

    const sessionId = await ensureSession(tx, group.id, body.date, body.topic);
    const counts = { present: 0, absent: 0, excused: 0, changed: 0 };
    for (const row of body.rows) {
      const result = await saveAttendance(
        tx,
        sessionId,
        { ...row, absenceReason: row.absenceReason ?? null },
        actor.userId,
      );
      if (result === 'stale') throw await versionConflict(tx, 'group_session', sessionId);
      counts[row.status]++;
      if (result !== 'unchanged') counts.changed++;
    }
    await audit(tx, ctx, {
      action: 'attendance.recorded',
      entityType: 'group_session',
      entityId: sessionId,
      changes: { groupId: group.id, date: body.date, ...counts },
    });
    return raiseFollowUps(
      tx,
      ctx,
      group,
      body.rows.filter((r) => r.status === 'absent').map((r) => r.enrolmentId),
      body.date,
      now,
    );
  });
  const group = await loadGroup(deps.db, ctx, groupId);
  return { register: await buildRegister(deps.db, group, body.date), followUps };
}

async function raiseFollowUps(
  tx: Queryable,
  ctx: RequestContext,
  group: Awaited<ReturnType<typeof loadGroup>>,
  absentIds: string[],
  date: string,
  now: string,
) {
  if (!absentIds.length) return [];
  const [histories, open] = await Promise.all([
    attendanceHistories(tx, group.id, absentIds, addDays(date, -HISTORY_DAYS)),
    openAbsenceTaskOf(tx, absentIds),
  ]);
  const raised: { enrolmentId: string; childName: string; workerName: string | null }[] = [];
  for (const enrolmentId of absentIds) {
    const history = histories.get(enrolmentId) ?? [];
    const threshold = group.absenceFollowUpDays;
    if (!needsAbsenceFollowUp({ history, threshold, hasOpenTask: open.has(enrolmentId) })) continue;
    const enrolment = (await findEnrolment(tx, enrolmentId))!;
    const others = await workerCandidates(tx, enrolment.personId, enrolment.householdId);
    const assignedTo = followUpWorker({ enrolmentWorkerId: enrolment.workerId, ...others });
    const taskId = await insertAbsenceTask(tx, {
      enrolmentId,
      personId: enrolment.personId,
      dueOn: addDays(now, FOLLOW_UP_DAYS),
      assignedTo,
    });
    if (!taskId) continue;
    const workerName = assignedTo ? ((await findUserById(tx, assignedTo))?.displayName ?? null) : null;
    await audit(tx, ctx, {
      action: 'task.created',
      entityType: 'task',
      entityId: taskId,
      changes: {
        kind: 'absence_follow_up',
        enrolmentId,
        assignedTo,
        absencesInARow: trailingAbsences(history),
      },
    });
    raised.push({
      enrolmentId,
      childName: `${enrolment.child.familyName} ${enrolment.child.givenName}`,
      workerName,
    });
  }
  return raised;
}
