import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fosterApplication } from '../support/foster-application';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The foster funnel by place, counted by hand. Ganja and Baku are Azerbaijan's offices, Ankara
 * (added here) Turkey's; every family has an office area. Applications are made today
 * (25 November 2026), inquiries in June.
 *   Ganja:  families G1, G2; inquiries I1 (Ganja, became G1), I2 (Ganja, open),
 *           I3 (taken at Baku, became G2: counted where the family is)   → 3 inquiries, 2 applications
 *   Baku:   family B1; inquiries I4 (Baku, open), I5 (no office given, became B1) → 2 inquiries, 1 application
 *   Ankara: family T1; inquiries A1–A5 (Ankara)                                  → 5 inquiries, 1 application
 *   The organisation: 10 inquiries, 4 applications — the sum of its three offices.
 *   Azerbaijan's exchange document (2026 to the end of October, protected): 5 inquiries
 *   (Ganja 3 + Baku 2, published as 5; with Turkey's it would be 10), applications not yet.
 */
let t: TestApp;
let officer: Session;
let ganja: string;
let baku: string;
let ankara: string;
let g1: string;
let t1: string;

type Body = { indicators: { id: string; rows: { stage: string; n: number | null }[] }[] };
const funnel = (body: Body) =>
  Object.fromEntries(body.indicators.find((i) => i.id === 'foster_funnel')!.rows.map((r) => [r.stage, r.n]));

const azAdult = (givenName: string) => ({
  givenName,
  familyName: 'Qasımova',
  birthDate: '1984-04-04',
  education: 'higher',
  regularIncome: true,
  citizenship: 'AZ',
  residence: 'AZ',
  applicant: true,
});

/** A family applies through the public form; the officer records the office whose area it lives in. */
async function family(country: 'AZ' | 'TR', locationId: string, ip: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/foster-applications',
    remoteAddress: ip,
    payload:
      country === 'TR'
        ? fosterApplication()
        : fosterApplication({
            country: 'AZ',
            address: 'Nizami küç. 5',
            district: '',
            phone: '+994 22 000 00 00',
            adults: [azAdult('Leyla'), { ...azAdult('Elnur'), familyName: 'Qasımov' }],
            children: [],
          }),
  });
  expect(res.statusCode, res.body).toBe(201);
  const { items } = (await officer.request('GET', '/api/foster/families?pageSize=100')).json();
  const id = items.find((f: { reference: string }) => f.reference === res.json().reference).id;
  const detail = (await officer.request('GET', `/api/foster/families/${id}`)).json();
  const located = await officer.request('PUT', `/api/foster/families/${id}/location`, {
    version: detail.version,
    locationId,
  });
  expect(located.statusCode, located.body).toBe(200);
  return id;
}

async function inquiry(country: 'AZ' | 'TR', locationId: string | null, receivedOn = '2026-06-10') {
  const res = await officer.request('POST', '/api/foster/inquiries', {
    country,
    receivedOn,
    source: 'website',
    ...(locationId ? { locationId } : {}),
    contactName: 'Nigar Əliyeva',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function link(inquiryId: string, familyId: string) {
  const lists = (await officer.request('GET', '/api/foster/recruitment')).json();
  const current = lists.inquiries.find((i: { id: string }) => i.id === inquiryId);
  const res = await officer.request('PUT', `/api/foster/inquiries/${inquiryId}`, {
    version: current.version,
    status: 'applied',
    familyId,
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toMatchObject({ familyId, status: 'applied' });
}

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn('foster_care_officer');
  const loc = async (code: string) =>
    (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;
  ganja = await loc('ganja');
  baku = await loc('baku');
  // Reference data: Turkey's office (no route adds locations).
  ankara = (
    await t.db.query<{ id: string }>(
      `insert into locations (code, name, country) values ('ankara', '{"az": "Ankara", "en": "Ankara", "ru": "Анкара", "tr": "Ankara"}', 'TR') returning id`,
    )
  )[0]!.id;

  g1 = await family('AZ', ganja, '198.51.100.11');
  const g2 = await family('AZ', ganja, '198.51.100.12');
  const b1 = await family('AZ', baku, '198.51.100.13');
  t1 = await family('TR', ankara, '198.51.100.14');

  await link(await inquiry('AZ', ganja, '2026-06-02'), g1);
  await inquiry('AZ', ganja, '2026-06-03');
  await link(await inquiry('AZ', baku, '2026-06-04'), g2);
  await inquiry('AZ', baku, '2026-06-05');
  await link(await inquiry('AZ', null, '2026-06-06'), b1);
  for (let n = 0; n < 5; n++) await inquiry('TR', ankara, `2026-06-1${n}`);
});
afterAll(() => t.close());

describe('the foster funnel by place', () => {
  it("keeps the inquiry's office, and places an inquiry that became a family where the family is", async () => {
    const { inquiries } = (await officer.request('GET', '/api/foster/recruitment')).json();
    expect(inquiries.filter((i: { locationId: string | null }) => i.locationId === baku)).toHaveLength(2);
    expect(inquiries.filter((i: { locationId: string | null }) => i.locationId === null)).toHaveLength(1);
  });

  it("counts each office's own families and inquiries, and the organisation's is their sum", async () => {
    const director = await t.signIn('director');
    const at = async (locationId?: string) =>
      funnel(
        (
          await director.request(
            'GET',
            `/api/indicators/dashboard${locationId ? `?locationId=${locationId}` : ''}`,
          )
        ).json(),
      );
    const [org, g, b, a] = [await at(), await at(ganja), await at(baku), await at(ankara)];
    expect(g).toMatchObject({ inquiries: 3, applications: 2 });
    expect(b).toMatchObject({ inquiries: 2, applications: 1 });
    expect(a).toMatchObject({ inquiries: 5, applications: 1 });
    expect(org).toMatchObject({ inquiries: 10, applications: 4 });
    for (const stage of Object.keys(org))
      expect(org[stage], stage).toBe((g[stage] ?? 0) + (b[stage] ?? 0) + (a[stage] ?? 0));
  });

  it("gives a director of Ganja only Ganja's funnel", async () => {
    const director = await t.signIn('director', { locationIds: [ganja] });
    const body = (await director.request('GET', '/api/indicators/dashboard')).json();
    expect(funnel(body)).toMatchObject({ inquiries: 3, applications: 2 });
  });

  it('protects the funnel by place for the analyst: 2026 to October, under 5 withheld', async () => {
    const analyst = await t.signIn('analyst');
    const at = async (q: string) =>
      funnel((await analyst.request('GET', `/api/indicators/dashboard${q}`)).json());
    expect(await at('')).toMatchObject({ inquiries: 10, applications: null });
    expect(await at(`?locationId=${ankara}`)).toMatchObject({ inquiries: 5 });
    expect(await at(`?locationId=${ganja}`)).toMatchObject({ inquiries: null });
  });

  it("puts only the exporting country's funnel in the exchange document, protected", async () => {
    const director = await t.signIn('director', { locationIds: [ganja, baku] });
    const res = await director.request('GET', '/api/indicators/exchange?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().country).toBe('AZ');
    // 5 of Azerbaijan's (Turkey's 5 would make 10); the applications fall after October.
    expect(funnel(res.json())).toMatchObject({ inquiries: 5, applications: null });
  });

  it('links an inquiry to a family of its own country found by reference or name, and to no other', async () => {
    // Received in 2025, outside the year counted above.
    const id = await inquiry('AZ', ganja, '2025-06-01');
    const found = (q: string) =>
      officer
        .request('GET', `/api/foster/families?country=AZ&pageSize=20&q=${encodeURIComponent(q)}`)
        .then((r) => r.json().items.map((f: { id: string }) => f.id));
    const g1Reference = (await officer.request('GET', `/api/foster/families/${g1}`)).json().reference;
    expect(await found(g1Reference)).toEqual([g1]);
    expect((await found('Leyla')).length).toBe(3); // every Azerbaijani family has a Leyla applying
    expect(await found('%')).toEqual([]); // a wildcard is only itself

    const version = async () =>
      (await officer.request('GET', '/api/foster/recruitment'))
        .json()
        .inquiries.find((i: { id: string }) => i.id === id);
    const before = await version();
    const refused = await officer.request('PUT', `/api/foster/inquiries/${id}`, {
      version: before.version,
      status: 'applied',
      familyId: t1,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('rule_violation');
    expect(await version()).toEqual(before);

    await link(id, g1);
    expect(await version()).toMatchObject({ familyId: g1, familyReference: g1Reference });
    const dropped = await officer.request('PUT', `/api/foster/inquiries/${id}`, {
      version: (await version()).version,
      status: 'dropped',
      dropReasonCode: 'moved_away',
      dropReason: 'Köçdülər',
      familyId: g1,
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json()).toMatchObject({ status: 'dropped', familyId: null, familyReference: null });
  });
});
