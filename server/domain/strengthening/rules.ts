import type { AccessLevel } from '../../../common/contracts/strengthening';
import type { Role } from '../../../common/roles';
import {
  type ExitOutcome,
  type GoalStatus,
  OPEN_GOAL_STATUSES,
  type RiskDomain,
  SELF_RELIANT_SCORE,
} from '../../../common/strengthening';
import type { ConsentFacts } from '../../db/repositories/households.repository';
import { can } from '../access/policy';

/** In force on the day: given on or before it, not withdrawn by then. */
export function consentActive(c: Pick<ConsentFacts, 'givenOn' | 'withdrawnOn'>, on: string): boolean {
  return c.givenOn <= on && (c.withdrawnOn === null || c.withdrawnOn > on);
}

/**
 * What the viewer has to do with a family, found by the repository:
 * - `inScope`: they work with it (their locations or programmes hold the household or its
 *   family strengthening enrolment, or they are its worker or registered it);
 * - `viaCase`: a member is a child whose case they may open, or family of such a child (alternative care);
 * - `viaProgramme`: a member attends a programme of theirs (day care, education, kindergarten).
 */
export interface AccessFacts {
  inScope: boolean;
  viaCase: boolean;
  viaProgramme: boolean;
  consents: readonly ConsentFacts[];
}

export interface HouseholdAccess {
  level: AccessLevel | 'none';
  canWrite: boolean;
}

/**
 * The boundary between programmes. Whoever works with the family sees its whole record (and
 * changes it if their role writes). A worker of alternative care or of another programme who
 * knows a member sees the record read-only when a consent in force shares it with them
 * (`alternative_care`, `other_programmes`); without such consent only that the family is
 * supported, by which programme and worker. Anybody else, or a role without the permission,
 * sees nothing: the family answers as if it did not exist.
 */
export function householdAccess(role: Role, facts: AccessFacts, today: string): HouseholdAccess {
  if (!can(role, 'strengthening.read')) return { level: 'none', canWrite: false };
  if (facts.inScope) return { level: 'full', canWrite: can(role, 'strengthening.write') };
  if (!facts.viaCase && !facts.viaProgramme) return { level: 'none', canWrite: false };
  const shared = new Set(facts.consents.filter((c) => consentActive(c, today)).flatMap((c) => c.shareWith));
  const allowed =
    (facts.viaCase && shared.has('alternative_care')) ||
    (facts.viaProgramme && shared.has('other_programmes'));
  return { level: allowed ? 'shared' : 'summary', canWrite: false };
}

/** Which parts of the record each level shows. */
export function visibleParts(level: AccessLevel) {
  const all = level !== 'summary';
  return {
    members: all,
    contact: all,
    consents: all,
    assessments: all,
    plans: all,
    services: all,
    referrals: all,
    exitNotes: all,
  };
}

/**
 * Why a household cannot be enrolled (or put on the waiting list) on a day, or null: it needs
 * a risk-of-separation assessment on or before that day, a consent in force for the programme,
 * and no other open family strengthening enrolment.
 */
export function enrolmentProblem(input: {
  on: string;
  programmeId: string;
  assessmentDates: readonly string[];
  consents: readonly ConsentFacts[];
  openEnrolments: number;
}): 'assessment_required' | 'consent_required' | 'already_enrolled' | null {
  if (input.openEnrolments > 0) return 'already_enrolled';
  if (!input.assessmentDates.some((d) => d <= input.on)) return 'assessment_required';
  if (!input.consents.some((c) => c.programmeId === input.programmeId && consentActive(c, input.on)))
    return 'consent_required';
  return null;
}

/**
 * A review records progress on every goal still open: the goals named must belong to the plan
 * (else `unknown`), and none of the open ones may be left out (`missing`).
 */
export function reviewGoalsProblem(
  goals: readonly { id: string; status: GoalStatus }[],
  reviewed: readonly string[],
): { unknown: string[]; missing: string[] } {
  const ids = new Set(goals.map((g) => g.id));
  const named = new Set(reviewed);
  return {
    unknown: reviewed.filter((id) => !ids.has(id)),
    missing: goals.filter((g) => OPEN_GOAL_STATUSES.includes(g.status) && !named.has(g.id)).map((g) => g.id),
  };
}

/** Whether the latest assessment shows a self-reliant family: every domain at SELF_RELIANT_SCORE or more. */
export function selfReliant(latest: readonly { domain: RiskDomain; score: number }[] | undefined): boolean {
  return Boolean(latest?.length) && latest!.every((s) => s.score >= SELF_RELIANT_SCORE);
}

/**
 * Why an exit cannot be recorded as asked, or null. Graduation needs the latest assessment to
 * show self-reliance; another reason must be named; a separation names at least one child of
 * the household (and only children of it).
 */
export function exitProblem(input: {
  outcome: ExitOutcome;
  reason: string | null | undefined;
  separatedChildIds: readonly string[] | undefined;
  householdChildIds: readonly string[];
  latestScores: readonly { domain: RiskDomain; score: number }[] | undefined;
}):
  | 'graduation_needs_self_reliance'
  | 'exit_reason_required'
  | 'separated_child_required'
  | 'separated_child_not_in_household'
  | null {
  switch (input.outcome) {
    case 'graduated_self_reliant':
      return selfReliant(input.latestScores) ? null : 'graduation_needs_self_reliance';
    case 'exited_other':
      return input.reason ? null : 'exit_reason_required';
    case 'child_separated': {
      const ids = input.separatedChildIds ?? [];
      if (!ids.length) return 'separated_child_required';
      return ids.every((id) => input.householdChildIds.includes(id))
        ? null
        : 'separated_child_not_in_household';
    }
  }
}

/** Whether a review date has passed. */
export function reviewOverdue(nextReviewOn: string | null, today: string): boolean {
  return nextReviewOn !== null && nextReviewOn < today;
}
