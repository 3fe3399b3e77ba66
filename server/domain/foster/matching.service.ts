import { countryRulesSchema } from '../../../common/foster';
import { placeLabel } from '../../../common/places/places';
import type { Queryable } from '../../db/client';
import { type CaseRecord, siblingsOf } from '../../db/repositories/cases.repository';
import { markFamilyActive } from '../../db/repositories/foster-family-status.repository';
import { approvedFamilies } from '../../db/repositories/foster-matching.repository';
import { ruleSetOn } from '../../db/repositories/foster-rule-sets.repository';
import { scheduleVisits } from '../../db/repositories/foster-visits.repository';
import { locationCountry } from '../../db/repositories/location-lookups.repository';
import { findPerson } from '../../db/repositories/persons.repository';
import { t } from '../../i18n/translate';
import { requirePermission } from '../access/actor';
import { readCase } from '../access/cases';
import { type Deps, type RequestContext, today } from '../context';
import { addDays, addMonths, ageInYears } from '../dates';
import { ruleViolation } from '../errors';
import { type ChildNeeds, matchFamily, waitsForFamily } from './matching';
import { visitSchedule } from './rules';

/** Monitoring visits are scheduled this far ahead when a child is placed; reviews extend them. */
const VISIT_HORIZON_MONTHS = 24;

async function countryOf(q: Queryable, locationId: string): Promise<string> {
  return (await locationCountry(q, locationId)) ?? 'AZ';
}

async function needsOf(q: Queryable, c: CaseRecord, on: string): Promise<ChildNeeds> {
  const child = (await findPerson(q, c.childId))!;
  const waiting = (await siblingsOf(q, c.childId)).filter(waitsForFamily);
  return {
    age: child.birthDate ? ageInYears(child.birthDate, on) : 0,
    siblings: waiting.length,
    disability: child.disability,
    languages: child.languages,
    locationId: c.locationId,
  };
}

async function rulesOf(q: Queryable, country: string, on: string) {
  const set = await ruleSetOn(q, country, on);
  if (!set) throw ruleViolation('foster_country_unknown', { country });
  return countryRulesSchema.parse(set.rules);
}

/**
 * For a child who needs a family: approved families in date, ranked by fit with the reasons for
 * each score, and those that may not take the child with the reasons why (shown, not hidden).
 */
export async function matchesForCase(deps: Deps, ctx: RequestContext, caseId: string) {
  requirePermission(ctx, 'foster.read');
  const c = await readCase(deps, ctx, caseId, 'foster_matches');
  const on = today(deps.clock);
  const country = await countryOf(deps.db, c.locationId);
  const rules = await rulesOf(deps.db, country, on);
  const child = await needsOf(deps.db, c, on);
  const families = await approvedFamilies(deps.db, country, on);
  const matches = families
    .map((f) => {
      const r = matchFamily(child, f, rules.household);
      return {
        familyId: f.id,
        reference: f.reference,
        applicants: f.applicants,
        // The place in the reader's language; what the family wrote where no place was matched.
        district: f.districtCode ? placeLabel(f.districtCode, ctx.locale) : f.district,
        placesLeft: Math.max(0, f.childrenMax - f.fosterChildren),
        score: r.score,
        reasons: r.reasons,
        exclusions: r.exclusions.map((b) => ({
          rule: b.rule,
          message: t(ctx.locale, `foster.breach.${b.rule}`, { ...(b.values ?? {}) }),
        })),
      };
    })
    .sort((a, b) => Number(a.exclusions.length > 0) - Number(b.exclusions.length > 0) || b.score - a.score);
  return { child, matches };
}

/** Before a foster placement: the family is approved and in date, and nothing excludes it. */
export async function checkFosterPlacement(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRecord,
  familyId: string,
  startDate: string,
) {
  const country = await countryOf(tx, c.locationId);
  const rules = await rulesOf(tx, country, startDate);
  const [family] = await approvedFamilies(tx, country, startDate, familyId);
  if (!family) throw ruleViolation('foster_family_not_approved');
  const result = matchFamily(await needsOf(tx, c, startDate), family, rules.household);
  const first = result.exclusions[0];
  if (first) {
    throw ruleViolation('foster_match_excluded', {
      reason: t(ctx.locale, `foster.breach.${first.rule}`, { ...(first.values ?? {}) }),
    });
  }
  return {
    placeDescription: `${family.reference} — ${family.applicants}`,
    adjustmentUntil: addDays(startDate, rules.adjustmentDays),
    visits: visitSchedule(rules.monitoring, startDate, addMonths(startDate, VISIT_HORIZON_MONTHS)),
  };
}

export async function afterFosterPlacement(
  tx: Queryable,
  p: { placementId: string; familyId: string; caseId: string; visits: string[] },
) {
  await scheduleVisits(tx, {
    placementId: p.placementId,
    familyId: p.familyId,
    caseId: p.caseId,
    dates: p.visits,
  });
  await markFamilyActive(tx, p.familyId);
}
