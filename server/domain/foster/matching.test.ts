import { describe, expect, it } from 'vitest';
import { countryRulesSchema } from '../../../common/foster';
import { COUNTRY_RULES } from './country-rules.data';
import { type ApprovedFamily, matchFamily, waitsForFamily } from './matching';

const household = countryRulesSchema.parse(COUNTRY_RULES.find((r) => r.country === 'AZ')!.rules).household;
const family: ApprovedFamily = {
  ageMin: 3,
  ageMax: 10,
  childrenMax: 1,
  needs: [],
  languages: ['az'],
  locationId: 'ganja',
  twoParent: true,
  children: 1,
  fosterChildren: 0,
};
const child = { age: 6, siblings: 0, disability: false, languages: ['az'], locationId: 'ganja' };
const rank = (c: typeof child, families: ApprovedFamily[]) =>
  families
    .map((f, i) => ({ i, ...matchFamily(c, f, household) }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.i);

describe('matching weighs the brothers and sisters who wait first (decision 0042)', () => {
  // The families: one near home with the same language and one place (54 points), and one
  // approved for a sibling group with two places, far away and of another language (51 before).
  const near = family;
  const forSiblings: ApprovedFamily = {
    ...family,
    ageMin: 0,
    ageMax: 12,
    childrenMax: 2,
    needs: ['siblings'],
    languages: ['ru'],
    locationId: 'baku',
  };

  it('ranks the family approved for the sibling group with room for both first', () => {
    expect(rank({ ...child, siblings: 1 }, [near, forSiblings])).toEqual([1, 0]);
    const r = matchFamily({ ...child, siblings: 1 }, forSiblings, household);
    expect(r.reasons.map((x) => x.factor)).toEqual(['siblings_together', 'siblings_approved', 'age_fit']);
  });

  it('keeps the order by fit for a child whose brothers and sisters do not wait', () => {
    expect(rank(child, [near, forSiblings])).toEqual([0, 1]);
    expect(matchFamily(child, forSiblings, household).reasons.map((x) => x.factor)).toEqual(['age_fit']);
  });

  it('puts room for the whole group above approval for siblings, and approval above every other factor', () => {
    const roomOnly = { ...near, childrenMax: 2 };
    const approvedNoRoom = { ...forSiblings, childrenMax: 2, fosterChildren: 1 };
    // Old enough for its approval, but far from its middle: few points for age.
    const approvedWithRoom = { ...forSiblings, ageMin: 6, ageMax: 17 };
    const families = [near, approvedNoRoom, roomOnly, approvedWithRoom];
    const brother = { ...child, siblings: 1 };
    expect(families.map((f) => matchFamily(brother, f, household).exclusions)).toEqual([[], [], [], []]);
    expect(rank(brother, families)).toEqual([3, 2, 1, 0]);
  });

  it('still lists a family without room for the group: the child may be placed alone', () => {
    const r = matchFamily({ ...child, siblings: 2 }, near, household);
    expect(r.exclusions).toEqual([]);
    expect(r.reasons.map((x) => x.factor)).not.toContain('siblings_together');
  });

  it('counts a brother or sister with an open case, not placed or only in short-term care', () => {
    expect(waitsForFamily({ caseId: 'c', settingType: null })).toBe(true);
    expect(waitsForFamily({ caseId: 'c', settingType: 'short_term' })).toBe(true);
    expect(waitsForFamily({ caseId: 'c', settingType: 'foster' })).toBe(false);
    expect(waitsForFamily({ caseId: 'c', settingType: 'sos_family' })).toBe(false);
    expect(waitsForFamily({ caseId: null, settingType: null })).toBe(false);
  });
});
