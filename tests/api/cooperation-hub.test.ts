import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setHub } from '../../server/db/repositories/cooperation-members.repository';
import { fingerprint, newKeyPair } from '../../server/domain/cooperation/signature';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { hubWithMembers, NAMES, registerKey } from './support/hub';

/** The hub's switch, its register of countries and delegates, and countries' keys (issue 17). */

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await hubWithMembers(t);
});
afterAll(() => t.close());

const keyRows = (country: string) =>
  t.db.query<{ id: string; status: string }>(
    'select id, status from country_keys where country = $1 order by registered_at',
    [country],
  );

describe('the hub switch', () => {
  it('tells whether this installation is the hub and turns it off and on, audited, with versions', async () => {
    const state = await admin.request('GET', '/api/cooperation/hub');
    expect(state.json()).toMatchObject({ isHub: true });
    const off = await admin.request('PUT', '/api/cooperation/hub', {
      isHub: false,
      version: state.json().version,
    });
    expect(off.statusCode).toBe(200);
    expect((await admin.request('GET', '/api/cooperation/countries')).statusCode).toBe(404);
    const stale = await admin.request('PUT', '/api/cooperation/hub', {
      isHub: true,
      version: state.json().version,
    });
    expect(stale.statusCode).toBe(409);
    const on = await admin.request('PUT', '/api/cooperation/hub', {
      isHub: true,
      version: off.json().version,
    });
    expect(on.json().isHub).toBe(true);
    const [audited] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'cooperation.hub_switched'",
    );
    expect(audited!.n).toBe(2);
  });
});

describe('the register', () => {
  it('adds a country, changes it with its version and refuses a stale change', async () => {
    const names = { az: 'Gürcüstan', tr: 'Gürcistan', ru: 'Грузия', en: 'Georgia' };
    const added = await admin.request('POST', '/api/cooperation/countries', {
      code: 'GE',
      names,
      joinedOn: '2026-06-30',
      status: 'observer',
    });
    expect(added.statusCode).toBe(201);
    const again = await admin.request('POST', '/api/cooperation/countries', {
      code: 'GE',
      names,
      joinedOn: '2026-06-30',
      status: 'observer',
    });
    expect(again.json().error.details.rule).toBe('cooperation_country_exists');
    const changed = await admin.request('PUT', '/api/cooperation/countries/GE', {
      names,
      joinedOn: '2026-06-30',
      status: 'member',
      version: 1,
    });
    expect(changed.json()).toMatchObject({ status: 'member', version: 2 });
    const stale = await admin.request('PUT', '/api/cooperation/countries/GE', {
      names,
      joinedOn: '2026-06-30',
      status: 'left',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const list = await admin.request('GET', '/api/cooperation/countries');
    expect(list.json().items.map((c: { code: string }) => c.code)).toEqual(['AZ', 'GE', 'TR']);
  });

  it('records an organisation and a delegate linked to a working-group account, checking the links', async () => {
    const org = await admin.request('POST', '/api/cooperation/organisations', {
      country: 'TR',
      name: 'Aile ve Sosyal Hizmetler Bakanlığı',
      kind: 'ministry',
    });
    expect(org.statusCode).toBe(201);
    const member = await t.signIn('working_group_member');
    const worker = await t.signIn('social_worker');
    const body = {
      country: 'AZ',
      organisationId: org.json().id,
      userId: member.userId,
      fullName: 'Leyla Məmmədli',
      email: 'leyla@example.org',
      groupRole: 'secretary',
      termFrom: '2025-09-18',
      termTo: null,
    };
    const otherCountry = await admin.request('POST', '/api/cooperation/delegates', body);
    expect(otherCountry.json().error.details.rule).toBe('cooperation_organisation_other_country');
    const notMember = await admin.request('POST', '/api/cooperation/delegates', {
      ...body,
      country: 'TR',
      userId: worker.userId,
    });
    expect(notMember.json().error.details.rule).toBe('cooperation_delegate_role');
    const added = await admin.request('POST', '/api/cooperation/delegates', { ...body, country: 'TR' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ username: member.username, organisationName: org.json().name });
    const twice = await admin.request('POST', '/api/cooperation/delegates', { ...body, country: 'TR' });
    expect(twice.json().error.details.rule).toBe('cooperation_user_already_delegate');
    const { country: _c, ...update } = body;
    const changed = await admin.request('PUT', `/api/cooperation/delegates/${added.json().id}`, {
      ...update,
      groupRole: 'chair',
      version: 1,
    });
    expect(changed.json()).toMatchObject({ groupRole: 'chair', version: 2 });
    const stale = await admin.request('PUT', `/api/cooperation/delegates/${added.json().id}`, {
      ...update,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    // The working group reads the register; only the hub's administrator changes it.
    expect((await member.request('GET', '/api/cooperation/delegates')).json().items).toHaveLength(1);
    expect(
      (
        await member.request('POST', '/api/cooperation/organisations', {
          country: 'TR',
          name: 'x',
          kind: 'other',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe("countries' keys", () => {
  it('registers a key as pending, answers a repeat with its status, refuses a private key and a non-member', async () => {
    const keys = newKeyPair();
    const first = await registerKey(t, 'AZ', keys);
    expect(first.res.statusCode).toBe(200);
    expect(first.res.json()).toEqual({ fingerprint: fingerprint(keys.publicKey), status: 'pending' });
    expect((await registerKey(t, 'AZ', keys)).res.json().status).toBe('pending');
    expect(await keyRows('AZ')).toHaveLength(1);
    const privateKey = await t.app.inject({
      method: 'POST',
      url: '/api/hub/keys',
      payload: { country: 'AZ', publicKey: keys.privateKey, organisation: 'x', contact: 'y' },
    });
    expect(privateKey.json().error.details.rule).toBe('cooperation_key_unreadable');
    expect((await registerKey(t, 'UZ')).res.json().error.details.rule).toBe('document_unknown_country');
    expect((await registerKey(t, 'TR', keys)).res.json().error.details.rule).toBe(
      'cooperation_key_other_country',
    );
  });

  it('confirming a second key of a country revokes the first in the same step', async () => {
    await registerKey(t, 'TR');
    await registerKey(t, 'TR');
    const [a, b] = await keyRows('TR');
    expect((await admin.request('POST', `/api/cooperation/keys/${a!.id}/confirm`)).json().status).toBe(
      'confirmed',
    );
    const second = await admin.request('POST', `/api/cooperation/keys/${b!.id}/confirm`);
    expect(second.json()).toMatchObject({ status: 'confirmed', confirmedBy: admin.username });
    expect((await keyRows('TR')).map((k) => k.status)).toEqual(['revoked', 'confirmed']);
    expect((await admin.request('POST', `/api/cooperation/keys/${a!.id}/confirm`)).statusCode).toBe(409);
    const revoked = await admin.request('POST', `/api/cooperation/keys/${b!.id}/revoke`);
    expect(revoked.json().status).toBe('revoked');
    const listed = await admin.request('GET', '/api/cooperation/keys');
    expect(listed.json().items[0]).toMatchObject({
      status: 'pending',
      country: 'AZ',
      contact: 'it@example.org',
    });
    const [audited] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action in ('cooperation.key_confirmed', 'cooperation.key_revoked')",
    );
    expect(audited!.n).toBe(3);
  });

  it('counts registrations from one address against floods', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push((await registerKey(t, 'AZ', newKeyPair(), '192.0.2.7')).res.statusCode);
    expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('answers 404 everywhere when this installation is not the hub', async () => {
    await setHub(t.db, false);
    try {
      expect((await registerKey(t, 'AZ')).res.statusCode).toBe(404);
      for (const url of ['/api/cooperation/keys', '/api/cooperation/countries', '/api/cooperation/documents'])
        expect((await admin.request('GET', url)).statusCode, url).toBe(404);
      expect(
        (
          await admin.request('POST', '/api/cooperation/countries', {
            code: 'KZ',
            names: NAMES.AZ,
            joinedOn: '2026-01-01',
            status: 'member',
          })
        ).statusCode,
      ).toBe(404);
    } finally {
      await setHub(t.db, true);
    }
  });
});
