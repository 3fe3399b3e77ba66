import type { EnrolmentView, GroupSummary } from '../../../common/contracts/programmes';
import type { Queryable } from '../../db/client';
import {
  admitEnrolment,
  type EnrolmentRecord,
  enrolmentsOfGroup,
  findEnrolment,
} from '../../db/repositories/enrolments.repository';
import { findVisibleGroup } from '../../db/repositories/groups.repository';
import { requireActor, viewerOf } from '../access/actor';
import { audit } from '../audit/audit';
import type { RequestContext } from '../context';
import { notFound } from '../errors';
import { admitFromWaitingList, waitingListOrder } from './rules';

/** The group, if this user may see it: out of scope answers exactly like a group that does not exist. */
export async function loadGroup(
  q: Queryable,
  ctx: RequestContext,
  groupId: string,
  options: { lock?: boolean } = {},
): Promise<GroupSummary> {
  const actor = requireActor(ctx);
  const group = await findVisibleGroup(q, viewerOf(actor), groupId, options);
  if (!group) throw notFound();
  return group;
}

/** A child's enrolment in a group this user may see, with the group. */
export async function loadEnrolment(
  q: Queryable,
  ctx: RequestContext,
  enrolmentId: string,
  options: { lock?: boolean } = {},
): Promise<{ enrolment: EnrolmentRecord; group: GroupSummary }> {
  const enrolment = await findEnrolment(q, enrolmentId);
  if (!enrolment) throw notFound();
  const group = await loadGroup(q, ctx, enrolment.groupId, options);
  return { enrolment, group };
}

/** The public view of enrolments, with each waiting child's place in the queue. */
export function withPositions(records: EnrolmentRecord[]): EnrolmentView[] {
  const order = waitingListOrder(records.filter((r) => r.status === 'waiting'));
  const position = new Map(order.map((r, i) => [r.id, i + 1]));
  return records.map((r) => toView(r, position.get(r.id) ?? null));
}

export function toView(r: EnrolmentRecord, waitingPosition: number | null = null): EnrolmentView {
  const { programmeId: _p, householdId: _h, createdAt: _c, ...view } = r;
  return { ...view, waitingPosition };
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Gives the group's free places to the longest-waiting children, each from `freedOn` (or the day
 * they applied, if later). Returns the ids admitted, in order; each admission is audited.
 */
export async function fillFreePlaces(
  tx: Queryable,
  ctx: RequestContext,
  groupId: string,
  capacity: number,
  freedOn: string,
): Promise<string[]> {
  const all = await enrolmentsOfGroup(tx, groupId);
  const enrolled = all.filter((e) => e.status === 'enrolled').length;
  const admitted = admitFromWaitingList(
    { capacity, enrolled },
    all.filter((e) => e.status === 'waiting'),
  );
  for (const e of admitted) {
    const enrolledOn = later(freedOn, e.appliedOn);
    await admitEnrolment(tx, e.id, enrolledOn);
    await audit(tx, ctx, {
      action: 'enrolment.admitted',
      entityType: 'enrolment',
      entityId: e.id,
      changes: { status: { from: 'waiting', to: 'enrolled' }, enrolledOn },
    });
  }
  return admitted.map((e) => e.id);
}
