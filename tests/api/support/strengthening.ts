import { expect } from 'vitest';
import { RISK_DOMAINS } from '../../../common/strengthening';
import { createTestApp, type Session, type TestApp } from '../../support/test-app';

/**
 * The world of the family-strengthening tests (family-strengthening*.test.ts): the Ganja and
 * Baku programmes, a worker of each location and the other readers, and — for the tests that
 * start later in the family's story — the Quliyev family registered, assessed and enrolled.
 */

let t: TestApp;
export const ids = {} as Record<
  | 'ganja'
  | 'baku'
  | 'ganjaFs'
  | 'bakuFs'
  | 'ganjaDayCare'
  | 'ganjaVillage'
  | 'household'
  | 'mother'
  | 'aysel'
  | 'murad'
  | 'ayselCase'
  | 'enrolment'
  | 'plan',
  string
>;

export async function id(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ id: string }>(sql, params))[0]!.id;
}
export async function count(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]!.n;
}

export const scores = (values: number[], note = '') =>
  RISK_DOMAINS.map((domain, i) => ({ domain, score: values[i]!, note }));
export const base = '/api/strengthening';
export const household = (s: Session, householdId = ids.household) =>
  s.request('GET', `${base}/households/${householdId}`);

/** A test app with the places and the people who work with families. */
export async function openStrengthening() {
  t = await createTestApp();
  ids.ganja = await id("select id from locations where code = 'ganja'");
  ids.baku = await id("select id from locations where code = 'baku'");
  ids.ganjaFs = await id("select id from programmes where code = 'ganja-family-strengthening'");
  ids.bakuFs = await id("select id from programmes where code = 'baku-family-strengthening'");
  ids.ganjaDayCare = await id("select id from programmes where code = 'ganja-day-care'");
  ids.ganjaVillage = await id("select id from programmes where code = 'ganja-village'");
  return {
    t,
    worker: await t.signIn('social_worker', { locationIds: [ids.ganja] }),
    admin: await t.signIn('admin'),
    director: await t.signIn('director'),
    bakuWorker: await t.signIn('social_worker', { locationIds: [ids.baku] }),
    dayCareWorker: await t.signIn('social_worker', { programmeIds: [ids.ganjaDayCare] }),
    villageWorker: await t.signIn('social_worker', { programmeIds: [ids.ganjaVillage] }),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a response body, read as the tests read it.
async function created(response: Promise<{ statusCode: number; body: string; json(): any }>) {
  const res = await response;
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/**
 * The family as family-strengthening.test.ts leaves it: Aysel (known to alternative care), her
 * mother and brother registered; assessed three times (the latest at medium risk); the mother's
 * consent shared with alternative care; enrolled on 20 February 2026; with `plan`, its
 * development plan of two goals, first review due on 1 September 2026.
 */
export async function enrolledFamily(worker: Session, { plan = false } = {}) {
  const referral = await created(
    worker.request('POST', '/api/referrals', {
      receivedOn: '2026-01-15',
      source: 'school',
      reasons: ['parental_incapacity'],
      locationId: ids.ganja,
      programmeId: ids.ganjaVillage,
      children: [{ givenName: 'Aysel', familyName: 'Quliyeva', sex: 'female', birthDate: '2015-05-02' }],
    }),
  );
  ids.ayselCase = referral.cases[0].id;
  ids.aysel = referral.cases[0].childId;
  const family = await created(
    worker.request('POST', `${base}/households`, {
      locationId: ids.ganja,
      address: 'Gəncə, Nizami küç. 12',
      phone: '+994 50 123 45 67',
      members: [
        {
          relationship: 'mother',
          givenName: 'Nərgiz',
          familyName: 'Quliyeva',
          sex: 'female',
          birthDate: '1988-03-09',
        },
        {
          relationship: 'child',
          givenName: 'Aysel',
          familyName: 'Quliyeva',
          sex: 'female',
          birthDate: '2015-05-02',
          existingPersonId: ids.aysel,
        },
        {
          relationship: 'child',
          givenName: 'Murad',
          familyName: 'Quliyev',
          sex: 'male',
          birthDate: '2019-10-20',
        },
      ],
    }),
  );
  ids.household = family.id;
  const members = (await household(worker)).json().members;
  ids.mother = members[0].personId;
  ids.murad = members[2].personId;
  const url = `${base}/households/${ids.household}`;
  for (const [assessedOn, values] of [
    ['2026-02-10', [2, 1, 3, 2, 3, 3]],
    ['2026-05-10', [3, 2, 3, 3, 3, 4]],
    ['2026-08-10', [3, 3, 3, 3, 4, 4]],
  ] as const)
    await created(worker.request('POST', `${url}/assessments`, { assessedOn, scores: scores([...values]) }));
  await created(
    worker.request('POST', `${url}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: ids.mother,
      givenOn: '2026-02-10',
      shareWith: ['alternative_care'],
    }),
  );
  ids.enrolment = (
    await created(worker.request('POST', `${url}/enrolments`, { programmeId: ids.ganjaFs, on: '2026-02-20' }))
  ).id;
  if (!plan) return;
  ids.plan = (
    await created(
      worker.request('POST', `${base}/enrolments/${ids.enrolment}/plan`, {
        startedOn: '2026-03-01',
        goals: [
          { domain: 'income', goal: 'The mother has a regular income', targetOn: '2026-12-31' },
          { domain: 'housing', goal: 'Rent arrears paid', responsible: 'Worker' },
        ],
      }),
    )
  ).id;
}
