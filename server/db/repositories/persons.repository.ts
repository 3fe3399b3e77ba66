import type { ChildInput, FamilyMemberInput, PersonView } from '../../../common/contracts/cases';
import type { Queryable } from '../client';
import { writeNameKeys } from './name-keys.repository';

const PERSON_COLUMNS = `p.id, p.given_name as "givenName", p.family_name as "familyName", p.patronymic, p.sex,
  p.birth_date as "birthDate", p.birth_date_estimated as "birthDateEstimated", p.national_id_type as "nationalIdType",
  p.national_id as "nationalId", p.citizenship, p.languages, p.disability, p.disability_note as "disabilityNote",
  p.parental_status as "parentalStatus", p.legal_guardian_body as "legalGuardian", p.version`;

export { PERSON_COLUMNS };

type NewPerson = { [K in keyof ChildInput]?: ChildInput[K] | null } & Pick<
  FamilyMemberInput,
  'givenName' | 'familyName'
>;

export async function insertPersonRecord(q: Queryable, p: NewPerson): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into persons (given_name, family_name, patronymic, sex, birth_date, birth_date_estimated, national_id_type,
       national_id, citizenship, languages, disability, disability_note, parental_status, legal_guardian_body)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning id`,
    [
      p.givenName,
      p.familyName,
      p.patronymic ?? null,
      p.sex ?? null,
      p.birthDate ?? null,
      p.birthDateEstimated ?? false,
      p.nationalId ? (p.nationalIdType ?? null) : null,
      p.nationalId ?? null,
      p.citizenship ?? null,
      p.languages ?? [],
      p.disability ?? false,
      p.disabilityNote ?? null,
      p.parentalStatus ?? null,
      p.legalGuardian ?? null,
    ],
  );
  await writeNameKeys(q, rows[0]!.id, p);
  return rows[0]!.id;
}

export async function findPerson(q: Queryable, id: string): Promise<PersonView | undefined> {
  return (await q.query<PersonView>(`select ${PERSON_COLUMNS} from persons p where p.id = $1`, [id]))[0];
}

export async function personIdByNationalId(
  q: Queryable,
  type: string,
  id: string,
): Promise<string | undefined> {
  const rows = await q.query<{ id: string }>(
    'select id from persons where national_id_type = $1 and national_id = $2',
    [type, id],
  );
  return rows[0]?.id;
}

const COLUMN_OF: Record<string, string> = {
  givenName: 'given_name',
  familyName: 'family_name',
  patronymic: 'patronymic',
  sex: 'sex',
  birthDate: 'birth_date',
  birthDateEstimated: 'birth_date_estimated',
  nationalIdType: 'national_id_type',
  nationalId: 'national_id',
  citizenship: 'citizenship',
  languages: 'languages',
  disability: 'disability',
  disabilityNote: 'disability_note',
  parentalStatus: 'parental_status',
  legalGuardian: 'legal_guardian_body',
};

/** Optimistic update: nothing changes (undefined) when the version moved on. */
export async function updatePerson(
  q: Queryable,
  id: string,
  version: number,
  changes: Record<string, unknown>,
): Promise<PersonView | undefined> {
  const sets: string[] = [];
  const params: unknown[] = [id, version];
  for (const [key, value] of Object.entries(changes)) {
    const column = COLUMN_OF[key];
    if (!column || value === undefined) continue;
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
  const rows = await q.query<{ id: string }>(
    `update persons set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
      where id = $1 and version = $2 returning id`,
    params,
  );
  if (!rows[0]) return undefined;
  const person = (await findPerson(q, id))!;
  if ('givenName' in changes || 'familyName' in changes || 'patronymic' in changes)
    await writeNameKeys(q, id, person);
  return person;
}
