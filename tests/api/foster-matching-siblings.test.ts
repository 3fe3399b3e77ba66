import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { adult, application, apply, openFoster } from './support/foster';

/**
 * Matching for a child whose brother waits in short-term care (issue 16): the brother is counted,
 * and the family approved for a sibling group with two places ranks above the one near home with
 * one place, which ranked first before (54 against 51).
 */
let t: TestApp;
let officer: Session;
let ganja: string;
let baku: string;

const locationId = async (code: string) =>
  (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;

/** An Azerbaijani family applied, every requirement complete in one save, approved on `terms`. */
async function approvedFamily(
  ip: string,
  familyName: string,
  office: string,
  terms: { ageMin: number; ageMax: number; childrenMax: number; needs: string[] },
) {
  const body = application({
    country: 'AZ',
    languages: ['az'],
    adults: [adult({ citizenship: 'AZ', residence: 'AZ', givenName: 'Leyla', familyName })],
    children: [],
  });
  const created = await apply(body, ip, 'az');
  expect(created.statusCode, created.body).toBe(201);
  const id = (
    await t.db.query<{ id: string }>('select id from foster_families where reference = $1', [
      created.json().reference,
    ])
  )[0]!.id;
  const url = `/api/foster/families/${id}`;
  let detail = (await officer.request('GET', url)).json();
  detail = (
    await officer.request('POST', `${url}/requirements`, {
      requirements: detail.requirements.map((r: { id: string; version: number }) => ({
        id: r.id,
        version: r.version,
      })),
      status: 'complete',
    })
  ).json();
  detail = (
    await officer.request('PUT', `${url}/location`, { version: detail.version, locationId: office })
  ).json();
  detail = (
    await officer.request('POST', `${url}/status`, { version: detail.version, status: 'ready_for_review' })
  ).json();
  const approved = await officer.request('POST', `${url}/decision`, {
    version: detail.version,
    outcome: 'approved',
    reason: 'Ready.',
    ...terms,
    contractNumber: `SXA-2026/${ip.split('.').at(-1)}`,
    certificateNumber: `HA-000${ip.split('.').at(-1)}`,
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { id, reference: created.json().reference as string };
}

beforeAll(async () => {
  ({ t, officer } = await openFoster());
  ganja = await locationId('ganja');
  baku = await locationId('baku');
});
afterAll(() => t.close());

describe('matching a child whose brother waits', () => {
  it('counts the brother in short-term care and ranks the family approved for siblings with room for both first', async () => {
    const near = await approvedFamily('198.51.100.71', 'Yaxınova', ganja, {
      ageMin: 3,
      ageMax: 12,
      childrenMax: 1,
      needs: [],
    });
    const forSiblings = await approvedFamily('198.51.100.72', 'Bacıyeva', baku, {
      ageMin: 0,
      ageMax: 12,
      childrenMax: 2,
      needs: ['siblings'],
    });
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const referral = (
      await worker.request('POST', '/api/referrals', {
        receivedOn: '2026-11-10',
        source: 'guardianship_body',
        reasons: ['parent_death'],
        locationId: ganja,
        children: [
          {
            givenName: 'Aysu',
            familyName: 'Qardaşova',
            sex: 'female',
            birthDate: '2018-04-02',
            languages: ['az'],
          },
          {
            givenName: 'Tural',
            familyName: 'Qardaşov',
            sex: 'male',
            birthDate: '2016-08-12',
            languages: ['az'],
          },
        ],
      })
    ).json();
    const [sister, brother] = referral.cases.map((c: { id: string }) => c.id) as [string, string];
    const matches = async () => (await officer.request('GET', `/api/cases/${sister}/foster-matches`)).json();

    // Not placed yet: the brother waits.
    expect((await matches()).child.siblings).toBe(1);
    // In short-term care while a family is sought: he still waits (this was counted as 0).
    const stc = (
      await t.db.query<{ id: string }>("select id from programmes where code = 'ganja-short-term-care'")
    )[0]!.id;
    const shortTerm = await worker.request('POST', `/api/cases/${brother}/placements`, {
      settingType: 'short_term',
      programmeId: stc,
      orderedBy: 'voluntary',
      startDate: '2026-11-11',
    });
    expect(shortTerm.statusCode, shortTerm.body).toBe(201);
    const ranked = await matches();
    expect(ranked.child.siblings).toBe(1);
    const fitting = ranked.matches.filter((m: { exclusions: unknown[] }) => m.exclusions.length === 0);
    expect(fitting.map((m: { reference: string }) => m.reference)).toEqual([
      forSiblings.reference,
      near.reference,
    ]);
    expect(fitting[0].reasons.map((r: { factor: string }) => r.factor)).toEqual(
      expect.arrayContaining(['siblings_together', 'siblings_approved']),
    );
    expect(fitting[0].score).toBeGreaterThan(fitting[1].score);

    // Once the brother lives with a family, he no longer waits.
    const placed = await officer.request('POST', `/api/cases/${brother}/foster-placements`, {
      fosterFamilyId: forSiblings.id,
      startDate: '2026-11-20',
      orderedBy: 'administrative',
      endCurrentPlacement: { placementId: shortTerm.json().id, version: shortTerm.json().version },
      siblingsApartReason: 'The sister follows next week.',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect((await matches()).child.siblings).toBe(0);
  });
});
