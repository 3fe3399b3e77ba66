import { describe, expect, it } from 'vitest';
import { RISK_DOMAINS, riskLevel } from '../../../common/strengthening';
import {
  type AccessFacts,
  consentActive,
  enrolmentProblem,
  exitProblem,
  householdAccess,
  reviewGoalsProblem,
  reviewOverdue,
  selfReliant,
  visibleParts,
} from './rules';

const TODAY = '2026-11-25';
const consent = (
  shareWith: ('alternative_care' | 'other_programmes')[],
  withdrawnOn: string | null = null,
) => ({
  programmeId: 'fs',
  givenOn: '2026-01-10',
  withdrawnOn,
  shareWith,
});
const facts = (f: Partial<AccessFacts>): AccessFacts => ({
  inScope: false,
  viaCase: false,
  viaProgramme: false,
  consents: [],
  ...f,
});

describe('consent boundaries between programmes', () => {
  it('gives whoever works with the family the whole record, and changes by role', () => {
    expect(householdAccess('social_worker', facts({ inScope: true }), TODAY)).toEqual({
      level: 'full',
      canWrite: true,
    });
    expect(householdAccess('director', facts({ inScope: true }), TODAY)).toEqual({
      level: 'full',
      canWrite: false,
    });
  });

  it('shows nothing to someone with no tie to the family, or to a role without the permission', () => {
    expect(
      householdAccess('social_worker', facts({ consents: [consent(['alternative_care'])] }), TODAY).level,
    ).toBe('none');
    expect(householdAccess('teacher', facts({ inScope: true, viaProgramme: true }), TODAY).level).toBe(
      'none',
    );
    expect(householdAccess('foster_care_officer', facts({ inScope: true }), TODAY).level).toBe('none');
  });

  it('shows a day-care or case worker only that the family is supported, without consent to share', () => {
    expect(householdAccess('social_worker', facts({ viaProgramme: true }), TODAY)).toEqual({
      level: 'summary',
      canWrite: false,
    });
    expect(householdAccess('social_worker', facts({ viaCase: true }), TODAY).level).toBe('summary');
  });

  it('shares the record read-only with exactly those the consent names', () => {
    const withCare = [consent(['alternative_care'])];
    expect(householdAccess('social_worker', facts({ viaCase: true, consents: withCare }), TODAY)).toEqual({
      level: 'shared',
      canWrite: false,
    });
    // Shared with alternative care is not shared with the day-care centre.
    expect(
      householdAccess('social_worker', facts({ viaProgramme: true, consents: withCare }), TODAY).level,
    ).toBe('summary');
    const withProgrammes = [consent(['other_programmes'])];
    expect(
      householdAccess('supervisor', facts({ viaProgramme: true, consents: withProgrammes }), TODAY).level,
    ).toBe('shared');
    expect(
      householdAccess('supervisor', facts({ viaCase: true, consents: withProgrammes }), TODAY).level,
    ).toBe('summary');
  });

  it('stops sharing once the consent is withdrawn, and not before it is given', () => {
    const withdrawn = [consent(['alternative_care', 'other_programmes'], '2026-06-01')];
    expect(householdAccess('social_worker', facts({ viaCase: true, consents: withdrawn }), TODAY).level).toBe(
      'summary',
    );
    expect(
      householdAccess('social_worker', facts({ viaCase: true, consents: withdrawn }), '2026-05-31').level,
    ).toBe('shared');
    expect(consentActive({ givenOn: '2026-12-01', withdrawnOn: null }, TODAY)).toBe(false);
    expect(consentActive({ givenOn: TODAY, withdrawnOn: null }, TODAY)).toBe(true);
    expect(consentActive({ givenOn: '2026-01-01', withdrawnOn: TODAY }, TODAY)).toBe(false);
  });

  it('hides assessments, plans, services and contact details in a summary', () => {
    expect(Object.values(visibleParts('summary')).some(Boolean)).toBe(false);
    expect(Object.values(visibleParts('shared')).every(Boolean)).toBe(true);
  });
});

describe('enrolment after an assessment', () => {
  const base = {
    on: '2026-03-01',
    programmeId: 'fs',
    assessmentDates: ['2026-02-20'],
    consents: [consent([])],
    openEnrolments: 0,
  };
  it('enrols an assessed family with consent in force', () => {
    expect(enrolmentProblem(base)).toBeNull();
  });
  it('refuses without an assessment on or before the day', () => {
    expect(enrolmentProblem({ ...base, assessmentDates: [] })).toBe('assessment_required');
    expect(enrolmentProblem({ ...base, assessmentDates: ['2026-03-02'] })).toBe('assessment_required');
    expect(enrolmentProblem({ ...base, assessmentDates: ['2026-03-01'] })).toBeNull();
  });
  it('refuses without consent for that programme, or with it withdrawn', () => {
    expect(enrolmentProblem({ ...base, consents: [] })).toBe('consent_required');
    expect(enrolmentProblem({ ...base, programmeId: 'other' })).toBe('consent_required');
    expect(enrolmentProblem({ ...base, consents: [consent([], '2026-02-28')] })).toBe('consent_required');
  });
  it('refuses a second open enrolment', () => {
    expect(enrolmentProblem({ ...base, openEnrolments: 1 })).toBe('already_enrolled');
  });
});

describe('plan reviews', () => {
  const goals = [
    { id: 'a', status: 'in_progress' as const },
    { id: 'b', status: 'not_started' as const },
    { id: 'c', status: 'achieved' as const },
  ];
  it('needs progress on every open goal, and only on goals of the plan', () => {
    expect(reviewGoalsProblem(goals, ['a', 'b'])).toEqual({ unknown: [], missing: [] });
    expect(reviewGoalsProblem(goals, ['a'])).toEqual({ unknown: [], missing: ['b'] });
    expect(reviewGoalsProblem(goals, ['a', 'b', 'x'])).toEqual({ unknown: ['x'], missing: [] });
    expect(reviewGoalsProblem(goals, ['a', 'b', 'c']).missing).toEqual([]);
  });
  it('is overdue the day after its date', () => {
    expect(reviewOverdue('2026-11-24', TODAY)).toBe(true);
    expect(reviewOverdue(TODAY, TODAY)).toBe(false);
    expect(reviewOverdue(null, TODAY)).toBe(false);
  });
});

describe('risk and exit', () => {
  const all = (score: number) => RISK_DOMAINS.map((domain) => ({ domain, score }));
  it('rates the risk of separation from the scores', () => {
    expect(riskLevel([1, 5, 5, 5, 5, 5])).toBe('high');
    expect(riskLevel([2, 2, 2, 3, 3, 2])).toBe('high');
    expect(riskLevel([2, 4, 4, 4, 4, 4])).toBe('medium');
    expect(riskLevel([3, 3, 3, 3, 3, 3])).toBe('medium');
    expect(riskLevel([4, 4, 3, 4, 5, 4])).toBe('low');
  });
  it('lets a family graduate only when its latest assessment shows self-reliance', () => {
    expect(selfReliant(all(4))).toBe(true);
    expect(selfReliant([...all(5).slice(1), { domain: 'housing', score: 3 }])).toBe(false);
    expect(selfReliant(undefined)).toBe(false);
    const exit = { reason: null, separatedChildIds: undefined, householdChildIds: ['k1', 'k2'] };
    expect(exitProblem({ ...exit, outcome: 'graduated_self_reliant', latestScores: all(4) })).toBeNull();
    expect(exitProblem({ ...exit, outcome: 'graduated_self_reliant', latestScores: all(3) })).toBe(
      'graduation_needs_self_reliance',
    );
  });
  it('wants a reason for another exit, and a child of the household for a separation', () => {
    const exit = { separatedChildIds: undefined, householdChildIds: ['k1', 'k2'], latestScores: all(2) };
    expect(exitProblem({ ...exit, outcome: 'exited_other', reason: null })).toBe('exit_reason_required');
    expect(exitProblem({ ...exit, outcome: 'exited_other', reason: 'moved_away' })).toBeNull();
    expect(exitProblem({ ...exit, outcome: 'child_separated', reason: null })).toBe(
      'separated_child_required',
    );
    expect(
      exitProblem({ ...exit, outcome: 'child_separated', reason: null, separatedChildIds: ['k9'] }),
    ).toBe('separated_child_not_in_household');
    expect(
      exitProblem({ ...exit, outcome: 'child_separated', reason: null, separatedChildIds: ['k2'] }),
    ).toBeNull();
  });
});
