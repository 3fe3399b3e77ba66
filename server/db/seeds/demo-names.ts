import { type Faker, fakerAZ, fakerRU, fakerTR } from '@faker-js/faker';

export type Sex = 'female' | 'male';
export interface GeneratedName {
  givenName: string;
  familyName: string;
  patronymic: string | null;
}

/** A family's name: a male family-name stem from which each member's form is made. */
export interface FamilyNames {
  faker: Faker;
  script: 'az' | 'tr' | 'ru';
  maleFamilyName: string;
  femaleFamilyName: string;
  fatherName: string;
}

/** Azerbaijani and Russian family names change with sex (Məmmədov/Məmmədova, Сергеев/Сергеева). */
function femaleForm(male: string): string {
  return /(ov|ev|yev|in|ов|ев|ёв|ин)$/.test(male) ? `${male}a` : male;
}

export function newFamily(faker: Faker, script: 'az' | 'tr' | 'ru'): FamilyNames {
  const maleFamilyName = faker.person.lastName('male');
  return {
    faker,
    script,
    maleFamilyName,
    femaleFamilyName: script === 'tr' ? maleFamilyName : femaleForm(maleFamilyName),
    fatherName: faker.person.firstName('male'),
  };
}

export function pickScript(random: () => number): 'az' | 'tr' | 'ru' {
  const r = random();
  return r < 0.7 ? 'az' : r < 0.85 ? 'ru' : 'tr';
}

export const FAKERS = { az: fakerAZ, tr: fakerTR, ru: fakerRU } as const;

/** A member of the family: Azerbaijani patronymic "Əli oğlu / qızı", Russian "Алиевич / Алиевна". */
export function memberName(family: FamilyNames, sex: Sex): GeneratedName {
  const { faker, script, fatherName } = family;
  const familyName = sex === 'female' ? family.femaleFamilyName : family.maleFamilyName;
  let patronymic: string | null = null;
  if (script === 'az') patronymic = `${fatherName} ${sex === 'female' ? 'qızı' : 'oğlu'}`;
  if (script === 'ru') patronymic = faker.person.middleName(sex);
  return { givenName: faker.person.firstName(sex), familyName, patronymic };
}
