import { expect } from 'vitest';
import { fosterAdult, fosterApplication } from '../../support/foster-application';
import { createTestApp, type Session, type TestApp } from '../../support/test-app';

/**
 * The world of the foster tests (foster*.test.ts): a test app, the foster care officer, the
 * public application form and — for the placement story — the Azerbaijani family that
 * foster-decision.test.ts approves.
 */

let t: TestApp;

export const adult = fosterAdult;
export const application = fosterApplication;

/** Sends the public application form, without sign-in, from an address and in a language. */
export const apply = (body: unknown, ip = '198.51.100.7', lang = 'tr') =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/foster-applications',
    payload: body as object,
    remoteAddress: ip,
    headers: { 'accept-language': lang },
  });

export async function openFoster() {
  t = await createTestApp();
  return { t, officer: await t.signIn('foster_care_officer') };
}

/**
 * Leyla Əliyeva's family as foster-decision.test.ts leaves it: applied from Azerbaijan, every
 * requirement complete, approved for one child of 0–6 years with contract and certificate.
 * It is the only approved family of the country, so the one the matching story ranks.
 */
export async function approvedAzerbaijaniFamily(officer: Session) {
  const az = application({
    country: 'AZ',
    adults: [adult({ citizenship: 'AZ', residence: 'AZ', givenName: 'Leyla', familyName: 'Əliyeva' })],
    children: [],
  });
  const created = await apply(az, '198.51.100.30', 'az');
  expect(created.statusCode, created.body).toBe(201);
  const familyId = (
    await t.db.query<{ id: string }>('select id from foster_families where reference = $1', [
      created.json().reference,
    ])
  )[0]!.id;
  const url = `/api/foster/families/${familyId}`;
  let detail = (await officer.request('GET', url)).json();
  for (const r of detail.requirements)
    await officer.request('PUT', `/api/foster/requirements/${r.id}`, {
      version: r.version,
      status: 'complete',
    });
  detail = (await officer.request('GET', url)).json();
  detail = (
    await officer.request('POST', `${url}/status`, { version: detail.version, status: 'ready_for_review' })
  ).json();
  const approved = await officer.request('POST', `${url}/decision`, {
    version: detail.version,
    outcome: 'approved',
    reason: 'Ready.',
    ageMin: 0,
    ageMax: 6,
    childrenMax: 1,
    contractNumber: 'SXA-2026/17',
    certificateNumber: 'HA-000123',
  });
  expect(approved.json().status, approved.body).toBe('approved');
  return familyId;
}
