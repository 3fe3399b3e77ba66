import { applicationBody, type FormValues } from './form-values';

/**
 * The checks of the public application, written out by hand from the contract
 * (`publicApplicationBodySchema`; the server still checks with it and answers its own messages)
 * with the plain-words codes `common/field-problems.ts` gives zod's refusals — a test runs both
 * on the same forms and expects the same paths and codes.
 */
export interface Problem {
  code: string;
  minimum?: number;
  maximum?: number;
}

export type Problems = Record<string, Problem>;

const PHONE = /^[+0-9 ()-]{7,20}$/;
// What zod's e-mail check accepts, in short: a name, an @, a domain with a dot, no spaces.
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: string, min: number, max: number): Problem | null {
  if (value === '') return min > 0 ? { code: 'required' } : null;
  if (value.length < min) return { code: 'too_short', minimum: min };
  if (value.length > max) return { code: 'too_long', maximum: max };
  return null;
}

function date(value: string): Problem | null {
  if (value === '') return { code: 'date_required' };
  return ISO_DATE.test(value) ? null : { code: 'date' };
}

function phone(value: string): Problem | null {
  if (value === '') return { code: 'required' };
  return PHONE.test(value) ? null : { code: 'invalid_format' };
}

function email(value: string): Problem | null {
  if (value === '') return null;
  return EMAIL.test(value) && value.length <= 200 ? null : { code: 'email' };
}

/** Every field the family must correct, by path (`adults.1.birthDate`); empty when it may be sent. */
export function checkApplication(values: FormValues): Problems {
  const body = applicationBody(values);
  const found: [string, Problem | null][] = [
    ['address', text(body.address, 3, 300)],
    ['phone', phone(body.phone)],
    ['email', email(body.email)],
    ['motivation', text(body.motivation, 0, 4000)],
    ['languages', body.languages.length > 6 ? { code: 'too_many', maximum: 6 } : null],
    ...body.adults.flatMap((a, i): [string, Problem | null][] => [
      [`adults.${i}.givenName`, text(a.givenName, 1, 100)],
      [`adults.${i}.familyName`, text(a.familyName, 1, 100)],
      [`adults.${i}.patronymic`, text(a.patronymic ?? '', 0, 100)],
      [`adults.${i}.birthDate`, date(a.birthDate)],
    ]),
    ...body.children.flatMap((c, i): [string, Problem | null][] => [
      [`children.${i}.givenName`, text(c.givenName, 1, 100)],
      [`children.${i}.familyName`, text(c.familyName, 1, 100)],
      [`children.${i}.birthDate`, date(c.birthDate)],
    ]),
    ['website', body.website === '' ? null : { code: 'too_long', maximum: 0 }],
  ];
  return Object.fromEntries(found.filter((f): f is [string, Problem] => f[1] !== null));
}
