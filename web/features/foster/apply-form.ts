import { useIntl } from 'react-intl';
import { z } from 'zod';
import { applicantAdultSchema, publicApplicationBodySchema } from '../../../common/contracts/foster';
import type { COUNTRIES } from '../../../common/foster';
import type { SchemaForm } from '../../lib/form';
import type { EligibilityCheck } from './api';

export type Country = (typeof COUNTRIES)[number];

export const MAX_ADULTS = 6;
export const MAX_CHILDREN = 10;

/** An adult as the form holds it: an empty patronymic is sent as none. */
const adultFormSchema = applicantAdultSchema.extend({
  patronymic: applicantAdultSchema.shape.patronymic
    .unwrap()
    .unwrap()
    .transform((p) => p || null),
});

/**
 * The public application's contract, as the form fills it in: the e-mail is trimmed before it is
 * checked (a pasted address often ends in a space), the patronymic may be left empty.
 */
export const applicationFormSchema = publicApplicationBodySchema.extend({
  adults: z.array(adultFormSchema).min(1).max(MAX_ADULTS),
  email: z.string().trim().pipe(publicApplicationBodySchema.shape.email.unwrap()),
});

export type ApplicationForm = z.input<typeof applicationFormSchema>;
export type AdultForm = z.input<typeof adultFormSchema>;
export type ApplyForm = SchemaForm<typeof applicationFormSchema>;

export const newAdult = (country: string, applicant: boolean, familyName = ''): AdultForm => ({
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

export const EMPTY: ApplicationForm = {
  country: 'AZ',
  twoParent: false,
  address: '',
  districtCode: null,
  district: '',
  phone: '',
  email: '',
  motivation: '',
  languages: [],
  adults: [newAdult('AZ', true)],
  children: [],
  website: '',
};

/** The household as the eligibility check takes it: only the adults filled in enough to be checked. */
export function eligibilityBody(form: ApplicationForm): EligibilityCheck | null {
  const adults = form.adults
    .map((a) => applicantAdultSchema.safeParse({ ...a, patronymic: a.patronymic.trim() || null }))
    .flatMap((r) => (r.success ? [r.data] : []));
  return adults.length ? { country: form.country, adults } : null;
}

/** A new country of application moves the adults who had the old one as citizenship or residence. */
export function changeCountry(form: ApplyForm, country: string) {
  const { country: old, adults } = form.getValues();
  form.setFieldValue('country', country);
  // A place belongs to one country: the one chosen for the other country no longer applies.
  form.setFieldValue('districtCode', null);
  form.setFieldValue(
    'adults',
    adults.map((a) => ({
      ...a,
      citizenship: a.citizenship === old ? country : a.citizenship,
      residence: a.residence === old ? country : a.residence,
    })),
  );
}

/** Choosing a two-parent household adds the second parent if there is only one adult yet. */
export function changeTwoParent(form: ApplyForm, twoParent: boolean) {
  const { country, adults } = form.getValues();
  form.setFieldValue('twoParent', twoParent);
  if (twoParent && adults.length === 1)
    form.insertListItem('adults', newAdult(country, true, adults[0]?.familyName ?? ''));
}

const FIELD_LABELS: Record<string, string> = {
  country: 'foster.field.country',
  twoParent: 'foster.field.household',
  address: 'foster.field.address',
  district: 'foster.field.district',
  districtCode: 'foster.field.district',
  phone: 'foster.field.phone',
  email: 'foster.field.email',
  motivation: 'foster.field.motivation',
  languages: 'foster.field.languages',
  givenName: 'foster.field.givenName',
  familyName: 'foster.field.familyName',
  patronymic: 'foster.field.patronymic',
  birthDate: 'foster.field.birthDate',
  education: 'foster.field.education',
  citizenship: 'foster.field.citizenship',
  residence: 'foster.field.residence',
  adults: 'foster.apply.adults',
  children: 'foster.apply.children',
};

const PERSON_LISTS: Record<string, string> = {
  adults: 'foster.apply.adultN',
  children: 'foster.apply.childN',
};

/** A field's label in a message: "Adult 2: Given name" for a person's field. */
export function useFieldLabel() {
  const intl = useIntl();
  return (path: string) => {
    const parts = path.split('.');
    const name = parts[parts.length - 1] ?? path;
    const key = FIELD_LABELS[/^\d+$/.test(name) ? (parts[0] ?? '') : name];
    const base = key ? intl.formatMessage({ id: key }) : name;
    const person = PERSON_LISTS[parts[0] ?? ''];
    if (!person || parts.length <= 2) return base;
    return `${intl.formatMessage({ id: person }, { n: Number(parts[1]) + 1 })}: ${base}`;
  };
}
