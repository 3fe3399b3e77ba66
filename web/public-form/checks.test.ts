import { describe, expect, it } from 'vitest';
import { publicApplicationBodySchema } from '../../common/contracts/foster';
import { type FieldIssue, fieldProblem } from '../../common/field-problems';
import * as foster from '../../common/foster';
import { checkApplication, type Problems } from './checks';
import {
  applicationBody,
  COUNTRIES,
  EDUCATION_LEVELS,
  EMPTY,
  type FormValues,
  newAdult,
  withCountry,
  withTwoParent,
} from './form-values';

/** What the contract the server checks with says of the same form, in the same plain-words codes. */
function contractProblems(values: FormValues): Problems {
  const parsed = publicApplicationBodySchema.safeParse(applicationBody(values), { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => {
      const { code, values: limits } = fieldProblem(issue as unknown as FieldIssue);
      const limit = code.startsWith('too_')
        ? code === 'too_short'
          ? { minimum: limits.minimum }
          : { maximum: limits.maximum }
        : {};
      return [issue.path.map(String).join('.'), { code, ...limit }];
    }),
  );
}

const adult = {
  ...newAdult('AZ', true),
  givenName: 'Səbinə',
  familyName: 'Quliyeva',
  birthDate: '12.04.1984',
};
const complete: FormValues = {
  ...EMPTY,
  address: 'Bakı, Azadlıq prospekti 15',
  phone: '+994 50 555 12 34',
  adults: [adult],
};

const forms: [string, FormValues][] = [
  ['an empty form', EMPTY],
  ['a complete form', complete],
  [
    'a complete form with every optional field',
    {
      ...complete,
      districtCode: 'AZ-BA-NES',
      email: ' aile@misal.az ',
      motivation: 'Uşaqları sevirik.',
      languages: ['az', 'ru'],
      children: [{ givenName: 'Aysel', familyName: 'Quliyeva', birthDate: '2012-09-01' }],
    },
  ],
  [
    'too short, wrong and too long',
    {
      ...complete,
      address: ' ab ',
      phone: 'zəng edin',
      email: 'nope@',
      motivation: 'x'.repeat(4001),
      languages: ['az', 'tr', 'ru', 'en', 'ar', 'fa', 'ku'],
      adults: [{ ...adult, givenName: ' ', patronymic: 'x'.repeat(101), birthDate: '31.02.2000' }],
      children: [{ givenName: 'x'.repeat(101), familyName: '', birthDate: '' }],
      website: 'http://spam',
    },
  ],
  ['e-mail addresses', { ...complete, email: 'a b@c.az' }],
  ['an e-mail without a domain', { ...complete, email: 'a@b' }],
  ['a phone too short', { ...complete, phone: '12345' }],
];

describe('the public form checks what the contract checks, in the same words', () => {
  it.each(forms)('%s', (_, values) => {
    expect(checkApplication(values)).toEqual(contractProblems(values));
  });

  it('copies the contract’s lists', () => {
    expect(COUNTRIES).toEqual(foster.COUNTRIES);
    expect(EDUCATION_LEVELS).toEqual(foster.EDUCATION_LEVELS);
  });

  it('moves the adults with the country and adds the second parent', () => {
    const two = withTwoParent({ ...complete, districtCode: 'AZ-BA-NES' }, true);
    expect(two.adults.map((a) => [a.familyName, a.applicant])).toEqual([
      ['Quliyeva', true],
      ['Quliyeva', true],
    ]);
    const moved = withCountry(
      { ...two, adults: [two.adults[0]!, { ...two.adults[1]!, citizenship: 'GE' }] },
      'TR',
    );
    expect(moved.districtCode).toBeNull();
    expect(moved.adults.map((a) => [a.citizenship, a.residence])).toEqual([
      ['TR', 'TR'],
      ['GE', 'TR'],
    ]);
  });
});
