import type { CountryRules } from '../../../common/foster';
import { type Breach, householdBreaches } from './rules';

export interface ChildNeeds {
  age: number;
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
 * How well an approved family fits a child who needs one: hard exclusions (approval ages,
 * places left, household limits, needs the family is not approved for) and, for the others,
 * a score with its reasons (siblings together, age within the approval, language, distance
 * from the child's home community). The officer decides; the score only orders the list.
 */
export function matchFamily(
  child: ChildNeeds,
  family: ApprovedFamily,
  household: CountryRules['household'],
): MatchResult {
  const exclusions: Breach[] = [];
  const count = 1 + child.siblings;
  if (child.age < family.ageMin || child.age > family.ageMax) {
    exclusions.push({ rule: 'match_age', values: { min: family.ageMin, max: family.ageMax } });
  }
  if (family.fosterChildren + count > family.childrenMax) {
    exclusions.push({
      rule: 'match_places',
      values: { left: Math.max(0, family.childrenMax - family.fosterChildren) },
    });
  }
  exclusions.push(
    ...householdBreaches(
      household,
      { twoParent: family.twoParent, children: family.children, fosterChildren: family.fosterChildren },
      { count, siblings: child.siblings > 0 },
    ),
  );
  if (child.disability && !family.needs.includes('disability')) exclusions.push({ rule: 'match_needs' });

  const reasons: MatchResult['reasons'] = [];
  if (child.siblings > 0) reasons.push({ factor: 'siblings_together', points: 30 });
  const middle = (family.ageMin + family.ageMax) / 2;
  const spread = Math.max(1, (family.ageMax - family.ageMin) / 2);
  reasons.push({
    factor: 'age_fit',
    points: Math.max(0, Math.round(20 * (1 - Math.abs(child.age - middle) / (spread * 2)))),
  });
  if (child.languages.some((l) => family.languages.includes(l)))
    reasons.push({ factor: 'language', points: 15 });
  if (child.locationId && child.locationId === family.locationId)
    reasons.push({ factor: 'near_home', points: 20 });
  if (child.disability && family.needs.includes('disability'))
    reasons.push({ factor: 'special_needs', points: 15 });
  return { score: reasons.reduce((s, r) => s + r.points, 0), reasons, exclusions };
}
