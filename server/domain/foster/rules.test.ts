import { describe, expect, it } from 'vitest';
import { countryRulesSchema } from '../../../common/foster';
import { COUNTRY_RULES } from './country-rules.data';
import { matchFamily } from './matching';
import { type Adult, allowanceFor, eligibilityBreaches, householdBreaches, visitSchedule } from './rules';

const rules = (country: 'AZ' | 'TR') =>
  countryRulesSchema.parse(COUNTRY_RULES.find((r) => r.country === country)!.rules);
const adult = (over: Partial<Adult> = {}): Adult => ({
  name: 'Ayşe',
  birthDate: '1980-05-05',
  education: 'secondary',
  regularIncome: true,
  citizenship: 'TR',
  residence: 'TR',
  applicant: true,
  ...over,
});

describe('country rule sets are data', () => {
  it('both seeded rule sets are valid', () => {
    for (const r of COUNTRY_RULES) expect(() => countryRulesSchema.parse(r.rules)).not.toThrow();
  });
});

describe('eligibility (Turkey: ages 25–65, primary education, regular income, citizen and resident)', () => {
  const tr = rules('TR').eligibility;
  it('accepts an eligible couple', () => {
    expect(
      eligibilityBreaches(tr, [adult(), adult({ name: 'Mehmet', regularIncome: false })], '2026-11-25'),
    ).toEqual([]);
  });
  it('names each breach and whom it concerns', () => {
    const breaches = eligibilityBreaches(
      tr,
      [adult({ birthDate: '2003-01-01', education: 'none', citizenship: 'AZ', regularIncome: false })],
      '2026-11-25',
    );
    expect(breaches.map((b) => b.rule)).toEqual(['too_young', 'education', 'citizenship', 'regular_income']);
    expect(breaches[0]).toMatchObject({ who: 'Ayşe', values: { min: 25 } });
  });
  it('counts age on the day: 65 is eligible, 66 is not', () => {
    expect(eligibilityBreaches(tr, [adult({ birthDate: '1961-11-25' })], '2026-11-25')).toEqual([]);
    expect(
      eligibilityBreaches(tr, [adult({ birthDate: '1960-11-24' })], '2026-11-25').map((b) => b.rule),
    ).toEqual(['too_old']);
  });
});

describe('household limits (Azerbaijan: 5 children with two parents, 3 with one, 3 foster children unless siblings)', () => {
  const az = rules('AZ').household;
  it('allows up to the limit and refuses beyond it', () => {
    expect(
      householdBreaches(
        az,
        { twoParent: true, children: 4, fosterChildren: 0 },
        { count: 1, siblings: false },
      ),
    ).toEqual([]);
    expect(
      householdBreaches(
        az,
        { twoParent: true, children: 5, fosterChildren: 0 },
        { count: 1, siblings: false },
      ).map((b) => b.rule),
    ).toEqual(['household_children']);
    expect(
      householdBreaches(
        az,
        { twoParent: false, children: 2, fosterChildren: 0 },
        { count: 2, siblings: false },
      ).map((b) => b.rule),
    ).toEqual(['household_children']);
    expect(
      householdBreaches(
        az,
        { twoParent: true, children: 3, fosterChildren: 3 },
        { count: 1, siblings: false },
      ).map((b) => b.rule),
    ).toEqual(['foster_children']);
  });
  it('lets siblings stay together beyond the limits', () => {
    expect(
      householdBreaches(
        az,
        { twoParent: true, children: 2, fosterChildren: 2 },
        { count: 2, siblings: true },
      ),
    ).toEqual([]);
  });
});

describe('allowances from the table in force', () => {
  it('Turkey: +50 % for a disability, school in September, clothing in April and October', () => {
    const tr = rules('TR').allowances;
    expect(allowanceFor(tr, '2026-09', { disability: true })).toEqual([
      { kind: 'monthly', amount: 5000 },
      { kind: 'disability', amount: 2500 },
      { kind: 'school', amount: 1500 },
    ]);
    expect(allowanceFor(tr, '2026-04', { disability: false }).map((l) => l.kind)).toEqual([
      'monthly',
      'clothing',
    ]);
    expect(allowanceFor(tr, '2026-05', { disability: false })).toEqual([{ kind: 'monthly', amount: 5000 }]);
  });
  it('Azerbaijan: a higher monthly sum for a disability, clothing four times a year', () => {
    const az = rules('AZ').allowances;
    expect(allowanceFor(az, '2026-07', { disability: true })).toEqual([
      { kind: 'monthly', amount: 300 },
      { kind: 'disability', amount: 400 },
      { kind: 'clothing', amount: 150 },
    ]);
    expect(
      ['01', '04', '07', '10'].map((m) => allowanceFor(az, `2026-${m}`, { disability: false }).length),
    ).toEqual([2, 2, 2, 2]);
  });
});

describe('monitoring visits: monthly for six months, then quarterly', () => {
  it('schedules from the placement date', () => {
    expect(visitSchedule(rules('AZ').monitoring, '2026-01-31', '2027-01-31')).toEqual([
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
    ]);
  });
});

describe('matching a child to an approved family', () => {
  const family = {
    ageMin: 3,
    ageMax: 10,
    childrenMax: 2,
    needs: [],
    languages: ['az'],
    locationId: 'ganja',
    twoParent: true,
    children: 1,
    fosterChildren: 0,
  };
  const child = { age: 6, siblings: 0, disability: false, languages: ['az'], locationId: 'ganja' };
  it('scores the fit and says why', () => {
    const r = matchFamily(child, family, rules('AZ').household);
    expect(r.exclusions).toEqual([]);
    expect(r.reasons.map((x) => x.factor)).toEqual(['age_fit', 'language', 'near_home']);
    // Age 6 in an approval of 3–10: 19 of 20 points; same language 15; same location 20.
    expect(r.score).toBe(54);
  });
  it('excludes a family for the approval ages, places left and needs', () => {
    const r = matchFamily(
      { ...child, age: 12, siblings: 2, disability: true },
      { ...family, fosterChildren: 2 },
      rules('AZ').household,
    );
    expect(r.exclusions.map((b) => b.rule)).toEqual(['match_age', 'match_places', 'match_needs']);
  });
});
