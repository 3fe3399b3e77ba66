import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import {
  base,
  count,
  enrolledFamily,
  household,
  id,
  ids,
  openStrengthening,
  scores,
} from './support/strengthening';

/** Family strengthening: services and referrals, and how consent bounds what other programmes see. */
let t: TestApp;
let worker: Session;
let bakuWorker: Session;
let dayCareWorker: Session;
let villageWorker: Session;
let director: Session;

beforeAll(async () => {
  ({ t, worker, bakuWorker, dayCareWorker, villageWorker, director } = await openStrengthening());
  await enrolledFamily(worker);
});
afterAll(() => t.close());

describe('services and referrals', () => {
  it('records services with their cost in manats', async () => {
    const url = `${base}/households/${ids.household}/services`;
    const ok = await worker.request('POST', url, {
      deliveredOn: '2026-04-02',
      type: 'food_support',
      provider: 'SOS Social Centre',
      cost: 45.5,
      note: 'Monthly food parcel',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ type: 'food_support', cost: 45.5, provider: 'SOS Social Centre' });
    const before = await count('services_delivered');
    for (const cost of [12.345, -1, '45'])
      expect(
        (await worker.request('POST', url, { deliveredOn: '2026-04-02', type: 'food_support', cost }))
          .statusCode,
      ).toBe(400);
    expect(
      (await worker.request('POST', url, { deliveredOn: '2026-04-02', type: 'massage' })).statusCode,
    ).toBe(400);
    expect(await count('services_delivered')).toBe(before);
    const free = await worker.request('POST', url, { deliveredOn: '2026-05-02', type: 'parenting_training' });
    expect(free.json().cost).toBeNull();
  });

  it('refers the family to another service and records the outcome', async () => {
    const made = await worker.request('POST', `${base}/households/${ids.household}/referrals`, {
      referredOn: '2026-04-10',
      toWhom: 'Ganja polyclinic No. 2',
      reason: "Murad's hearing check",
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().status).toBe('pending');
    const url = `${base}/referrals/${made.json().id}`;
    const done = await worker.request('PUT', url, {
      version: 1,
      status: 'completed',
      outcome: 'Hearing aid fitted',
    });
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'Hearing aid fitted', version: 2 });
    expect((await worker.request('PUT', url, { version: 1, status: 'declined' })).statusCode).toBe(409);
  });
});

describe('consent bounds what other programmes see', () => {
  it('answers 404 to a worker of another location, in the list and the record', async () => {
    expect((await household(bakuWorker)).statusCode).toBe(404);
    expect((await bakuWorker.request('GET', `${base}/households`)).json().total).toBe(0);
    const write = await bakuWorker.request('POST', `${base}/households/${ids.household}/assessments`, {
      assessedOn: '2026-09-01',
      scores: scores([3, 3, 3, 3, 3, 3]),
    });
    expect(write.statusCode).toBe(404);
    // A day-care worker who does not know any member sees nothing either.
    expect((await household(dayCareWorker)).statusCode).toBe(404);
  });

  it('shows a day-care worker only that the family is supported, and by whom', async () => {
    const groupId = await id(
      "insert into programme_groups (programme_id, name, capacity) values ($1, 'Günəş', 20) returning id",
      [ids.ganjaDayCare],
    );
    await t.db.query(
      `insert into enrolments (programme_id, group_id, person_id, status, applied_on, enrolled_on)
       values ($1, $2, $3, 'enrolled', '2026-09-01', '2026-09-01')`,
      [ids.ganjaDayCare, groupId, ids.murad],
    );
    const res = await household(dayCareWorker);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.access).toEqual({ level: 'summary', canWrite: false });
    expect(d).toMatchObject({
      assessments: null,
      plans: null,
      services: null,
      consents: null,
      address: null,
    });
    expect(d.members.map((m: { givenName: string }) => m.givenName)).toEqual(['Murad']);
    expect(d.workerName).toBe('Test social_worker');
    expect(d.enrolments[0]).toMatchObject({ status: 'enrolled', programmeId: ids.ganjaFs });
    const list = (await dayCareWorker.request('GET', `${base}/households`)).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id: ids.household,
        access: 'summary',
        names: ['Quliyev Murad'],
        riskLevel: null,
      }),
    ]);
    const write = await dayCareWorker.request('POST', `${base}/households/${ids.household}/services`, {
      deliveredOn: '2026-09-02',
      type: 'childcare',
    });
    expect(write.statusCode).toBe(403);
  });

  it('shares the record read-only with alternative care as the consent allows, until it is withdrawn', async () => {
    const shared = (await household(villageWorker)).json();
    expect(shared.access).toEqual({ level: 'shared', canWrite: false });
    expect(shared.assessments).toHaveLength(3);
    expect(shared.members).toHaveLength(3);
    const write = await villageWorker.request('PUT', `${base}/households/${ids.household}`, {
      version: 1,
      address: 'x',
      phone: '',
      workerId: null,
    });
    expect(write.statusCode).toBe(403);
    // The day-care centre is not named by that consent.
    expect((await household(dayCareWorker)).json().access.level).toBe('summary');

    const consent = (await household(worker)).json().consents[0];
    const url = `${base}/consents/${consent.id}/withdraw`;
    expect(
      (await worker.request('POST', url, { version: consent.version, withdrawnOn: '2026-01-01' })).json()
        .error.details.rule,
    ).toBe('withdrawn_before_given');
    const withdrawn = await worker.request('POST', url, {
      version: consent.version,
      withdrawnOn: '2026-10-01',
    });
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawnOn: '2026-10-01' });
    expect(
      (await worker.request('POST', url, { version: consent.version, withdrawnOn: '2026-10-01' })).statusCode,
    ).toBe(409);
    expect((await household(villageWorker)).json().access.level).toBe('summary');

    await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: ids.mother,
      givenOn: '2026-10-02',
      shareWith: ['other_programmes'],
    });
    expect((await household(dayCareWorker)).json().access.level).toBe('shared');
    expect((await household(villageWorker)).json().access.level).toBe('summary');
  });

  it('audits every read of the record', async () => {
    const reads = await count("audit_events where action = 'household.viewed' and entity_id = $1", [
      ids.household,
    ]);
    await household(director);
    expect(
      await count("audit_events where action = 'household.viewed' and entity_id = $1", [ids.household]),
    ).toBe(reads + 1);
    expect((await household(director)).json().access).toEqual({ level: 'full', canWrite: false });
  });
});
