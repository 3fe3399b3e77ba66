import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRecords } from '../support/records';
import { createTestApp, type Session } from '../support/test-app';

/**
 * The findings of the outside security test, as they were reproduced: a Ganja worker learning a
 * Baku child's identity through the duplicate check and linking it by id; a sibling's case
 * number, programme and house shown out of scope; a case moved to a place its worker cannot see.
 * (The class behind the first — every id in a body or query — is walked in scope-fields.test.ts.)
 */
const t = await createTestApp();
let ganja: string;
let baku: string;
let ganjaWorker: Session;
let ganjaSupervisor: Session;
let bothSupervisor: Session;

/** A child of a Baku day-care or kindergarten group who has no case (so no case scope applied before). */
interface Person {
  id: string;
  givenName: string;
  familyName: string;
  patronymic: string | null;
  birthDate: string;
}
let bakuChild: Person | undefined;

beforeAll(async () => {
  const { locations } = await seedRecords(t);
  ganja = locations.ganja;
  baku = locations.baku;
  ganjaWorker = await t.signIn('social_worker', { locationIds: [ganja] });
  ganjaSupervisor = await t.signIn('supervisor', { locationIds: [ganja] });
  bothSupervisor = await t.signIn('supervisor', { locationIds: [ganja, baku] });
  [bakuChild] = await t.db.query<Person>(
    `select p.id, p.given_name as "givenName", p.family_name as "familyName", p.patronymic,
            to_char(p.birth_date, 'YYYY-MM-DD') as "birthDate"
       from persons p join enrolments e on e.person_id = p.id join programmes pr on pr.id = e.programme_id
      where pr.location_id = $1 and p.birth_date is not null
        and not exists (select 1 from cases c where c.child_id = p.id)
        and not exists (select 1 from family_members fm where fm.person_id = p.id)
      order by p.id limit 1`,
    [baku],
  );
  expect(bakuChild, 'a Baku programme child without a case').toBeDefined();
}, 300_000);
afterAll(() => t.close());

describe('a Baku child without a case, seen from Ganja', () => {
  it('the duplicate check says only that a possible duplicate exists and whom to ask', async () => {
    const res = await ganjaWorker.request('POST', '/api/people/duplicate-check', {
      givenName: bakuChild!.givenName,
      familyName: bakuChild!.familyName,
      birthDate: bakuChild!.birthDate,
    });
    expect(res.statusCode, res.body).toBe(200);
    const candidates = res.json().candidates as Record<string, unknown>[];
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.visible).toBe(false);
    expect(res.body).not.toContain(bakuChild!.id);
    expect(res.body).not.toContain(bakuChild!.birthDate);
    if (bakuChild!.patronymic) expect(res.body).not.toContain(bakuChild!.patronymic);
    expect(candidates[0]!.askLocation).toMatchObject({ en: expect.stringMatching(/Baku/) });
  });

  it('cannot be enrolled in a Ganja group or named in a referral by id', async () => {
    const [group] = await t.db.query<{ id: string }>(
      `select g.id from programme_groups g join programmes p on p.id = g.programme_id
        where p.location_id = $1 and g.status = 'active' order by g.id limit 1`,
      [ganja],
    );
    const enrol = await ganjaWorker.request('POST', `/api/groups/${group!.id}/enrolments`, {
      personId: bakuChild!.id,
      appliedOn: '2026-11-20',
    });
    expect(enrol.statusCode, enrol.body).toBe(404);
    expect(enrol.json().error.details).toEqual({ field: 'personId' });

    const referral = await ganjaWorker.request('POST', '/api/referrals', {
      receivedOn: '2026-11-20',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ganja,
      children: [
        {
          existingPersonId: bakuChild!.id,
          givenName: 'x',
          familyName: 'y',
          sex: 'female',
          birthDate: '2020-01-01',
        },
      ],
      family: [],
    });
    expect(referral.statusCode, referral.body).toBe(404);
    expect(referral.json().error.details).toEqual({ field: 'children.0.existingPersonId' });
    const linked = await t.db.query(
      `select 1 from enrolments where person_id = $1 and programme_id in (select id from programmes where location_id = $2)
       union all select 1 from cases where child_id = $1`,
      [bakuChild!.id, ganja],
    );
    expect(linked).toEqual([]);
  });
});

describe('brothers and sisters cared for in another place', () => {
  it('show only that they are cared for elsewhere and whom to ask', async () => {
    const [ganjaCase] = await t.db.query<{ id: string; childId: string }>(
      `select id, child_id as "childId" from cases where location_id = $1 and status <> 'closed' order by id limit 1`,
      [ganja],
    );
    const [bakuCase] = await t.db.query<{ childId: string; caseNumber: string }>(
      `select c.child_id as "childId", c.case_number as "caseNumber" from cases c
         join placements pl on pl.case_id = c.id and pl.end_date is null and pl.house_id is not null
        where c.location_id = $1 and c.status <> 'closed' order by c.id limit 1`,
      [baku],
    );
    const [group] = await t.db.query<{ id: string }>(
      'insert into sibling_groups default values returning id',
    );
    for (const person of [ganjaCase!.childId, bakuCase!.childId])
      await t.db.query('insert into sibling_group_members (group_id, person_id) values ($1, $2)', [
        group!.id,
        person,
      ]);

    const seen = await ganjaWorker.request('GET', `/api/cases/${ganjaCase!.id}`);
    expect(seen.statusCode).toBe(200);
    const sibling = seen.json().siblings.find((s: { personId: string }) => s.personId === bakuCase!.childId);
    expect(sibling).toMatchObject({
      visible: false,
      caseId: null,
      caseNumber: null,
      settingType: null,
      programmeName: null,
      houseNumber: null,
      askLocation: expect.objectContaining({ en: expect.stringMatching(/Baku/) }),
    });
    expect(seen.body).not.toContain(bakuCase!.caseNumber);

    // A supervisor working in both places sees where the sister lives.
    const both = await bothSupervisor.request('GET', `/api/cases/${ganjaCase!.id}`);
    const shown = both.json().siblings.find((s: { personId: string }) => s.personId === bakuCase!.childId);
    expect(shown).toMatchObject({ visible: true, caseNumber: bakuCase!.caseNumber, askLocation: null });
    expect(shown.houseNumber).not.toBeNull();
  });
});

describe('moving a case between locations and assigning it', () => {
  const openCase = async () =>
    (
      await t.db.query<{ id: string; version: number }>(
        `select id, version from cases where location_id = $1 and status <> 'closed' order by id desc limit 1`,
        [ganja],
      )
    )[0]!;
  const workerOf = async (location: string) =>
    (
      await t.db.query<{ id: string }>(
        `select id from users where role = 'social_worker' and status = 'active' and not scope_all
           and scope_location_ids = array[$1::uuid] order by id limit 1`,
        [location],
      )
    )[0]!.id;

  it('a worker of Ganja cannot move a case to Baku nor assign it to a Baku worker', async () => {
    const c = await openCase();
    const move = await ganjaWorker.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: null,
      locationId: baku,
    });
    expect(move.statusCode, move.body).toBe(404);
    const assign = await ganjaWorker.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: await workerOf(baku),
    });
    expect(assign.statusCode, assign.body).toBe(404);
    expect((await openCase()).version).toBe(c.version);
  });

  it('a supervisor of Ganja only cannot move it to Baku; one of both can, to a worker of Baku', async () => {
    const c = await openCase();
    const onlyGanja = await ganjaSupervisor.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: null,
      locationId: baku,
    });
    expect(onlyGanja.statusCode, onlyGanja.body).toBe(404);

    const wrongWorker = await bothSupervisor.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: await workerOf(baku),
    });
    expect(wrongWorker.statusCode, wrongWorker.body).toBe(422);
    expect(wrongWorker.json().error.details).toEqual({ rule: 'worker_not_at_location' });

    const staysWithGanjaWorker = await bothSupervisor.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: await workerOf(ganja),
      locationId: baku,
    });
    expect(staysWithGanjaWorker.statusCode, staysWithGanjaWorker.body).toBe(422);

    const moved = await bothSupervisor.request('POST', `/api/cases/${c.id}/assignment`, {
      version: c.version,
      workerId: await workerOf(baku),
      locationId: baku,
      reason: 'The family moved to Baku',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const [after] = await t.db.query<{ locationId: string }>(
      'select location_id as "locationId" from cases where id = $1',
      [c.id],
    );
    expect(after!.locationId).toBe(baku);
  });

  it('a worker with both places in scope but not a supervisor cannot move a case', async () => {
    const worker = await t.signIn('social_worker', { locationIds: [ganja, baku] });
    const c = await openCase();
    const res = await worker.request('POST', `/api/cases/${c.id}/assignment?lang=en`, {
      version: c.version,
      workerId: null,
      locationId: baku,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details).toEqual({ rule: 'case_transfer_not_allowed' });
    expect(res.json().error.message).toMatch(/both locations/);
  });
});
