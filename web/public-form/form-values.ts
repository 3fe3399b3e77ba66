import { parseDateInput } from '../../common/i18n/date-input';

/**
 * The public application as the form holds it (texts as typed, dates as typed in the interface
 * language) and as it is sent (`POST /api/public/foster-applications`, the contract
 * `publicApplicationBodySchema`). The lists below copy those of common/foster, which this page
 * cannot import without zod; a test checks they are the same.
 */
export const COUNTRIES = ['AZ', 'TR'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;
/** Countries offered for citizenship and residence ("ZZ": another country). */
export const PERSON_COUNTRIES = ['AZ', 'TR', 'GE', 'RU', 'IR', 'UA', 'SY', 'IQ', 'ZZ'] as const;
/** Languages a family may speak at home. */
export const HOME_LANGUAGES = ['az', 'tr', 'ru', 'en', 'ar', 'fa', 'ku', 'ka'] as const;
export const MAX_ADULTS = 6;
export const MAX_CHILDREN = 10;

export interface AdultValues {
  givenName: string;
  familyName: string;
  patronymic: string;
  birthDate: string;
  education: string;
  regularIncome: boolean;
  citizenship: string;
  residence: string;
  applicant: boolean;
}

export interface ChildValues {
  givenName: string;
  familyName: string;
  birthDate: string;
}

export interface FormValues {
  country: string;
  twoParent: boolean;
  address: string;
  districtCode: string | null;
  phone: string;
  email: string;
  motivation: string;
  languages: string[];
  adults: AdultValues[];
  children: ChildValues[];
  /** Left empty by people; robots fill it in. */
  website: string;
}

export const newAdult = (country: string, applicant: boolean, familyName = ''): AdultValues => ({
  givenName: '',
  familyName,
  patronymic: '',
  birthDate: '',
  education: 'secondary',
  regularIncome: false,
  citizenship: country,
  residence: country,
  applicant,
});

export const newChild = (familyName: string): ChildValues => ({ givenName: '', familyName, birthDate: '' });

export const EMPTY: FormValues = {
  country: 'AZ',
  twoParent: false,
  address: '',
  districtCode: null,
  phone: '',
  email: '',
  motivation: '',
  languages: [],
  adults: [newAdult('AZ', true)],
  children: [],
  website: '',
};

/** A new country of application moves the adults who had the old one, and forgets the place chosen. */
export function withCountry(values: FormValues, country: string): FormValues {
  const old = values.country;
  return {
    ...values,
    country,
    // A place belongs to one country: the one chosen for the other country no longer applies.
    districtCode: null,
    adults: values.adults.map((a) => ({
      ...a,
      citizenship: a.citizenship === old ? country : a.citizenship,
      residence: a.residence === old ? country : a.residence,
    })),
  };
}

/** Choosing a two-parent household adds the second parent if there is only one adult yet. */
export function withTwoParent(values: FormValues, twoParent: boolean): FormValues {
  const { adults, country } = values;
  const added =
    twoParent && adults.length === 1 ? [newAdult(country, true, adults[0]?.familyName ?? '')] : [];
  return { ...values, twoParent, adults: [...adults, ...added] };
}

/** A date as typed, as the ISO date it names, or the text itself (which the checks then refuse). */
export const isoOrText = (typed: string) => (typed.trim() === '' ? '' : (parseDateInput(typed) ?? typed));

/** The body sent, as the contract reads it: texts trimmed, an empty patronymic as none. */
export function applicationBody(values: FormValues) {
  return {
    ...values,
    address: values.address.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    motivation: values.motivation.trim(),
    adults: values.adults.map(adultBody),
    children: values.children.map((c) => ({
      givenName: c.givenName.trim(),
      familyName: c.familyName.trim(),
      birthDate: isoOrText(c.birthDate),
    })),
  };
}

function adultBody(a: AdultValues) {
  return {
    ...a,
    givenName: a.givenName.trim(),
    familyName: a.familyName.trim(),
    patronymic: a.patronymic.trim() || null,
    birthDate: isoOrText(a.birthDate),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The household as the eligibility check takes it: only the adults filled in enough to be checked. */
export function eligibilityBody(values: FormValues) {
  const adults = values.adults
    .map(adultBody)
    .filter(
      (a) =>
        a.givenName.length >= 1 &&
        a.givenName.length <= 100 &&
        a.familyName.length >= 1 &&
        a.familyName.length <= 100 &&
        (a.patronymic ?? '').length <= 100 &&
        ISO_DATE.test(a.birthDate),
    );
  return adults.length ? { country: values.country, adults } : null;
}
