import { z } from 'zod';

/** Foster-family process (shared/domain.md §5). */
export const APPLICATION_STATUSES = [
  'inquiry',
  'applying',
  'home_study',
  'training',
  'ready_for_review',
  'approved',
  'denied',
  'withdrawn',
  'active',
  'available',
  'renewal_due',
  'closed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const COUNTRIES = ['AZ', 'TR'] as const;

/**
 * Why an inquiry dropped out, as a code counted in the funnel in the reader's language; what the
 * officer writes beside it is a note. Old free-text reasons count as `other` (decision 0044).
 */
export const DROP_REASONS = [
  'not_ready',
  'housing',
  'wants_adoption',
  'moved_away',
  'health',
  'work_or_time',
  'no_contact',
  'changed_mind',
  'other',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/**
 * A country's rules as data with effective dates, never as code branches: eligibility,
 * household limits, allowances, observance days, requirements and the monitoring schedule.
 */
export const countryRulesSchema = z.object({
  eligibility: z.object({
    minAge: z.number().int().min(18).max(100).nullable(),
    maxAge: z.number().int().min(18).max(120).nullable(),
    minEducation: z.enum(EDUCATION_LEVELS).nullable(),
    regularIncome: z.boolean(),
    citizenship: z.string().length(2).nullable(),
    residence: z.string().length(2).nullable(),
    couplesApplyTogether: z.boolean(),
  }),
  household: z.object({
    maxChildrenTwoParent: z.number().int().min(1).nullable(),
    maxChildrenSingleParent: z.number().int().min(1).nullable(),
    maxFosterChildren: z.number().int().min(1).nullable(),
    siblingsMayExceed: z.boolean(),
  }),
  allowances: z.object({
    currency: z.string().length(3),
    monthlyPerChild: z.number().min(0),
    disabilitySupplementPercent: z.number().min(0).max(500),
    disabilityMonthly: z.number().min(0),
    clothing: z.object({ months: z.array(z.number().int().min(1).max(12)), amount: z.number().min(0) }),
    school: z.object({ months: z.array(z.number().int().min(1).max(12)), amount: z.number().min(0) }),
  }),
  requirements: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['document', 'check', 'interview', 'medical', 'training']),
      perAdult: z.boolean(),
      count: z.number().int().min(1).default(1),
      hours: z.number().min(0).nullable().default(null),
      validMonths: z.number().int().min(1).nullable().default(null),
    }),
  ),
  observanceDays: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      name: z.string(),
    }),
  ),
  adjustmentDays: z.number().int().min(0),
  /** Azerbaijan: an approval records the contract and the foster-family certificate numbers. */
  approvalNeedsContract: z.boolean().default(false),
  approvalValidMonths: z.number().int().min(1),
  monitoring: z.array(z.object({ fromMonth: z.number().int().min(0), everyMonths: z.number().int().min(1) })),
  amountsNote: z.string().nullable().default(null),
});
export type CountryRules = z.infer<typeof countryRulesSchema>;

/**
 * A requirement an approval still waits for: incomplete, or complete but expired on `on`. The
 * family's count of open requirements and the decision's refusal use this one rule, so the page
 * never shows 0 while the decision says some are open.
 */
export function isOpenRequirement(r: { status: string; expiresOn: string | null }, on: string): boolean {
  return r.status === 'incomplete' || (r.status === 'complete' && r.expiresOn !== null && r.expiresOn < on);
}
