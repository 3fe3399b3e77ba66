import type { z } from 'zod';
import type { Meeting, meetingBodySchema } from '../../../common/contracts/working-group';
import type { Queryable } from '../../db/client';
import {
  existingDelegates,
  findMeeting,
  insertMeeting,
  lastDecisionWithActions,
  listDelegates,
  listMeetings,
  listMemberCountries,
  type MeetingWrite,
  meetingParts,
  replaceAgendaAndAttendance,
  saveDecisions,
  updateMeeting,
} from '../../db/repositories/working-group-meetings.repository';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireCooperation, requireGroupOfficer } from './membership';

/**
 * The working group's meetings (issue 17 item 1): the chair or the secretary records them —
 * agenda, who attended, minutes, numbered decisions — and every member reads them.
 */

type MeetingBody = z.infer<typeof meetingBodySchema>;

export async function workingGroup(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx);
  const [countries, delegates] = await Promise.all([listMemberCountries(deps.db), listDelegates(deps.db)]);
  return { countries, delegates };
}

export async function meetings(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx);
  return { items: await listMeetings(deps.db) };
}

export async function meeting(deps: Deps, ctx: RequestContext, id: string): Promise<Meeting> {
  await requireCooperation(deps, ctx);
  return (await readMeeting(deps.db, id)) ?? Promise.reject(notFound());
}

async function readMeeting(q: Queryable, id: string): Promise<Meeting | null> {
  const row = await findMeeting(q, id);
  if (!row) return null;
  return { ...row, ...(await meetingParts(q, id)) };
}

/** Where the meeting was (online, or a city with its country) and who attended: delegates, each once. */
async function checked(q: Queryable, body: MeetingBody): Promise<MeetingWrite> {
  if (!body.online && !(body.city && body.cityCountry)) throw ruleViolation('meeting_place_required');
  const ids = body.attendance.map((a) => a.delegateId);
  if (new Set(ids).size !== ids.length) throw ruleViolation('meeting_attendance_twice');
  const found = new Set((await existingDelegates(q, ids)).map((d) => d.id));
  if (ids.some((id) => !found.has(id))) throw ruleViolation('meeting_not_a_delegate');
  return {
    heldAt: body.heldAt,
    online: body.online,
    city: body.online ? null : (body.city ?? null),
    cityCountry: body.online ? null : (body.cityCountry ?? null),
    title: body.title,
    language: body.language,
    minutes: body.minutes,
    agenda: body.agenda,
    attendance: body.attendance,
  };
}

export async function createMeeting(deps: Deps, ctx: RequestContext, body: MeetingBody): Promise<Meeting> {
  const { actor } = await requireGroupOfficer(deps, ctx);
  return deps.db.transaction(async (tx) => {
    const write = await checked(tx, body);
    const id = await insertMeeting(tx, write, actor.userId);
    await replaceAgendaAndAttendance(tx, id, write);
    await saveDecisions(
      tx,
      id,
      body.decisions.map((d) => d.text),
    );
    await audit(tx, ctx, {
      action: 'cooperation.meeting_created',
      entityType: 'working_group_meeting',
      entityId: id,
      changes: { title: body.title, heldAt: body.heldAt, decisions: body.decisions.length },
    });
    return (await readMeeting(tx, id))!;
  });
}

export async function changeMeeting(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: MeetingBody & { version: number },
): Promise<Meeting> {
  await requireGroupOfficer(deps, ctx);
  return deps.db.transaction(async (tx) => {
    const current = await readMeeting(tx, id);
    if (!current) throw notFound();
    const write = await checked(tx, body);
    // A decision an action item came from cannot go: the action would lose its reason.
    const kept = await lastDecisionWithActions(tx, id);
    if (body.decisions.length < kept) throw ruleViolation('meeting_decision_has_actions', { number: kept });
    if (!(await updateMeeting(tx, id, body.version, write)))
      throw await versionConflict(tx, 'working_group_meeting', id, current.version);
    await replaceAgendaAndAttendance(tx, id, write);
    await saveDecisions(
      tx,
      id,
      body.decisions.map((d) => d.text),
    );
    await audit(tx, ctx, {
      action: 'cooperation.meeting_updated',
      entityType: 'working_group_meeting',
      entityId: id,
      changes: changedParts(current, body),
    });
    return (await readMeeting(tx, id))!;
  });
}

/** Which parts of the meeting the save changed, named (the minutes can be long). */
function changedParts(before: Meeting, after: MeetingBody): Record<string, '(changed)'> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const parts: string[] = [];
  if (before.heldAt !== new Date(after.heldAt).toISOString().replace('.000', '')) parts.push('heldAt');
  if (before.online !== after.online || before.city !== (after.city ?? null)) parts.push('place');
  if (before.title !== after.title) parts.push('title');
  if (before.minutes !== after.minutes) parts.push('minutes');
  if (!same(before.agenda, after.agenda)) parts.push('agenda');
  if (
    !same(
      before.attendance.map((a) => [a.delegateId, a.status]).sort(),
      after.attendance.map((a) => [a.delegateId, a.status]).sort(),
    )
  )
    parts.push('attendance');
  if (
    !same(
      before.decisions.map((d) => d.text),
      after.decisions.map((d) => d.text),
    )
  )
    parts.push('decisions');
  return Object.fromEntries(parts.map((p) => [p, '(changed)' as const]));
}
