import { fakerAZ } from '@faker-js/faker';
import type { CreateUserBody } from '../../../common/contracts/users';
import { startPlacement } from '../../domain/cases/placements.service';
import type { Deps, RequestContext } from '../../domain/context';
import { createUser } from '../../domain/users/users.service';
import type { Db } from '../client';
import {
  insertHouseCaregiver,
  insertPerson,
  listVillageHouses,
  programmeIdsByCode,
  type VillageHouse,
} from '../repositories/people.repository';
import { countUsers } from '../repositories/users.repository';
import { demoContext } from './demo-actors';
import { seedCooperation } from './demo-cooperation';
import { seedFoster } from './demo-foster';
import { demoChild, planAndReview, referAndDecide } from './demo-histories';
import { FAKERS, memberName, newFamily, pickScript } from './demo-names';
import { seedChildPopulation } from './demo-population';
import { seedProgrammes } from './demo-programmes';
import { seedShortTermCare } from './demo-short-term';
import { seedStrengthening } from './demo-strengthening';
import { seedYouthHouses } from './demo-youth';

export interface DemoOptions {
  children: number;
  seed: number;
  /** The day the demo histories lead up to. */
  today: string;
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
  // A second worker in Ganja's team, without cases of her own yet: the supervisor can hand her
  // some of the first worker's overdue cases from the start page.
  {
    username: 'worker2',
    displayName: 'Nigar Abbasova',
    password: 'demo-worker2-2026',
    role: 'social_worker',
    scopeAll: false,
    scopeLocations: ['ganja'],
  },
  {
    username: 'supervisor.baku',
    displayName: 'Kamran Nəsirov',
    password: 'demo-supervisor-baku-2026',
    role: 'supervisor',
    scopeAll: false,
    scopeLocations: ['baku'],
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
  {
    username: 'teacher',
    displayName: 'Günel Rzayeva',
    password: 'demo-teacher-2026',
    role: 'teacher',
    scopeAll: false,
    scopeProgrammes: ['ganja-day-care'],
  },
  // Delegates to the Foster Family Working Group: this demo installation is also the hub (issue 17).
  {
    username: 'delegate-az',
    displayName: 'Leyla Məmmədli',
    password: 'demo-delegate-az-2026',
    role: 'working_group_member',
    scopeAll: false,
  },
  {
    username: 'delegate-tr',
    displayName: 'Ayşe Yıldırım',
    password: 'demo-delegate-tr-2026',
    role: 'working_group_member',
    scopeAll: false,
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

/** Demo users, the demo locations' child population, the villages' staff and children with full histories, short-term care, youth houses and foster care. */
export async function seedDemo(
  deps: Deps,
  options: DemoOptions,
  progress: (done: number, total: number) => void = () => {},
): Promise<{
  children: number;
  houses: number;
  shortTerm: number;
  youthHouse: { residents: number; leavers: number };
  foster: { families: number; approved: number; placed: number };
  populationRows: number;
}> {
  await seedDemoUsers(deps);
  // The demo locations' children (published estimates), for the rates per 100,000 children.
  const admin = (await demoContext(deps.db, 'admin')).actor!.userId;
  const populationRows = await seedChildPopulation(deps.db, options.today, admin);
  const villages = await seedDemoVillages(deps, options, progress);
  const shortTerm = await seedShortTermCare(deps, options);
  const youthHouse = await seedYouthHouses(deps, options);
  const foster = await seedFoster(deps, options);
  await seedProgrammes(deps, options);
  await seedStrengthening(deps, options);
  await seedCooperation(deps, options.today);
  return { ...villages, shortTerm, youthHouse, foster, populationRows };
}

/**
 * Children and young people in the two SOS Children's Villages, by house and SOS parent,
 * in sibling groups, each with a referral, an approved gatekeeping decision, a placement,
 * an approved care plan, recent reviews (about one in ten late) and family contact. Every
 * step goes through the same services, rules and audit as a worker's. Same seed and day,
 * same data.
 */
export async function seedDemoVillages(
  deps: Deps,
  options: DemoOptions,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ children: number; houses: number }> {
  for (const f of Object.values(FAKERS)) f.seed(options.seed);
  const random = () => fakerAZ.number.float({ min: 0, max: 1 });
  const db = deps.db;
  const houses = await listVillageHouses(db);
  await db.transaction(async (tx) => {
    for (const [index, house] of houses.entries()) {
      const opened = house.villageStart ?? '2000-09-01';
      const mother = memberName(newFamily(fakerAZ, 'az'), 'female');
      const born = (min: number, max: number) =>
        fakerAZ.date.birthdate({ mode: 'age', min, max, refDate: options.today }).toISOString().slice(0, 10);
      const motherId = await insertPerson(tx, {
        ...mother,
        sex: 'female',
        birthDate: born(35, 58),
        birthDateEstimated: false,
      });
      const since = addDays(
        opened,
        fakerAZ.number.int({ min: 0, max: Math.min(3000, daysBetween(opened, options.today)) }),
      );
      await insertHouseCaregiver(tx, {
        houseId: house.houseId,
        personId: motherId,
        role: 'sos_parent',
        startDate: since,
      });
      if (index % 2 === 0) {
        const aunt = memberName(newFamily(fakerAZ, 'az'), 'female');
        const auntId = await insertPerson(tx, {
          ...aunt,
          sex: 'female',
          birthDate: born(25, 55),
          birthDateEstimated: false,
        });
        for (const h of [house, houses[index + 1]]) {
          if (h)
            await insertHouseCaregiver(tx, {
              houseId: h.houseId,
              personId: auntId,
              role: 'aunt',
              startDate: addDays(opened, 30),
            });
        }
      }
    }
  });

  const teams = {
    ganja: { worker: await demoContext(db, 'worker'), supervisor: await demoContext(db, 'supervisor') },
    baku: {
      worker: await demoContext(db, 'worker.baku'),
      supervisor: await demoContext(db, 'supervisor.baku'),
    },
  };
  const quota = houseQuotas(houses, options.children);
  let placed = 0;
  for (const [index, house] of houses.entries()) {
    const team = house.programmeCode.startsWith('ganja') ? teams.ganja : teams.baku;
    const locationId = (
      await db.query<{ id: string }>('select location_id as id from programmes where id = $1', [
        house.programmeId,
      ])
    )[0]!.id;
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
      const family = newFamily(FAKERS[script], script);
      const opened = house.villageStart ?? '2000-09-01';
      // Placed within the last 12 years (or since the village opened), at least a month ago.
      const earliest = [opened, addDays(options.today, -12 * 365)].sort().at(-1)!;
      const placedOn = addDays(
        earliest,
        fakerAZ.number.int({ min: 0, max: Math.max(0, daysBetween(earliest, options.today) - 30) }),
      );
      const receivedOn = addDays(placedOn, -fakerAZ.number.int({ min: 4, max: 20 }));
      const children = Array.from({ length: siblings }, () =>
        demoChild(fakerAZ, family, receivedOn, [0, 12]),
      );
      const cases = await referAndDecide(deps, team, {
        receivedOn,
        locationId,
        programmeId: house.programmeId,
        children,
        family,
        decision: 'sos_family',
        source: fakerAZ.helpers.arrayElement([
          'guardianship_body',
          'minors_commission',
          'hospital',
          'police',
        ] as const),
        reasons: [
          fakerAZ.helpers.arrayElement([
            'parent_death',
            'abandonment',
            'parental_incapacity',
            'abuse_neglect_exploitation',
          ] as const),
        ],
      });
      for (const c of cases) {
        await startPlacement(deps, team.worker, c.id, {
          settingType: 'sos_family',
          programmeId: house.programmeId,
          houseId: house.houseId,
          orderedBy: 'administrative',
          emergency: false,
          startDate: placedOn,
        });
        await planAndReview(deps, team, c.id, placedOn, options.today, random() < 0.1);
        placed++;
        progress(placed, options.children);
      }
      free -= siblings;
    }
  }
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
