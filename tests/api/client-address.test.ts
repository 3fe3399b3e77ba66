import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';
import { fosterAdult, fosterApplication } from '../support/foster-application';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Behind a proxy the client's address is what the proxy itself appended to X-Forwarded-For
 * (the right-most entry for one proxy), never what the client wrote there (decision 0020). Sign-in
 * throttling per address and the public form's hourly limit hang on that address.
 */

describe('TRUST_PROXY is a number of proxy hops', () => {
  it('reads a number; true means one hop, false none; anything else stops the start', () => {
    expect(readEnv({}).TRUST_PROXY).toBe(0);
    expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
    expect(readEnv({ TRUST_PROXY: '0' }).TRUST_PROXY).toBe(0);
    expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: 'yes' }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    for (const bad of ['-1', '1.5', 'all', '10.0.0.0/8', '99'])
      expect(() => readEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });
});

/** One real client (203.0.113.50) behind one nginx (127.0.0.1, the socket's address). */
const REAL = '203.0.113.50';
const viaProxy = (forged: string, real = REAL) => ({ 'x-forwarded-for': `${forged}, ${real}` });

for (const setting of ['1', 'true']) {
  describe(`TRUST_PROXY=${setting}: forged X-Forwarded-For values do not escape the limits`, () => {
    let t: TestApp;
    beforeAll(async () => {
      // As main.ts reads it.
      t = await createTestApp({ trustProxy: readEnv({ TRUST_PROXY: setting }).TRUST_PROXY });
      t.deps.auth.loginMaxFailuresPerAddress = 10;
    });
    afterAll(() => t.close());

    it('wrong passwords sent with a new left-most address each time lock out the one real address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 15; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: viaProxy(`10.${i}.0.1`),
          payload: { username: `spray-${setting}-${i}`, password: 'guess' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([...Array(10).fill(401), ...Array(5).fill(429)]);
      const ips = await t.db.query<{ ip: string }>(
        `select distinct ip from login_attempts where username like $1`,
        [`spray-${setting}-%`],
      );
      expect(ips.map((r) => r.ip)).toEqual([REAL]);
      const audited = await t.db.query<{ ip: string }>(
        `select distinct ip from audit_events where action = 'auth.login_failed' and changes->>'username' like $1`,
        [`spray-${setting}-%`],
      );
      expect(audited.map((r) => r.ip)).toEqual([REAL]);
    });

    it('a client naming another address in the header does not lock that address out', async () => {
      // The attacker (198.51.100.66) writes the victim's address; nginx appends the attacker's.
      const victim = '203.0.113.77';
      for (let i = 0; i < 12; i++)
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: viaProxy(victim, '198.51.100.66'),
          payload: { username: `framed-${setting}-${i}`, password: 'guess' },
        });
      const fromVictim = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': victim },
        payload: { username: `victim-${setting}`, password: 'guess' },
      });
      expect(fromVictim.statusCode).toBe(401);
    });

    it("the public form's hourly limit holds whatever the left-most address says", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/public/foster-applications',
          headers: { ...viaProxy(`10.${i}.${i}.${i}`), 'accept-language': 'en' },
          payload: application(),
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
      const ips = await t.db.query<{ ip: string }>('select distinct ip from public_form_submissions');
      expect(ips.map((r) => r.ip)).toEqual([REAL]);
    });
  });
}

describe('hops', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  const attemptFrom = async (headers: Record<string, string>, username: string) => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      remoteAddress: '192.0.2.10',
      payload: { username, password: 'guess' },
    });
    const rows = await t.db.query<{ ip: string }>('select ip from login_attempts where username = $1', [
      username,
    ]);
    return rows[0]?.ip;
  };

  it('TRUST_PROXY=2 (a CDN before nginx) takes the address the CDN saw; without it the header is ignored', async () => {
    t = await createTestApp({ trustProxy: readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY });
    expect(await attemptFrom({ 'x-forwarded-for': '1.1.1.1, 203.0.113.5, 198.51.100.200' }, 'two-hops')).toBe(
      '203.0.113.5',
    );
    // Fewer entries than hops: the left-most there is (no further to go).
    expect(await attemptFrom({ 'x-forwarded-for': '203.0.113.6' }, 'short-chain')).toBe('203.0.113.6');
    await t.close();

    t = await createTestApp({ trustProxy: readEnv({}).TRUST_PROXY });
    expect(await attemptFrom({ 'x-forwarded-for': '1.1.1.1, 203.0.113.5' }, 'no-proxy')).toBe('192.0.2.10');
  });
});

const application = () => fosterApplication({ twoParent: true, adults: [fosterAdult()], children: [] });
