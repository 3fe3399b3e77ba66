import { expect } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../support/test-app';

/**
 * The world of the case tests (case-lifecycle*.test.ts): Ganja's SOS village with its houses
 * and the short-term care centre, a Ganja worker, their supervisor and an administrator — and,
 * for the stories that start later, the Məmmədov siblings referred, approved for an SOS family
 * and placed together in house 1.
 */

let t: TestApp;
let worker: Session;
let supervisor: Session;
type Key = 'ganja' | 'baku' | 'ganjaVillage' | 'stc' | 'house1' | 'house2' | 'aysel' | 'murad' | 'baby';
export const ids = {} as Record<Key, string>;

async function id(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ id: string }>(sql, params))[0]!.id;
}

export const child = (givenName: string, birthDate: string, sex: 'female' | 'male' = 'female') => ({
  givenName,
  familyName: 'Məmmədova',
  patronymic: 'Rəşid qızı',
  sex,
  birthDate,
});

export async function openCaseLifecycle() {
  t = await createTestApp();
  ids.ganja = await id("select id from locations where code = 'ganja'");
  ids.baku = await id("select id from locations where code = 'baku'");
  ids.ganjaVillage = await id("select id from programmes where code = 'ganja-village'");
  ids.stc = await id("select id from programmes where code = 'ganja-short-term-care'");
  ids.house1 = await id('select id from family_houses where programme_id = $1 and house_number = 1', [
    ids.ganjaVillage,
  ]);
  ids.house2 = await id('select id from family_houses where programme_id = $1 and house_number = 2', [
    ids.ganjaVillage,
  ]);
  worker = await t.signIn('social_worker', { locationIds: [ids.ganja] });
  supervisor = await t.signIn('supervisor', { locationIds: [ids.ganja] });
  return { t, worker, supervisor, admin: await t.signIn('admin') };
}

/** Aysel and her brother Murad referred together with their birth family: one case each. */
export async function referSiblings() {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-11-20',
    source: 'guardianship_body',
    reasons: ['parental_incapacity'],
    description: 'Mother hospitalised, no relatives able to care.',
    locationId: ids.ganja,
    programmeId: ids.ganjaVillage,
    children: [
      child('Aysel', '2016-04-02'),
      {
        ...child('Murad', '2018-09-15', 'male'),
        familyName: 'Məmmədov',
        patronymic: 'Rəşid oğlu',
        nationalIdType: 'az_fin',
        nationalId: '5zk8g2p',
      },
    ],
    family: [
      {
        givenName: 'Gülnarə',
        familyName: 'Məmmədova',
        relationship: 'mother',
        alive: 'yes',
        whereabouts: 'Ganja hospital',
        parentalRights: 'full',
      },
      {
        givenName: 'Rəşid',
        familyName: 'Məmmədov',
        relationship: 'father',
        alive: 'no',
        parentalRights: 'not_applicable',
      },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases as { id: string; caseNumber: string }[];
}

/** A complete gatekeeping decision for an SOS family, sent by the worker and approved. */
export async function approvedGatekeeping(caseId: string) {
  const g = (
    await worker.request('POST', `/api/cases/${caseId}/gatekeeping`, {
      supportTried: 'Daily visits and food support for two weeks; no relative could take the children.',
      optionsConsidered: ['kinship', 'foster', 'sos_family'],
      participants: 'Worker, guardianship body, mother',
      childViews: 'Wants to stay with her brother.',
      parentsViews: 'Mother agrees while she is in hospital.',
      decision: 'sos_family',
      decisionReason: 'No kinship carer; siblings can stay together in one house.',
      authorityDecisionNumber: 'QHO-2026/114',
      authorityDecisionDate: '2026-11-22',
    })
  ).json();
  const sent = await worker.request('POST', `/api/gatekeeping/${g.id}/submit`, { version: g.version });
  const ok = await supervisor.request('POST', `/api/gatekeeping/${g.id}/review`, {
    version: sent.json().version,
    outcome: 'approve',
    comment: '',
  });
  expect(ok.json().status).toBe('approved');
}

export const place = (s: Session, caseId: string, body: Record<string, unknown>) =>
  s.request('POST', `/api/cases/${caseId}/placements`, {
    settingType: 'sos_family',
    programmeId: ids.ganjaVillage,
    orderedBy: 'administrative',
    startDate: '2026-11-24',
    ...body,
  });

/**
 * The siblings as the first part of case-lifecycle.test.ts leaves them: referred on 20 November,
 * gatekeeping approved, placed together in house 1 of the SOS village on 24 November. As in that
 * story the worker has opened Murad's birth family and his case — the parts his access log lists.
 */
export async function siblingsPlacedTogether() {
  const [aysel, murad] = await referSiblings();
  ids.aysel = aysel!.id;
  ids.murad = murad!.id;
  expect((await worker.request('GET', `/api/cases/${ids.murad}/family`)).json().items).toHaveLength(3);
  await approvedGatekeeping(ids.aysel);
  await approvedGatekeeping(ids.murad);
  for (const caseId of [ids.aysel, ids.murad]) {
    const placed = await place(worker, caseId, { houseId: ids.house1 });
    expect(placed.statusCode, placed.body).toBe(201);
  }
  expect((await worker.request('GET', `/api/cases/${ids.murad}`)).json().status).toBe('in_care');
}
