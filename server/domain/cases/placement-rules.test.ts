import { describe, expect, it } from 'vitest';
import { ageInYears } from '../dates';
import { isReEntry, type PlacementProposal, placementBreaches } from './placement-rules';

const base: PlacementProposal = {
  settingType: 'sos_family',
  programmeId: 'village',
  houseId: 'h1',
  startDate: '2026-11-25',
  childBirthDate: '2018-03-01',
  hasActivePlacement: false,
  house: { capacity: 9, children: 5, number: 1, programmeId: 'village' },
  siblingsPlaced: [],
  reasons: {},
};
const rules = (over: Partial<PlacementProposal>) =>
  placementBreaches({ ...base, ...over }).map((b) => b.rule);
const REASON = 'Written justification of the exception.';

describe('placement rules', () => {
  it('accepts a placement that breaks no rule', () => {
    expect(rules({})).toEqual([]);
  });

  it('allows one active placement at a time', () => {
    expect(rules({ hasActivePlacement: true })).toEqual(['one_active_placement']);
  });

  it('needs the house for an SOS family placement, in the chosen village', () => {
    expect(rules({ houseId: null, house: null })).toEqual(['house_required']);
    expect(rules({ house: { ...base.house!, programmeId: 'other' } })).toEqual(['house_not_in_programme']);
  });

  it('refuses a full house unless an override reason is recorded', () => {
    const full = { house: { ...base.house!, children: 9 } };
    expect(rules(full)).toEqual(['house_full']);
    expect(placementBreaches({ ...base, ...full })[0]!.values).toEqual({
      house: 1,
      children: 9,
      capacity: 9,
    });
    expect(rules({ ...full, reasons: { capacityOverride: 'too short' } })).toEqual(['house_full']);
    expect(rules({ ...full, reasons: { capacityOverride: REASON } })).toEqual([]);
  });

  it('needs a justification to place siblings apart, not to place them together', () => {
    const sister = { name: 'Aysel', houseId: 'h2', programmeId: 'village', settingType: 'sos_family' };
    expect(rules({ siblingsPlaced: [sister] })).toEqual(['siblings_apart']);
    expect(rules({ siblingsPlaced: [{ ...sister, houseId: 'h1' }] })).toEqual([]);
    expect(rules({ siblingsPlaced: [sister], reasons: { siblingsApart: REASON } })).toEqual([]);
    const fostered = { name: 'Elvin', houseId: null, programmeId: null, settingType: 'foster' };
    expect(
      rules({
        settingType: 'foster',
        programmeId: null,
        houseId: null,
        house: null,
        siblingsPlaced: [fostered],
      }),
    ).toEqual([]);
  });

  it('needs a justification for a child under 3 outside a family setting', () => {
    const baby = {
      childBirthDate: '2024-06-01',
      settingType: 'short_term' as const,
      houseId: null,
      house: null,
    };
    expect(rules(baby)).toEqual(['under_three']);
    expect(rules({ ...baby, reasons: { underThree: REASON } })).toEqual([]);
    expect(rules({ ...baby, settingType: 'foster' })).toEqual([]);
    // Three on the day: a family setting is no longer required.
    expect(rules({ ...baby, childBirthDate: '2023-11-25' })).toEqual([]);
  });

  it('counts age in whole years', () => {
    expect(ageInYears('2023-11-26', '2026-11-25')).toBe(2);
    expect(ageInYears('2023-11-25', '2026-11-25')).toBe(3);
    expect(ageInYears('2024-02-29', '2025-02-28')).toBe(0);
  });

  it('flags a return to care within 12 months of reunification as a re-entry', () => {
    expect(isReEntry('2025-12-01', '2026-11-30')).toBe(true);
    expect(isReEntry('2025-12-01', '2026-12-01')).toBe(true);
    expect(isReEntry('2025-12-01', '2026-12-02')).toBe(false);
    expect(isReEntry(null, '2026-12-02')).toBe(false);
  });
});
