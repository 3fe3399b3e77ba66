import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes } from '../../scripts/api-types';
import type { paths } from '../support/openapi';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

/**
 * A script's view of the API (docs/api.md): the types generated from the OpenAPI document by
 * `npm run api:types`, used through openapi-fetch. Every field read below is typed from the
 * document, so `npm run check` fails when the document loses one; the first test fails when
 * the committed types no longer match the document.
 */

/** The fetch of openapi-fetch, answered by the test app in-process (no port). */
function injectFetch(app: FastifyInstance) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const res = await app.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers),
      ...(body === undefined ? {} : { payload: body }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      for (const v of Array.isArray(value) ? value : [value])
        if (v !== undefined) headers.append(name, String(v));
    }
    return new Response(res.statusCode === 204 ? null : new Uint8Array(res.rawPayload), {
      status: res.statusCode,
      headers,
    });
  };
}

let t: TestApp;
let username: string;
let ganja: string;

beforeAll(async () => {
  t = await createTestApp();
  ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  // The user exists (an administrator would create them); the script signs in by itself below.
  username = (await t.signIn('social_worker', { locationIds: [ganja] })).username;
});
afterAll(() => t.close());

describe('a script using the typed client', () => {
  it('has the types of the current document committed (npm run api:types)', async () => {
    expect(await readFile(API_TYPES_FILE, 'utf8'), 'run npm run api:types').toBe(await apiTypes());
  });

  it('signs in, refers a child, reads the case back, corrects the name and finds it in the list', async () => {
    const fetch = injectFetch(t.app);
    const anonymous = createClient<paths>({ baseUrl: 'http://yuva.test', fetch });

    // Sign in: the session is the cookie, the CSRF token comes in the answer.
    const login = await anonymous.POST('/api/auth/login', { body: { username, password: TEST_PASSWORD } });
    expect(login.response.status).toBe(200);
    const cookie = login.response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('yuva_session='));
    expect(cookie).toBeDefined();
    const csrfToken = login.data!.csrfToken;
    const api = createClient<paths>({
      baseUrl: 'http://yuva.test',
      fetch,
      headers: { cookie: cookie!, 'x-csrf-token': csrfToken, 'accept-language': 'en' },
    });

    // A change without the CSRF header is refused, with the one error shape.
    const noCsrf = await anonymous.POST('/api/referrals', {
      headers: { cookie: cookie! },
      body: {
        receivedOn: '2026-11-20',
        source: 'police',
        reasons: ['abandonment'],
        locationId: ganja,
        children: [{ givenName: 'Orxan', familyName: 'Əliyev', sex: 'male', birthDate: '2015-01-01' }],
      },
    });
    expect(noCsrf.response.status).toBe(403);
    expect(noCsrf.error?.error.code).toBe('csrf_failed');

    // Reference data is a list: { items }.
    const locations = await api.GET('/api/locations');
    expect(locations.data!.items.map((l) => l.id)).toContain(ganja);

    const referral = await api.POST('/api/referrals', {
      body: {
        receivedOn: '2026-11-20',
        source: 'guardianship_body',
        reasons: ['parental_incapacity'],
        description: 'Mother in hospital.',
        locationId: ganja,
        children: [{ givenName: 'Aysal', familyName: 'Quliyeva', sex: 'female', birthDate: '2017-03-04' }],
        family: [{ givenName: 'Sevda', familyName: 'Quliyeva', relationship: 'mother', alive: 'yes' }],
      },
    });
    expect(referral.response.status, JSON.stringify(referral.error)).toBe(201);
    const caseId = referral.data!.cases[0]!.id;

    const opened = await api.GET('/api/cases/{id}', { params: { path: { id: caseId } } });
    expect(opened.data!.child).toMatchObject({ givenName: 'Aysal', familyName: 'Quliyeva' });
    expect(opened.data!.status).toBe('referred');

    const family = await api.GET('/api/cases/{id}/family', { params: { path: { id: caseId } } });
    expect(family.data!.items.map((m) => m.relationship)).toEqual(['mother']);

    const corrected = await api.PATCH('/api/cases/{id}/child', {
      params: { path: { id: caseId } },
      body: { version: opened.data!.child.version, givenName: 'Aysel' },
    });
    expect(corrected.data!.givenName).toBe('Aysel');

    // Reading the old version again is a conflict, not a silent overwrite.
    const stale = await api.PATCH('/api/cases/{id}/child', {
      params: { path: { id: caseId } },
      body: { version: opened.data!.child.version, givenName: 'Aysu' },
    });
    expect(stale.response.status).toBe(409);

    const list = await api.GET('/api/cases', { params: { query: { locationId: ganja, pageSize: 10 } } });
    const listed = list.data!.items.find((c) => c.id === caseId);
    expect(listed?.child.givenName).toBe('Aysel');
    expect(list.data!.total).toBeGreaterThanOrEqual(1);
    expect(list.data!.page).toBe(1);
  });
});
