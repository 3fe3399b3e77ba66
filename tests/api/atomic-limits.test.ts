import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOSTER_DOCUMENTS_MAX_FILES } from '../../common/contracts/foster';
import { buildApp } from '../../server/app';
import { type Db, openPostgres } from '../../server/db/client';
import { base32Decode, hotp, totpStep } from '../../server/domain/auth/totp';
import type { Deps } from '../../server/domain/context';
import { PUBLIC_SUBMISSIONS_PER_HOUR } from '../../server/domain/foster/applications.service';
import { fosterAdult, fosterApplication } from '../support/foster-application';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../support/test-app';
import { adminDatabaseUrl, testDbKind } from '../support/test-db';

/**
 * Every limit counts the attempt before the slow check, in one step that concurrent requests
 * (and other instances on the same database) cannot interleave: a burst of parallel requests lets
 * exactly the limit through (decision 0020). On PostgreSQL the requests alternate between two app
 * instances, each with its own connection pool, as behind a balancer.
 */
let t: TestApp;
let second: FastifyInstance;
let secondDb: Db | null = null;
const PARALLEL = 40;

beforeAll(async () => {
  t = await createTestApp();
  let db: Db = t.db;
  if (testDbKind() === 'postgres') {
    const [{ name }] = (await t.db.query<{ name: string }>('select current_database() as name')) as [
      { name: string },
    ];
    const url = new URL(adminDatabaseUrl());
    url.pathname = `/${name}`;
    secondDb = await openPostgres(url.toString(), 5);
    db = secondDb;
  }
  // The same settings object: a limit lowered in a test holds on both instances.
  const deps: Deps = { ...t.deps, db };
  second = await buildApp(deps, { logLevel: 'silent' });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await secondDb?.close();
  await t.close();
});

/** `n` copies of a request at once, alternating between the two instances. */
function burst(n: number, request: (i: number) => InjectOptions): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => (i % 2 ? second : t.app).inject(request(i))));
}

const tally = (answers: LightMyRequestResponse[]) => {
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.statusCode] = (counts[a.statusCode] ?? 0) + 1;
  return counts;
};

const failedSignIns = async (username: string) =>
  (
    await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'auth.login_failed' and changes->>'username' = $1`,
      [username],
    )
  )[0]!.n;

const failureRows = async (username: string) =>
  (
    await t.db.query<{ n: number }>(
      'select count(*)::int as n from login_attempts where username = $1 and not succeeded',
      [username],
    )
  )[0]!.n;

describe(`${PARALLEL} parallel wrong passwords`, () => {
  it('for one account: exactly LOGIN_MAX_FAILURES are checked, the rest are refused as locked', async () => {
    const s = await t.signIn('social_worker');
    const answers = await burst(PARALLEL, () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: s.username, password: 'wrong-password' },
    }));
    const limit = t.deps.auth.loginMaxFailures;
    expect(await failedSignIns(s.username)).toBe(limit);
    expect(await failureRows(s.username)).toBe(limit);
    // The first four are told how many tries are left; the fifth and every refused one that it is locked.
    expect(tally(answers)).toEqual({ 401: limit - 1, 423: PARALLEL - limit + 1 });
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: s.username, password: TEST_PASSWORD },
    });
    expect(right.statusCode).toBe(423);
  });

  it('from one address across accounts: exactly LOGIN_MAX_FAILURES_PER_ADDRESS are checked', async () => {
    const before = t.deps.auth.loginMaxFailuresPerAddress;
    t.deps.auth.loginMaxFailuresPerAddress = 10;
    try {
      const answers = await burst(PARALLEL, (i) => ({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.99',
        payload: { username: `burst-spray-${i}`, password: 'guess' },
      }));
      expect(tally(answers)).toEqual({ 401: 10, 429: PARALLEL - 10 });
      const [row] = await t.db.query<{ n: number }>(
        `select count(*)::int as n from audit_events where action = 'auth.login_failed' and ip = '203.0.113.99'`,
      );
      expect(row!.n).toBe(10);
    } finally {
      t.deps.auth.loginMaxFailuresPerAddress = before;
    }
  });
});

describe(`${PARALLEL} parallel wrong two-factor codes and passwords`, () => {
  let user: Session;
  let secret: string;
  beforeAll(async () => {
    user = await t.signIn('social_worker');
    secret = (await user.request('POST', '/api/me/two-factor/setup')).json().secret;
    const code = hotp(base32Decode(secret), totpStep(t.clock.now()));
    expect((await user.request('POST', '/api/me/two-factor/confirm', { code })).statusCode).toBe(200);
    t.clock.advance(30_000);
  });

  /** A code that is none of the three accepted now. */
  const wrongCode = () => {
    const step = totpStep(t.clock.now());
    const valid = new Set([-1, 0, 1].map((d) => hotp(base32Decode(secret), step + d)));
    for (let n = 0; ; n++) {
      const code = String(n).padStart(6, '0');
      if (!valid.has(code)) return code;
    }
  };

  it('turning the authenticator off: exactly LOGIN_MAX_FAILURES passwords are checked', async () => {
    const answers = await burst(PARALLEL, () => ({
      method: 'POST',
      url: '/api/me/two-factor/disable',
      headers: { cookie: user.cookie, 'x-csrf-token': user.csrfToken },
      payload: { password: 'not-my-password' },
    }));
    const limit = t.deps.auth.loginMaxFailures;
    expect(tally(answers)).toEqual({ 400: limit, 423: PARALLEL - limit });
    expect(await failureRows(user.username)).toBe(limit);
    t.clock.advance((t.deps.auth.loginLockMinutes + 1) * 60_000);
  });

  it('the code step of sign-in: exactly LOGIN_MAX_FAILURES codes are checked', async () => {
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(signIn.json().signInStage).toBe('two_factor');
    const cookie = `yuva_session=${signIn.cookies.find((c) => c.name === 'yuva_session')!.value}`;
    const csrf = signIn.json().csrfToken as string;
    const codeFailures = async () =>
      (
        await t.db.query<{ n: number }>(
          `select count(*)::int as n from audit_events
            where action = 'auth.login_failed' and changes->>'step' = 'code' and entity_id = $1`,
          [user.userId],
        )
      )[0]!.n;
    const before = await codeFailures();
    const code = wrongCode();
    const answers = await burst(PARALLEL, () => ({
      method: 'POST',
      url: '/api/auth/login/code',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { code },
    }));
    const limit = t.deps.auth.loginMaxFailures;
    expect(tally(answers)).toEqual({ 401: limit - 1, 423: PARALLEL - limit + 1 });
    expect((await codeFailures()) - before).toBe(limit);
  });
});

describe('public form and private link', () => {
  const application = () => fosterApplication({ twoParent: false, adults: [fosterAdult()], children: [] });

  it('a burst of 13 applications from one address: exactly the hourly limit is accepted', async () => {
    const answers = await burst(13, () => ({
      method: 'POST',
      url: '/api/public/foster-applications',
      remoteAddress: '198.51.100.77',
      payload: application(),
    }));
    expect(tally(answers)).toEqual({
      201: PUBLIC_SUBMISSIONS_PER_HOUR,
      429: 13 - PUBLIC_SUBMISSIONS_PER_HOUR,
    });
    const [families] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from foster_families where submitted_ip = '198.51.100.77'`,
    );
    expect(families!.n).toBe(PUBLIC_SUBMISSIONS_PER_HOUR);
  });

  it(`a burst of uploads through one link: exactly the quota of ${FOSTER_DOCUMENTS_MAX_FILES} files is kept`, async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/foster-applications',
      remoteAddress: '198.51.100.78',
      payload: application(),
    });
    expect(res.statusCode).toBe(201);
    const token = res.json().statusPath.split('/').at(-1) as string;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const extra = 6;
    const answers = await burst(FOSTER_DOCUMENTS_MAX_FILES + extra, (i) => ({
      method: 'POST',
      url: `/api/public/foster-applications/${token}/documents?filename=paper-${i}.pdf`,
      headers: { 'content-type': 'application/pdf' },
      payload: pdf,
    }));
    expect(tally(answers)).toEqual({ 201: FOSTER_DOCUMENTS_MAX_FILES, 422: extra });
  });
});
