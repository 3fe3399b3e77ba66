import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { type FakeHub, startFakeHub } from './support/fake-hub';

/**
 * A country's own Yuva connecting to the hub (decision 0045): choosing the country and the hub,
 * a key pair made here, registering the public key with a (fake) hub, comparing the fingerprint
 * and confirming. The private key must never leave the database.
 */
let t: TestApp;
let hub: FakeHub;
let admin: Session;
const bodies: string[] = [];

async function call(method: string, url: string, body?: unknown) {
  const res = await admin.request(method, url, body);
  bodies.push(res.body);
  return res;
}

const setUp = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  country: 'AZ',
  hubUrl: `${hub.url}/`,
  organisation: 'SOS Uşaq Kəndləri Azərbaycan',
  contact: 'admin@sos.az, +994 12 000 00 00',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  hub = await startFakeHub();
  admin = await t.signIn('admin');
});
afterAll(async () => {
  await hub.close();
  await t.close();
});

describe('connecting to the hub', () => {
  it('starts not set up, offering the countries of this installation’s locations', async () => {
    const res = await call('GET', '/api/cooperation/connection');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'not_set_up', country: null, publicKey: null, version: 1 });
    expect(res.json().countries).toContain('AZ');
  });

  it('refuses a hub address that is not https (or this computer), and a country not ours', async () => {
    for (const hubUrl of [
      'file:///etc/passwd',
      'http://example.org',
      'ftp://hub.example',
      'https://u:p@hub.example',
    ]) {
      const res = await call('PUT', '/api/cooperation/connection', setUp(1, { hubUrl }));
      expect(res.statusCode, hubUrl).toBe(400);
      expect(res.json().error.details.fields[0].field).toBe('body.hubUrl');
      expect(res.json().error.details.fields[0].message).toMatch(/https:\/\//);
    }
    const elsewhere = await call('PUT', '/api/cooperation/connection', setUp(1, { country: 'KZ' }));
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().error.details.rule).toBe('cooperation_link_country_not_here');
  });

  it('makes a key pair the first time and shows only its public half and fingerprint', async () => {
    const res = await call('PUT', '/api/cooperation/connection', setUp(1));
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({ state: 'not_registered', country: 'AZ', hubUrl: hub.url, version: 2 });
    expect(c.publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(c.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    // Saving again keeps the key; another version than the one read is a conflict.
    const again = await call('PUT', '/api/cooperation/connection', setUp(2, { contact: 'Aysel, +994 50' }));
    expect(again.json().fingerprint).toBe(c.fingerprint);
    const stale = await call('PUT', '/api/cooperation/connection', setUp(2));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('changes nothing when the hub does not answer, refuses, or is not a hub', async () => {
    const before = (await call('GET', '/api/cooperation/connection')).json();
    hub.mode = 'refuse';
    const refused = await call('POST', '/api/cooperation/connection/register', { version: before.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rule).toBe('cooperation_hub_refused');
    expect(refused.json().error.message).toContain('The country XX is not a member of the group.');
    hub.mode = 'nonsense';
    const nonsense = await call('POST', '/api/cooperation/connection/register', { version: before.version });
    expect(nonsense.json().error.details.rule).toBe('cooperation_hub_bad_answer');
    hub.mode = 'accept';
    const down = await startFakeHub();
    await down.close();
    const moved = await call(
      'PUT',
      '/api/cooperation/connection',
      setUp(before.version, { hubUrl: down.url }),
    );
    const unreachable = await call('POST', '/api/cooperation/connection/register', {
      version: moved.json().version,
    });
    expect(unreachable.statusCode).toBe(422);
    expect(unreachable.json().error.details.rule).toBe('cooperation_hub_unreachable');
    expect(unreachable.json().error.message).toContain(down.url);
    const after = (await call('GET', '/api/cooperation/connection')).json();
    expect(after).toMatchObject({
      state: 'not_registered',
      registeredAt: null,
      version: moved.json().version,
    });
    await call('PUT', '/api/cooperation/connection', setUp(after.version));
  });

  it('registers the public key (never the private), then confirms after comparing the fingerprint', async () => {
    const c = (await call('GET', '/api/cooperation/connection')).json();
    hub.received.length = 0;
    const res = await call('POST', '/api/cooperation/connection/register', { version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'registered',
      hubKeyStatus: 'pending',
      fingerprint: c.fingerprint,
    });
    expect(hub.received).toHaveLength(1);
    // The hub is asked to answer in the administrator's own language (the test user's: az).
    expect(hub.received[0]).toMatchObject({ path: '/api/hub/keys', language: 'az' });
    expect(Object.keys(hub.received[0]!.body as object).sort()).toEqual([
      'contact',
      'country',
      'organisation',
      'publicKey',
    ]);
    expect(hub.received[0]!.body).toMatchObject({ country: 'AZ', publicKey: c.publicKey });
    expect(JSON.stringify(hub.received[0]!.body)).not.toMatch(/PRIVATE/);

    const wrong = await call('POST', '/api/cooperation/connection/confirm', {
      version: res.json().version,
      fingerprint: '0000 0000 0000 0000 0000 0000 0000 0000',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details.rule).toBe('cooperation_fingerprint_differs');
    const confirmed = await call('POST', '/api/cooperation/connection/confirm', {
      version: res.json().version,
      fingerprint: c.fingerprint.toUpperCase().replaceAll(' ', ''),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', confirmedBy: 'Test admin' });
  });

  it('asks for registering again after a new key pair', async () => {
    const c = (await call('GET', '/api/cooperation/connection')).json();
    const renewed = await call('PUT', '/api/cooperation/connection', setUp(c.version, { newKey: true }));
    expect(renewed.json()).toMatchObject({ state: 'not_registered', confirmedAt: null, hubKeyStatus: null });
    expect(renewed.json().fingerprint).not.toBe(c.fingerprint);
    const early = await call('POST', '/api/cooperation/connection/confirm', {
      version: renewed.json().version,
      fingerprint: renewed.json().fingerprint,
    });
    expect(early.json().error.details.rule).toBe('cooperation_link_not_registered');
  });

  it('is for the administrator only', async () => {
    for (const role of ['director', 'social_worker', 'working_group_member'] as const) {
      const other = await t.signIn(role);
      expect((await other.request('GET', '/api/cooperation/connection')).statusCode).toBe(403);
      expect((await other.request('PUT', '/api/cooperation/connection', setUp(1))).statusCode).toBe(403);
    }
  });

  it('never shows the private key in an answer or an audit row', async () => {
    const privateKey = (
      await t.db.query<{ private_key: string }>('select private_key from cooperation_settings')
    )[0]!.private_key;
    expect(privateKey).toMatch(/PRIVATE KEY/);
    const secret = privateKey.split('\n')[1]!;
    expect(bodies.length).toBeGreaterThan(10);
    expect(bodies.filter((b) => b.includes('PRIVATE') || b.includes(secret))).toEqual([]);
    const audited = await t.db.query<{ action: string; changes: unknown }>(
      `select action, changes from audit_events where action like 'cooperation.%'`,
    );
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'cooperation.link_changed',
        'cooperation.hub_registered',
        'cooperation.hub_confirmed',
      ]),
    );
    expect(JSON.stringify(audited)).not.toMatch(/PRIVATE/);
    expect(JSON.stringify(audited)).not.toContain(secret);
  });
});
