import { describe, expect, it } from 'vitest';
import type { GatekeepingView } from '../../../common/contracts/cases';
import { defaultSetting, placementSchema, placementValues } from './placement-form';

const assessment = (status: GatekeepingView['status'], decision: GatekeepingView['decision']) =>
  ({ status, decision }) as GatekeepingView;

describe('where a new placement starts', () => {
  it('is the setting of the latest approved gatekeeping decision', () => {
    expect(defaultSetting([assessment('approved', 'short_term_care')], 'family_based_care')).toBe(
      'short_term',
    );
    expect(defaultSetting([assessment('approved', 'foster')], null)).toBe('foster');
    expect(defaultSetting([assessment('approved', 'kinship')], null)).toBe('kinship_formal');
  });

  it('ignores a decision not yet approved, and one that places no child', () => {
    expect(defaultSetting([assessment('submitted', 'foster')], 'short_term_care')).toBe('short_term');
    expect(defaultSetting([assessment('approved', 'no_action')], 'youth_house')).toBe(
      'supervised_independent_living',
    );
  });

  it('is an SOS family when neither the decision nor the programme says otherwise', () => {
    expect(defaultSetting([], null)).toBe('sos_family');
    expect(defaultSetting([], 'day_care')).toBe('sos_family');
  });
});

describe('the placement as sent', () => {
  const start = { programmeId: '0190a0c4-6f1e-7000-8000-000000000002', settingType: 'short_term' };
  const sibling = '0190a0c4-6f1e-7000-8000-000000000003';

  it('names the siblings placed along with the child', () => {
    const parsed = placementSchema().parse({ ...placementValues(start), siblingCaseIds: [sibling] });
    expect(parsed).toMatchObject({ settingType: 'short_term', siblingCaseIds: [sibling] });
  });
});
