import type { CountryRules, EducationLevel } from '../../../common/foster';
import { EDUCATION_LEVELS } from '../../../common/foster';
import { ageInYears } from '../dates';

export interface Adult {
  name: string;
  birthDate: string | null;
  education: EducationLevel | null;
  regularIncome: boolean;
  citizenship: string | null;
  residence: string | null;
  applicant: boolean;
}

export interface Breach {
  rule: string;
  who?: string;
  values?: Record<string, string | number>;
}

/** Eligibility of the applicants as the country's rules say, on a date (each breach named, nothing decided). */
export function eligibilityBreaches(
  rules: CountryRules['eligibility'],
  adults: Adult[],
  on: string,
): Breach[] {
  const breaches: Breach[] = [];
  const applicants = adults.filter((a) => a.applicant);
  if (!applicants.length) breaches.push({ rule: 'no_applicant' });
  for (const a of applicants) {
    const age = a.birthDate ? ageInYears(a.birthDate, on) : null;
    if (age === null && (rules.minAge !== null || rules.maxAge !== null))
      breaches.push({ rule: 'age_unknown', who: a.name });
    if (age !== null && rules.minAge !== null && age < rules.minAge)
      breaches.push({ rule: 'too_young', who: a.name, values: { min: rules.minAge } });
    if (age !== null && rules.maxAge !== null && age > rules.maxAge)
      breaches.push({ rule: 'too_old', who: a.name, values: { max: rules.maxAge } });
    if (
      rules.minEducation &&
      EDUCATION_LEVELS.indexOf(a.education ?? 'none') < EDUCATION_LEVELS.indexOf(rules.minEducation)
    ) {
      breaches.push({ rule: 'education', who: a.name, values: { level: rules.minEducation } });
    }
    if (rules.citizenship && a.citizenship !== rules.citizenship)
      breaches.push({ rule: 'citizenship', who: a.name, values: { country: rules.citizenship } });
    if (rules.residence && a.residence !== rules.residence)
      breaches.push({ rule: 'residence', who: a.name, values: { country: rules.residence } });
  }
  if (rules.regularIncome && !applicants.some((a) => a.regularIncome))
    breaches.push({ rule: 'regular_income' });
  return breaches;
}

/**
 * Whether the household may take `incoming` more foster children: at most N children in a
 * two-parent and M in a single-parent home, at most K foster children — unless they are siblings.
 */
export function householdBreaches(
  rules: CountryRules['household'],
  home: { twoParent: boolean; children: number; fosterChildren: number },
  incoming: { count: number; siblings: boolean },
): Breach[] {
  const breaches: Breach[] = [];
  const total = home.children + incoming.count;
  const max = home.twoParent ? rules.maxChildrenTwoParent : rules.maxChildrenSingleParent;
  const siblingsOk = incoming.siblings && rules.siblingsMayExceed;
  if (max !== null && total > max && !siblingsOk)
    breaches.push({ rule: 'household_children', values: { max, total } });
  if (
    rules.maxFosterChildren !== null &&
    home.fosterChildren + incoming.count > rules.maxFosterChildren &&
    !siblingsOk
  ) {
    breaches.push({
      rule: 'foster_children',
      values: { max: rules.maxFosterChildren, total: home.fosterChildren + incoming.count },
    });
  }
  return breaches;
}

export interface AllowanceLine {
  kind: 'monthly' | 'disability' | 'clothing' | 'school';
  amount: number;
}

/** What is owed for one child for one month, from the table in force that month. */
export function allowanceFor(
  rules: CountryRules['allowances'],
  month: string,
  child: { disability: boolean },
): AllowanceLine[] {
  const m = Number(month.slice(5, 7));
  const lines: AllowanceLine[] = [{ kind: 'monthly', amount: rules.monthlyPerChild }];
  if (child.disability) {
    const extra =
      rules.disabilityMonthly || (rules.monthlyPerChild * rules.disabilitySupplementPercent) / 100;
    if (extra > 0) lines.push({ kind: 'disability', amount: Math.round(extra * 100) / 100 });
  }
  if (rules.clothing.months.includes(m) && rules.clothing.amount > 0)
    lines.push({ kind: 'clothing', amount: rules.clothing.amount });
  if (rules.school.months.includes(m) && rules.school.amount > 0)
    lines.push({ kind: 'school', amount: rules.school.amount });
  return lines;
}

/** The monitoring visits of a placement: e.g. monthly for 6 months, then quarterly, until `until`. */
export function visitSchedule(plan: CountryRules['monitoring'], start: string, until: string): string[] {
  const dates: string[] = [];
  const stages = [...plan].sort((a, b) => a.fromMonth - b.fromMonth);
  let months = stages[0]?.fromMonth ?? 0;
  for (let guard = 0; guard < 240; guard++) {
    const stage = [...stages].reverse().find((s) => months >= s.fromMonth) ?? stages[0];
    if (!stage) break;
    months += stage.everyMonths;
    const [y, mo, d] = start.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, mo - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(d, last));
    const iso = target.toISOString().slice(0, 10);
    if (iso > until) break;
    dates.push(iso);
  }
  return dates;
}
