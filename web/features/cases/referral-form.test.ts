import { describe, expect, it } from 'vitest';
import { EMPTY_CHILD } from './ChildFields';
import { EMPTY_MEMBER } from './FamilyMemberFields';
import {
  EMPTY_REFERRAL,
  type ReferralForm,
  referralFormSchema,
  referralLabels,
  refusedCount,
} from './referral-form';

const LOCATION = '0190a0c4-6f1e-7000-8000-000000000001';

function filled(): ReferralForm {
  return {
    ...EMPTY_REFERRAL(),
    locationId: LOCATION,
    reasons: ['abandonment'],
    children: [
      {
        ...EMPTY_CHILD,
        givenName: 'Aysel',
        familyName: 'Əliyeva',
        birthDate: '2016-04-01',
        citizenship: '',
        confirmNewReason: 'too short',
        existingPersonId: '0190a0c4-6f1e-7000-8000-000000000002',
      },
    ],
    family: [{ ...EMPTY_MEMBER, givenName: 'Leyla', familyName: 'Əliyeva', whereabouts: '  ' }],
  };
}

describe('the referral form', () => {
  it('sends the empty optional texts as absent, and no reason for a child linked to a record', () => {
    const parsed = referralFormSchema.safeParse(filled());
    expect(parsed.success).toBe(true);
    const body = parsed.data;
    expect(body?.programmeId).toBeNull();
    expect(body?.sourceDetail).toBeNull();
    expect(body?.children[0]).toMatchObject({ citizenship: null, patronymic: null, confirmNewReason: null });
    expect(body?.family[0]?.whereabouts).toBeNull();
  });

  it('refuses what the API refuses, at the field of the row', () => {
    const form = filled();
    form.locationId = '';
    form.children[0] = { ...EMPTY_CHILD, citizenship: 'az' };
    const parsed = referralFormSchema.safeParse(form);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['locationId', 'children.0.givenName', 'children.0.citizenship']),
    );
  });

  it("names a row's field as the row shows it, and counts each refused field once", () => {
    const label = referralLabels(
      { reasons: 'Reasons' },
      { givenName: 'Given name' } as never,
      {
        relationship: 'Relationship',
      } as never,
    );
    expect(label('children.1.givenName')).toBe('Given name');
    expect(label('family.0.relationship')).toBe('Relationship');
    expect(label('reasons.0')).toBe('Reasons');
    expect(refusedCount({ 'children.0.givenName': 'x', children: 'x', reasons: 'y' })).toBe(2);
  });
});
