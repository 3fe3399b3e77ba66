import { describe, expect, it } from 'vitest';
import {
  admitFromWaitingList,
  exitProblem,
  followUpWorker,
  needsAbsenceFollowUp,
  trailingAbsences,
  waitingListOrder,
} from './rules';

const entry = (id: string, appliedOn: string, createdAt = '2026-01-01T10:00:00Z') => ({
  id,
  appliedOn,
  createdAt,
});

describe('waiting list', () => {
  it('orders by the day applied, then by when the application was recorded', () => {
    const list = [
      entry('c', '2026-03-02'),
      entry('a', '2026-03-01', '2026-03-05T12:00:00Z'),
      entry('b', '2026-03-01', '2026-03-01T08:00:00Z'),
    ];
    expect(waitingListOrder(list).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    // The input is left as it was.
    expect(list.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('gives free places to the longest waiting, as many as are free', () => {
    const waiting = [entry('late', '2026-05-01'), entry('early', '2026-02-01'), entry('mid', '2026-03-01')];
    expect(admitFromWaitingList({ capacity: 10, enrolled: 8 }, waiting).map((e) => e.id)).toEqual([
      'early',
      'mid',
    ]);
    expect(admitFromWaitingList({ capacity: 10, enrolled: 9 }, waiting).map((e) => e.id)).toEqual(['early']);
  });

  it('admits nobody into a full group, or one over its capacity', () => {
    const waiting = [entry('a', '2026-02-01')];
    expect(admitFromWaitingList({ capacity: 5, enrolled: 5 }, waiting)).toEqual([]);
    expect(admitFromWaitingList({ capacity: 5, enrolled: 7 }, waiting)).toEqual([]);
    expect(admitFromWaitingList({ capacity: 5, enrolled: 0 }, [])).toEqual([]);
  });
});

describe('absence follow-up', () => {
  it('counts unexcused absences in a row at the end of the record', () => {
    expect(trailingAbsences([])).toBe(0);
    expect(trailingAbsences(['present', 'absent', 'absent'])).toBe(2);
    expect(trailingAbsences(['absent', 'absent', 'absent'])).toBe(3);
    expect(trailingAbsences(['absent', 'present'])).toBe(0);
  });

  it('does not count excused absences, and an excused day ends the run', () => {
    expect(trailingAbsences(['absent', 'excused', 'absent'])).toBe(1);
    expect(trailingAbsences(['excused', 'excused', 'excused'])).toBe(0);
  });

  it('ignores sessions after the last record; a session without a record ends the run', () => {
    expect(trailingAbsences(['absent', 'absent', null, null])).toBe(2);
    expect(trailingAbsences(['absent', null, 'absent'])).toBe(1);
  });

  it('raises a follow-up at the threshold, once', () => {
    const history = ['present', 'absent', 'absent', 'absent'] as const;
    expect(needsAbsenceFollowUp({ history, threshold: 3, hasOpenTask: false })).toBe(true);
    expect(needsAbsenceFollowUp({ history, threshold: 3, hasOpenTask: true })).toBe(false);
    expect(needsAbsenceFollowUp({ history, threshold: 4, hasOpenTask: false })).toBe(false);
    expect(needsAbsenceFollowUp({ history: ['absent'], threshold: 1, hasOpenTask: false })).toBe(true);
    expect(
      needsAbsenceFollowUp({
        history: ['absent', 'excused', 'absent', 'absent'],
        threshold: 3,
        hasOpenTask: false,
      }),
    ).toBe(false);
  });

  it("goes to the enrolment's worker, else the case worker, else the household's", () => {
    expect(followUpWorker({ enrolmentWorkerId: 'e', caseWorkerId: 'c', householdWorkerId: 'h' })).toBe('e');
    expect(followUpWorker({ enrolmentWorkerId: null, caseWorkerId: 'c', householdWorkerId: 'h' })).toBe('c');
    expect(followUpWorker({ enrolmentWorkerId: null, caseWorkerId: null, householdWorkerId: 'h' })).toBe('h');
    expect(
      followUpWorker({ enrolmentWorkerId: null, caseWorkerId: null, householdWorkerId: null }),
    ).toBeNull();
  });
});

describe('exit', () => {
  it('needs an outcome for a child who attended, and a reason for dropping out', () => {
    expect(exitProblem({ status: 'enrolled', outcome: null, reason: null })).toBe(
      'group_exit_outcome_required',
    );
    expect(exitProblem({ status: 'enrolled', outcome: 'dropped_out', reason: null })).toBe(
      'group_exit_reason_required',
    );
    expect(exitProblem({ status: 'enrolled', outcome: 'dropped_out', reason: 'health' })).toBeNull();
    expect(exitProblem({ status: 'enrolled', outcome: 'certificate', reason: null })).toBeNull();
    // Leaving the waiting list needs neither.
    expect(exitProblem({ status: 'waiting', outcome: null, reason: null })).toBeNull();
  });
});
