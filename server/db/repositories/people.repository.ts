import type { Queryable } from '../client';
import { writeNameKeys } from './name-keys.repository';

export interface NewPerson {
  givenName: string;
  familyName: string;
  patronymic: string | null;
  sex: 'female' | 'male';
  birthDate: string;
  birthDateEstimated: boolean;
}

export async function insertPerson(q: Queryable, p: NewPerson): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into persons (given_name, family_name, patronymic, sex, birth_date, birth_date_estimated)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [p.givenName, p.familyName, p.patronymic, p.sex, p.birthDate, p.birthDateEstimated],
  );
  await writeNameKeys(q, rows[0]!.id, p);
  return rows[0]!.id;
}

export async function insertHouseCaregiver(
  q: Queryable,
  c: { houseId: string; personId: string; role: 'sos_parent' | 'aunt'; startDate: string },
): Promise<void> {
  await q.query(
    'insert into house_caregivers (house_id, person_id, role, start_date) values ($1, $2, $3, $4)',
    [c.houseId, c.personId, c.role, c.startDate],
  );
}

export interface VillageHouse {
  houseId: string;
  programmeId: string;
  programmeCode: string;
  capacity: number;
  villageStart: string | null;
}

export async function listVillageHouses(q: Queryable): Promise<VillageHouse[]> {
  return q.query<VillageHouse>(
    `select h.id as "houseId", p.id as "programmeId", p.code as "programmeCode", h.capacity,
            p.start_date as "villageStart"
       from family_houses h join programmes p on p.id = h.programme_id
      where p.type = 'family_based_care' and h.status = 'active'
      order by p.code, h.house_number`,
  );
}

export async function programmeIdsByCode(q: Queryable): Promise<Map<string, string>> {
  const rows = await q.query<{ code: string; id: string }>('select code, id from programmes');
  return new Map(rows.map((r) => [r.code, r.id]));
}
