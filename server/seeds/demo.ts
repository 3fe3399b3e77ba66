import { fakerAZ } from '@faker-js/faker';
import type { CreateUserBody } from '../../common/contracts/users';
import type { Db } from '../db/client';
import {
  insertHouseCaregiver,
  insertPerson,
  insertPlacement,
  listVillageHouses,
  programmeIdsByCode,
  type VillageHouse,
} from '../db/repositories/people.repository';
import { countUsers } from '../db/repositories/users.repository';
import type { Deps, RequestContext } from '../domain/context';
import { createUser } from '../domain/users/users.service';
import { FAKERS, memberName, newFamily, pickScript, type Sex } from './demo-names';

export interface DemoOptions {
  children: number;
  seed: number;
  /** The day the demo histories lead up to. */
  today: string;
}

export interface DemoUser {
  username: string;
  password: string;
  role: CreateUserBody['role'];
  scope: string;
}

/** One user per role. The passwords are public: a demo install is for trying Yuva, never for real data. */
export const DEMO_USERS: (Omit<CreateUserBody, 'scopeLocationIds' | 'scopeProgrammeIds'> & {
  scopeLocations?: string[];
  scopeProgrammes?: string[];
})[] = [
  {
    username: 'admin',
    displayName: 'Aygün Həsənova',
    password: 'demo-admin-2026',
    role: 'admin',
    scopeAll: true,
  },
  {
    username: 'director',
    displayName: 'Rauf Quliyev',
    password: 'demo-director-2026',
    role: 'director',
    scopeAll: true,
  },
  {
    username: 'supervisor',
    displayName: 'Səbinə Əliyeva',
    password: 'demo-supervisor-2026',
    role: 'supervisor',
    scopeAll: false,
    scopeLocations: ['ganja'],
  },
  {
    username: 'worker',
    displayName: 'Elvin Məmmədov',
    password: 'demo-worker-2026',
    role: 'social_worker',
    scopeAll: false,
    scopeLocations: ['ganja'],
  },
  {
    username: 'worker.baku',
    displayName: 'Lalə Hüseynova',
    password: 'demo-worker-baku-2026',
    role: 'social_worker',
    scopeAll: false,
    scopeLocations: ['baku'],
  },
  {
    username: 'officer',
    displayName: 'Nərmin Hüseynova',
    password: 'demo-officer-2026',
    role: 'foster_care_officer',
    scopeAll: true,
  },
  {
    username: 'analyst',
    displayName: 'Tural Cəfərov',
    password: 'demo-analyst-2026',
    role: 'analyst',
    scopeAll: true,
  },
];

const systemContext: RequestContext = { actor: null, requestId: 'demo-seed', ip: '127.0.0.1', locale: 'az' };

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

export async function seedDemoUsers(deps: Deps): Promise<void> {
  const programmes = await programmeIdsByCode(deps.db);
  const locations = new Map(
    (await deps.db.query<{ code: string; id: string }>('select code, id from locations')).map((r) => [
      r.code,
      r.id,
    ]),
  );
  for (const u of DEMO_USERS) {
    const { scopeLocations = [], scopeProgrammes = [], ...rest } = u;
    await createUser(deps, systemContext, {
      ...rest,
      scopeLocationIds: scopeLocations.map((c) => locations.get(c)!),
      scopeProgrammeIds: scopeProgrammes.map((c) => programmes.get(c)!),
    });
  }
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Children and young people in the two SOS Children's Villages, by house and SOS parent,
 * in sibling groups; the same seed and day give the same data.
 */
export async function seedDemoVillages(
  db: Db,
  options: DemoOptions,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ children: number; houses: number }> {
  for (const f of Object.values(FAKERS)) f.seed(options.seed);
  const random = () => fakerAZ.number.float({ min: 0, max: 1 });
  const houses = await listVillageHouses(db);
  let placed = 0;
  await db.transaction(async (tx) => {
    for (const [index, house] of houses.entries()) {
      const opened = house.villageStart ?? '2000-09-01';
      const mother = memberName(newFamily(fakerAZ, 'az'), 'female');
      const motherId = await insertPerson(tx, {
        ...mother,
        sex: 'female',
        birthDate: fakerAZ.date
          .birthdate({ mode: 'age', min: 35, max: 58, refDate: options.today })
          .toISOString()
          .slice(0, 10),
        birthDateEstimated: false,
      });
      await insertHouseCaregiver(tx, {
        houseId: house.houseId,
        personId: motherId,
        role: 'sos_parent',
        startDate: addDays(opened, fakerAZ.number.int({ min: 0, max: 3000 })),
      });
      if (index % 2 === 0) {
        const aunt = memberName(newFamily(fakerAZ, 'az'), 'female');
        const auntId = await insertPerson(tx, {
          ...aunt,
          sex: 'female',
          birthDate: fakerAZ.date
            .birthdate({ mode: 'age', min: 25, max: 55, refDate: options.today })
            .toISOString()
            .slice(0, 10),
          birthDateEstimated: false,
        });
        await insertHouseCaregiver(tx, {
          houseId: house.houseId,
          personId: auntId,
          role: 'aunt',
          startDate: addDays(opened, 30),
        });
        const next = houses[index + 1];
        if (next)
          await insertHouseCaregiver(tx, {
            houseId: next.houseId,
            personId: auntId,
            role: 'aunt',
            startDate: addDays(opened, 30),
          });
      }
    }
    const quota = houseQuotas(houses, options.children);
    for (const [index, house] of houses.entries()) {
      let free = quota[index] ?? 0;
      while (free > 0) {
        const siblings = Math.min(
          free,
          fakerAZ.helpers.weightedArrayElement([
            { value: 1, weight: 5 },
            { value: 2, weight: 3 },
            { value: 3, weight: 2 },
          ]),
        );
        const script = pickScript(random);
        const names = newFamily(FAKERS[script], script);
        const placedOn = addDays(
          house.villageStart ?? '2000-09-01',
          fakerAZ.number.int({ min: 0, max: daysBetween(house.villageStart ?? '2000-09-01', options.today) }),
        );
        for (let s = 0; s < siblings; s++) {
          const sex: Sex = random() < 0.5 ? 'female' : 'male';
          const born = fakerAZ.date
            .birthdate({ mode: 'age', min: 1, max: 20, refDate: options.today })
            .toISOString()
            .slice(0, 10);
          const childId = await insertPerson(tx, {
            ...memberName(names, sex),
            sex,
            birthDate: born,
            birthDateEstimated: random() < 0.05,
          });
          await insertPlacement(tx, {
            childId,
            settingType: 'sos_family',
            programmeId: house.programmeId,
            houseId: house.houseId,
            startDate: born > placedOn ? born : placedOn,
          });
          placed++;
          progress(placed, options.children);
        }
        free -= siblings;
      }
    }
  });
  return { children: placed, houses: houses.length };
}

function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000));
}

/** Spreads the children over the houses in proportion to capacity, never above it. */
function houseQuotas(houses: VillageHouse[], children: number): number[] {
  const capacity = houses.reduce((sum, h) => sum + h.capacity, 0);
  const share = Math.min(1, capacity ? children / capacity : 0);
  const quotas = houses.map((h) => Math.floor(h.capacity * share));
  let rest = Math.min(children, capacity) - quotas.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % houses.length) {
    if ((quotas[i] ?? 0) < (houses[i]?.capacity ?? 0)) {
      quotas[i] = (quotas[i] ?? 0) + 1;
      rest--;
    }
  }
  return quotas;
}
