import type { CountryRules } from '../../../common/foster';
import { type Breach, householdBreaches } from './rules';

export interface ChildNeeds {
  age: number;
  /** Brothers and sisters with an open case who still wait for a family (decision 0042). */
  siblings: number;
  disability: boolean;
  languages: string[];
  locationId: string | null;
}

export interface ApprovedFamily {
  ageMin: number;
  ageMax: number;
  childrenMax: number;
  needs: string[];
  languages: string[];
  locationId: string | null;
  twoParent: boolean;
  children: number;
  fosterChildren: number;
}

export interface MatchResult {
  score: number;
  reasons: { factor: string; points: number }[];
  exclusions: Breach[];
}

/**
 * A brother or sister waits for a family while their case is open and they live in no placement,
 * or only in short-term care (a stay while a family is sought): counted, they were 0 whenever
 * the sibling was in short-term care (decision 0042).
 */
export function waitsForFamily(sibling: { caseId: string | null; settingType: string | null }): boolean {
  return sibling.caseId !== null && (sibling.settingType === null || sibling.settingType === 'short_term');
}

/** The points of the factors that order families once the siblings are weighed. */
const POINTS = { ageFit: 20, language: 15, nearHome: 20, specialNeeds: 15 } as const;
/** All of them together: the sibling factors are worth more, so they always come first. */
const REST_MAX = POINTS.ageFit + POINTS.language + POINTS.nearHome + POINTS.specialNeeds;
/** Approved for sibling groups: more than every other factor together (70). */
export const SIBLINGS_APPROVED_POINTS = REST_MAX + 10;
/** Room for the whole group: more than approval for siblings and every other factor together. */
export const SIBLINGS_TOGETHER_POINTS = SIBLINGS_APPROVED_POINTS + REST_MAX + 10;

/**
 * How well an approved family fits a child who needs one: hard exclusions for the child alone
 * (approval ages, places left, household limits, needs the family is not approved for) and, for
 * the others, a score with its reasons. When brothers or sisters wait too, room for the whole
 * group comes first and approval for sibling groups second, each worth more than everything
 * after it (age within the approval, language, distance from the child's home community), so a
 * family that can take the group ranks above one that cannot (decision 0042). A family without
 * room for the group is still listed: the officer may place the child alone, with a reason.
 * The officer decides; the score only orders the list.
 */
export function matchFamily(
  child: ChildNeeds,
  family: ApprovedFamily,
  household: CountryRules['household'],
): MatchResult {
  const exclusions = exclusionsFor(child, family, household);
  const reasons: MatchResult['reasons'] = [];
  if (child.siblings > 0) {
    if (takesWholeGroup(child, family, household))
      reasons.push({ factor: 'siblings_together', points: SIBLINGS_TOGETHER_POINTS });
    if (family.needs.includes('siblings'))
      reasons.push({ factor: 'siblings_approved', points: SIBLINGS_APPROVED_POINTS });
  }
  const middle = (family.ageMin + family.ageMax) / 2;
  const spread = Math.max(1, (family.ageMax - family.ageMin) / 2);
  reasons.push({
    factor: 'age_fit',
    points: Math.max(0, Math.round(POINTS.ageFit * (1 - Math.abs(child.age - middle) / (spread * 2)))),
  });
  if (child.languages.some((l) => family.languages.includes(l)))
    reasons.push({ factor: 'language', points: POINTS.language });
  if (child.locationId && child.locationId === family.locationId)
    reasons.push({ factor: 'near_home', points: POINTS.nearHome });
  if (child.disability && family.needs.includes('disability'))
    reasons.push({ factor: 'special_needs', points: POINTS.specialNeeds });
  return { score: reasons.reduce((s, r) => s + r.points, 0), reasons, exclusions };
}

/** What keeps the family from taking the child, on the child's own. */
function exclusionsFor(
  child: ChildNeeds,
  family: ApprovedFamily,
  household: CountryRules['household'],
): Breach[] {
  const exclusions: Breach[] = [];
  if (child.age < family.ageMin || child.age > family.ageMax) {
    exclusions.push({ rule: 'match_age', values: { min: family.ageMin, max: family.ageMax } });
  }
  if (family.fosterChildren + 1 > family.childrenMax) {
    exclusions.push({
      rule: 'match_places',
      values: { left: Math.max(0, family.childrenMax - family.fosterChildren) },
    });
  }
  exclusions.push(...householdBreaches(household, homeOf(family), { count: 1, siblings: false }));
  if (child.disability && !family.needs.includes('disability')) exclusions.push({ rule: 'match_needs' });
  return exclusions;
}

/** Places left for the child and every waiting brother and sister, within the household limits. */
function takesWholeGroup(child: ChildNeeds, family: ApprovedFamily, household: CountryRules['household']) {
  const count = 1 + child.siblings;
  return (
    family.fosterChildren + count <= family.childrenMax &&
    householdBreaches(household, homeOf(family), { count, siblings: true }).length === 0
  );
}

const homeOf = (f: ApprovedFamily) => ({
  twoParent: f.twoParent,
  children: f.children,
  fosterChildren: f.fosterChildren,
});
