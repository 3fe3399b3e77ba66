import type { AttendanceStatus } from '../../../common/contracts/programmes';

/**
 * The pure rules of groups and courses: who gets a free place, when a run of absences needs
 * the family's social worker, and who that worker is. No SQL, no clock: tested on their own.
 */

export interface WaitingEntry {
  id: string;
  appliedOn: string;
  /** When the application was recorded (ISO timestamp): breaks ties between the same day. */
  createdAt: string;
}

/** The waiting list in the order places are given: longest waiting first (applied on, then recorded at). */
export function waitingListOrder<T extends WaitingEntry>(waiting: readonly T[]): T[] {
  return [...waiting].sort(
    (a, b) =>
      a.appliedOn.localeCompare(b.appliedOn) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * Who is given a place now: as many of the longest waiting as there are free places
 * (none when the group is full or over its capacity).
 */
export function admitFromWaitingList<T extends WaitingEntry>(
  group: { capacity: number; enrolled: number },
  waiting: readonly T[],
): T[] {
  const free = Math.max(0, group.capacity - group.enrolled);
  return waitingListOrder(waiting).slice(0, free);
}

/**
 * Unexcused absences in a row at the end of a child's record: `history` is the child's status
 * at each session of the group, oldest first, null where nothing was recorded for the child.
 * Sessions after the child's last record do not count yet; an excused absence, a presence or
 * a session without a record ends the run.
 */
export function trailingAbsences(history: readonly (AttendanceStatus | null)[]): number {
  let end = history.length;
  while (end > 0 && history[end - 1] === null) end--;
  let run = 0;
  for (let i = end - 1; i >= 0 && history[i] === 'absent'; i--) run++;
  return run;
}

/** A follow-up is raised once the run reaches the group's threshold, unless one is already open. */
export function needsAbsenceFollowUp(input: {
  history: readonly (AttendanceStatus | null)[];
  threshold: number;
  hasOpenTask: boolean;
}): boolean {
  return !input.hasOpenTask && trailingAbsences(input.history) >= input.threshold;
}

/**
 * The family's social worker, who follows up absences: the worker named on the enrolment,
 * else the worker assigned to the child's open case, else the household's worker.
 */
export function followUpWorker(candidates: {
  enrolmentWorkerId: string | null;
  caseWorkerId: string | null;
  householdWorkerId: string | null;
}): string | null {
  return candidates.enrolmentWorkerId ?? candidates.caseWorkerId ?? candidates.householdWorkerId ?? null;
}

/** What an exit needs: an outcome for a child who attended, a reason for one who dropped out. */
export function exitProblem(input: {
  status: 'waiting' | 'enrolled';
  outcome: string | null | undefined;
  reason: string | null | undefined;
}): 'group_exit_outcome_required' | 'group_exit_reason_required' | null {
  if (input.status === 'enrolled' && !input.outcome) return 'group_exit_outcome_required';
  if ((input.outcome === 'dropped_out' || input.outcome === 'other') && !input.reason)
    return 'group_exit_reason_required';
  return null;
}
