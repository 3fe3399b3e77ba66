/**
 * Family strengthening (early intervention), shared/domain.md §3: identified → assessed →
 * enrolled → plan active → graduated self-reliant | exited other | child separated. The coded
 * values, the risk-of-separation assessment's domains and what each score means, as data.
 */

/** How a member belongs to the household, seen from its children. */
export const HOUSEHOLD_RELATIONSHIPS = [
  'mother',
  'father',
  'child',
  'grandparent',
  'sibling',
  'other_relative',
  'other',
] as const;
export type HouseholdRelationship = (typeof HOUSEHOLD_RELATIONSHIPS)[number];

/**
 * The domains of the risk-of-separation assessment: the family's living conditions and
 * capacities whose failure, alone or together, puts a child at risk of losing family care
 * (poverty alone never justifies a removal: it is a domain to support, shared/domain.md §2).
 */
export const RISK_DOMAINS = ['housing', 'income', 'parenting', 'health', 'schooling', 'safety'] as const;
export type RiskDomain = (typeof RISK_DOMAINS)[number];

/**
 * Each domain is scored 1–5; higher is better. The meaning of each score, the same in every
 * domain (its label is `strengthening.score.<n>`, the domain's guidance `strengthening.domain.<d>.hint`):
 * 1 in crisis: the child is at immediate risk of separation because of this domain;
 * 2 at risk: serious difficulties, the family cannot cope alone;
 * 3 coping with support: needs are met as long as the programme helps;
 * 4 stable: needs are met, support is occasional;
 * 5 self-reliant: the family manages on its own.
 */
export const RISK_SCORES = [1, 2, 3, 4, 5] as const;
export type RiskScore = (typeof RISK_SCORES)[number];

/** A family graduates self-reliant when its latest assessment scores every domain at least this. */
export const SELF_RELIANT_SCORE = 4;

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The overall risk of separation from one assessment: high when any domain is in crisis or the
 * average is below 2.5; medium when any domain is at risk or the average is below 3.5; else low.
 */
export function riskLevel(scores: readonly number[]): RiskLevel {
  if (!scores.length) return 'high';
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  if (scores.some((s) => s <= 1) || mean < 2.5) return 'high';
  if (scores.some((s) => s <= 2) || mean < 3.5) return 'medium';
  return 'low';
}

/** What a family's consent to take part lets the programme share, and with whom. */
export const SHARE_SCOPES = ['alternative_care', 'other_programmes'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

export const ENROLMENT_STATUSES = ['waiting', 'enrolled', 'exited'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const EXIT_OUTCOMES = ['graduated_self_reliant', 'exited_other', 'child_separated'] as const;
export type ExitOutcome = (typeof EXIT_OUTCOMES)[number];
/** Why a family left the programme for another reason. */
export const EXIT_REASONS = [
  'moved_away',
  'withdrew_consent',
  'no_longer_eligible',
  'lost_contact',
  'transferred',
  'other',
] as const;

export const GOAL_STATUSES = ['not_started', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/** Goals still being worked on: a review records progress on each of them. */
export const OPEN_GOAL_STATUSES: readonly GoalStatus[] = ['not_started', 'in_progress'];

export const SERVICE_TYPES = [
  'food_support',
  'cash_assistance',
  'housing_repair',
  'school_supplies',
  'health_care',
  'psychosocial_support',
  'parenting_training',
  'vocational_training',
  'legal_aid',
  'childcare',
  'other',
] as const;

export const SERVICE_REFERRAL_STATUSES = ['pending', 'accepted', 'completed', 'declined'] as const;

/** "Due soon" on the list of plan reviews: this many days ahead. */
export const REVIEW_DUE_SOON_DAYS = 30;
