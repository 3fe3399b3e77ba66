import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../common/contracts/search';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * What the search box answers beyond names: part of a case number finds the case, a caregiver
 * comes with the house to open, and a page that is not all says there are more.
 */
let t: TestApp;
let worker: Session;
let bakuWorker: Session;
let ganja: string;
const MANY = 14;

beforeAll(async () => {
  t = await createTestApp();
  const id = async (code: string) =>
    (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;
  ganja = await id('ganja');
  worker = await t.signIn('social_worker', { locationIds: [ganja] });
  bakuWorker = await t.signIn('social_worker', { locationIds: [await id('baku')] });
  for (let i = 0; i < MANY; i++) {
    const res = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-01',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ganja,
      children: [
        {
          givenName: `Nigar${String.fromCharCode(97 + i)}`,
          familyName: 'Çoxbilən',
          sex: 'female',
          birthDate: `2012-03-${String(i + 1).padStart(2, '0')}`,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

const search = async (q: string, limit?: number, s = worker) => {
  const res = await s.request(
    'GET',
    `/api/search/people?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: SearchHit[]; more: boolean };
};

describe('part of a case number', () => {
  it('finds the case by its last digits, or by year and number', async () => {
    const [one] = (await search('Çoxbilən Nigarc')).items;
    const number = one!.caseNumber!;
    expect(number).toMatch(/^YV-\d{4}-\d{6}$/);
    const digits = number.slice(-6);
    expect((await search(digits)).items.map((h) => h.caseNumber)).toEqual([number]);
    expect((await search(number.slice(3))).items.map((h) => h.caseNumber)).toEqual([number]);
    // Fewer digits find every case whose number holds them, this one among them.
    expect((await search(digits.slice(-3))).items.map((h) => h.caseNumber)).toContain(number);
    // With a name, the number narrows the name.
    expect((await search(`Çoxbilən ${digits}`)).items).toHaveLength(1);
    // Not to another worker who may not see the case.
    expect((await search(digits, undefined, bakuWorker)).items).toEqual([]);
  });
});

describe('more than a page of results', () => {
  it('says there are more than the dozen shown, and gives them when asked for more', async () => {
    const first = await search('Çoxbilən', 12);
    expect(first.items).toHaveLength(12);
    expect(first.more).toBe(true);
    const all = await search('Çoxbilən', 24);
    expect(all.items).toHaveLength(MANY);
    expect(all.more).toBe(false);
    expect(all.items.slice(0, 12).map((h) => h.personId)).toEqual(first.items.map((h) => h.personId));
  });
});

describe('a caregiver', () => {
  it('comes with her house and village to open, when the worker may open the village', async () => {
    const village = (
      await t.db.query<{ id: string }>(
        "select id from programmes where type = 'family_based_care' and location_id = $1 limit 1",
        [ganja],
      )
    )[0]!.id;
    const house = (
      await t.db.query<{ id: string }>(
        `insert into family_houses (programme_id, house_number, name, capacity) values ($1, 97, 'Ev 97', 6) returning id`,
        [village],
      )
    )[0]!.id;
    const person = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-01',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ganja,
      children: [{ givenName: 'Tmp', familyName: 'Tmp', sex: 'female', birthDate: '2015-01-01' }],
      family: [{ givenName: 'Mehriban', familyName: 'Qayğıkeş', relationship: 'other' }],
    });
    expect(person.statusCode).toBe(201);
    // The same person record serves as the house's SOS parent; her family link is then removed.
    const mother = (
      await t.db.query<{ id: string }>("select id from persons where family_name = 'Qayğıkeş'")
    )[0]!.id;
    await t.db.query('delete from family_members where person_id = $1', [mother]);
    await t.db.query(
      "insert into house_caregivers (house_id, person_id, role, start_date) values ($1, $2, 'sos_parent', '2020-01-01')",
      [house, mother],
    );
    const [hit] = (await search('Qayğıkeş Mehriban')).items;
    expect(hit).toMatchObject({
      kind: 'caregiver',
      caseId: null,
      houseId: house,
      houseNumber: 97,
      programmeId: village,
    });
    // A worker of another place still finds her, but gets no village to open.
    const [theirs] = (await search('Qayğıkeş Mehriban', undefined, bakuWorker)).items;
    expect(theirs).toMatchObject({ kind: 'caregiver', houseId: null, programmeId: null });
  });
});
