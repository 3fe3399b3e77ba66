import type { FieldErrorCode } from '../../common/errors';
import { fieldMessageKey } from '../../common/field-problems';
import type { Problem } from './checks';
import type { FormValues } from './form-values';
import type { Words } from './i18n';

/** What a section of the form needs: the values, a way to change them, and a field's message. */
export interface FormBinding {
  values: FormValues;
  /** Changes the values; `path` names the field changed, whose server message then goes. */
  update(path: string, change: (values: FormValues) => FormValues): void;
  /** The message of the field at `path` to correct, if any. */
  error(path: string): string | undefined;
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
export function fieldLabel({ t }: Words, path: string): string {
  const parts = path.split('.');
  const name = parts[parts.length - 1] ?? path;
  const key = FIELD_LABELS[/^\d+$/.test(name) ? (parts[0] ?? '') : name];
  const base = key ? t(key) : name;
  const person = PERSON_LISTS[parts[0] ?? ''];
  if (!person || parts.length <= 2) return base;
  return `${t(person, { n: Number(parts[1]) + 1 })}: ${base}`;
}

/** A refusal in plain words, the field's own wording where the catalogue has one (as the staff forms say it). */
export function problemMessage(words: Words, path: string, problem: Problem): string {
  const key = fieldMessageKey(problem.code as FieldErrorCode, path, words.has);
  return words.t(key, {
    field: fieldLabel(words, path),
    minimum: problem.minimum ?? 0,
    maximum: problem.maximum ?? 0,
  });
}

/** The label of a coded value, `foster.<group>.<value>`, or the value itself for a code the catalogue lacks. */
export function codeLabel({ t, has }: Words, group: string, value: string): string {
  const id = `foster.${group}.${value}`;
  return has(id) ? t(id) : value;
}
