import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../common/roles';
import { base32Decode, hotp, totpStep } from '../../server/domain/auth/totp';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

/** A browser of its own: keeps the session cookie and CSRF token it is given. */
function browser() {
  let cookie = '';
  let csrf = '';
  async function call(method: string, url: string, body?: unknown, language = 'en') {
    const res = await t.app.inject({
      method: method as 'GET',
      url,
      headers: { cookie, 'x-csrf-token': csrf, 'accept-language': language },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const set = res.cookies.find((c) => c.name === 'yuva_session');
    if (set) cookie = `yuva_session=${set.value}`;
    if (res.statusCode === 200 && typeof res.json()?.csrfToken === 'string') csrf = res.json().csrfToken;
    if (res.statusCode === 200 && typeof res.json()?.session?.csrfToken === 'string')
      csrf = res.json().session.csrfToken;
    return res;
  }
  return {
    call,
    login: (username: string, password = TEST_PASSWORD) =>
      call('POST', '/api/auth/login', { username, password }),
    code: (code: string) => call('POST', '/api/auth/login/code', { code }),
    get cookie() {
      return cookie;
    },
  };
}

const codeFor = (secret: string, offsetSteps = 0) =>
  hotp(base32Decode(secret), totpStep(t.clock.now()) + offsetSteps);
const nextStep = () => t.clock.advance(30_000);

/** Signs a new user in and turns two-factor on; answers the secret and the recovery codes. */
async function enrolled(role: Parameters<TestApp['signIn']>[0] = 'social_worker') {
  const s = await t.signIn(role);
  const setup = (await s.request('POST', '/api/me/two-factor/setup')).json();
  const confirmed = await s.request('POST', '/api/me/two-factor/confirm', { code: codeFor(setup.secret) });
  expect(confirmed.statusCode).toBe(200);
  nextStep();
  return { s, secret: setup.secret as string, recoveryCodes: confirmed.json().recoveryCodes as string[] };
}

const errorOf = (res: LightMyRequestResponse) => res.json().error;

describe('setting up an authenticator', () => {
  it('shows the secret and the otpauth address once, and turns on with a right code', async () => {
    const s = await t.signIn('social_worker');
    expect((await s.request('GET', '/api/me/two-factor')).json()).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const setup = await s.request('POST', '/api/me/two-factor/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Yuva:${s.username}?secret=${secret}&issuer=Yuva&algorithm=SHA1&digits=6&period=30`,
    );

    const wrong = await s.request('POST', '/api/me/two-factor/confirm', { code: codeFor(secret, 3) });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details.fields[0]).toMatchObject({ field: 'body.code', code: 'invalid' });
    // In the user's language (Azerbaijani unless they chose another).
    expect(errorOf(wrong).details.fields[0].message).toBe('Kod yanlışdır və ya artıq istifadə olunub.');
    expect((await s.request('POST', '/api/me/two-factor/confirm', { code: 'abc' })).statusCode).toBe(400);

    const ok = await s.request('POST', '/api/me/two-factor/confirm', { code: codeFor(secret) });
    expect(ok.statusCode).toBe(200);
    const codes: string[] = ok.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(ok.json().session).toBeUndefined();
    expect((await s.request('GET', '/api/me/two-factor')).json()).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
    });

    // The secret is never shown again, and is not stored as it was shown.
    const again = await s.request('POST', '/api/me/two-factor/setup');
    expect(again.statusCode).toBe(409);
    const [row] = await t.db.query<{ secret_encrypted: string }>(
      'select secret_encrypted from user_two_factor where user_id = $1',
      [s.userId],
    );
    expect(row!.secret_encrypted).toMatch(/^v1\./);
    expect(row!.secret_encrypted).not.toContain(secret);
    expect(row!.secret_encrypted).not.toContain(base32Decode(secret).toString('hex'));
    expect(row!.secret_encrypted).not.toContain(base32Decode(secret).toString('base64url'));
    const stored = await t.db.query<{ code_hash: string }>(
      'select code_hash from user_recovery_codes where user_id = $1',
      [s.userId],
    );
    expect(stored.map((r) => r.code_hash).join()).not.toContain(codes[0]!.replace('-', ''));

    const audit = await t.db.query<{ action: string }>(
      `select action from audit_events where entity_id = $1 and action like 'auth.two_factor%' order by seq`,
      [s.userId],
    );
    expect(audit.map((r) => r.action)).toEqual(['auth.two_factor_setup_started', 'auth.two_factor_enabled']);
  });
});

describe('signing in with a code', () => {
  it('asks for the code after the password, and opens nothing before it', async () => {
    const { s, secret } = await enrolled();
    const b = browser();
    const first = await b.login(s.username);
    expect(first.statusCode).toBe(200);
    expect(first.json().signInStage).toBe('two_factor');
    expect(first.json().user.permissions).toEqual([]);
    const pendingCookie = b.cookie;
    // Half-way: only the steps of signing in answer.
    expect((await b.call('GET', '/api/cases')).statusCode).toBe(401);
    expect((await b.call('PUT', '/api/me/preferences', { locale: 'ru' })).statusCode).toBe(401);
    expect((await b.call('POST', '/api/me/two-factor/setup')).statusCode).toBe(401);
    expect((await b.call('GET', '/api/auth/session')).json().signInStage).toBe('two_factor');

    const second = await b.code(codeFor(secret));
    expect(second.statusCode).toBe(200);
    expect(second.json().signInStage).toBeUndefined();
    expect(second.json().user.permissions).toContain('cases.read');
    expect(b.cookie).not.toBe(pendingCookie);
    expect((await b.call('GET', '/api/cases')).statusCode).toBe(200);
    // The half-way session is gone.
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: pendingCookie },
    });
    expect(old.statusCode).toBe(401);
    const [login] = await t.db.query<{ changes: { secondFactor: string } }>(
      `select changes from audit_events where action = 'auth.login' and entity_id = $1 order by seq desc limit 1`,
      [s.userId],
    );
    expect(login!.changes).toEqual({ secondFactor: 'totp' });
  });

  it('does not accept a code twice, and accepts the step before and after', async () => {
    const { s, secret } = await enrolled();
    const b = browser();
    await b.login(s.username);
    const code = codeFor(secret);
    expect((await b.code(code)).statusCode).toBe(200);

    const replay = browser();
    await replay.login(s.username);
    const refused = await replay.code(code);
    expect(refused.statusCode).toBe(401);
    expect(errorOf(refused).message).toBe('Kod yanlışdır və ya artıq istifadə olunub.');
    const [failed] = await t.db.query<{ changes: Record<string, string> }>(
      `select changes from audit_events where action = 'auth.login_failed' and entity_id = $1 order by seq desc limit 1`,
      [s.userId],
    );
    expect(failed!.changes).toMatchObject({ step: 'code', reason: 'code_already_used' });
    // The code of the next step (a phone's clock a little ahead) is accepted; two ahead is not.
    expect((await replay.code(codeFor(secret, 2))).statusCode).toBe(401);
    expect((await replay.code(codeFor(secret, 1))).statusCode).toBe(200);
    // The code of the step before is accepted while none later was used; once one was, it is not.
    nextStep();
    nextStep();
    nextStep();
    const late = browser();
    await late.login(s.username);
    expect((await late.code(codeFor(secret, -2))).statusCode).toBe(401);
    expect((await late.code(codeFor(secret, -1))).statusCode).toBe(200);
    const later = browser();
    await later.login(s.username);
    expect((await later.code(codeFor(secret))).statusCode).toBe(200);
    const earlier = browser();
    await earlier.login(s.username);
    expect((await earlier.code(codeFor(secret, -1))).statusCode).toBe(401);
  });

  it('counts wrong codes with wrong passwords towards the lock-out', async () => {
    const { s, secret } = await enrolled();
    const b = browser();
    expect((await b.login(s.username, 'wrong-password')).json().error.details.attemptsLeft).toBe(4);
    await b.login(s.username);
    expect(errorOf(await b.code('000000')).details.attemptsLeft).toBe(3);
    // The right password again does not reset the count: only a full sign-in does.
    await b.login(s.username);
    expect(errorOf(await b.code('000001')).details.attemptsLeft).toBe(2);
    expect(errorOf(await b.code('000002')).details.attemptsLeft).toBe(1);
    const locked = await b.code('000003');
    expect(locked.statusCode).toBe(423);
    expect(errorOf(locked).code).toBe('account_locked');
    // Locked: the right code and the right password are refused.
    expect((await b.code(codeFor(secret))).statusCode).toBe(423);
    expect((await b.login(s.username)).statusCode).toBe(423);
    t.clock.advance(16 * 60_000);
    const after = browser();
    expect((await after.login(s.username)).json().signInStage).toBe('two_factor');
    expect((await after.code(codeFor(secret))).statusCode).toBe(200);
  });

  it('lets the code step wait five minutes, no longer', async () => {
    const { s, secret } = await enrolled();
    const b = browser();
    await b.login(s.username);
    t.clock.advance(5 * 60_000 + 1000);
    const late = await b.code(codeFor(secret));
    expect(late.statusCode).toBe(401);
    expect(errorOf(late).code).toBe('unauthenticated');
  });

  it('accepts each recovery code once, and new ones replace the old', async () => {
    const { s, secret, recoveryCodes } = await enrolled();
    const b = browser();
    await b.login(s.username);
    expect((await b.code(recoveryCodes[3]!.toUpperCase().replace('-', ' '))).statusCode).toBe(200);
    expect((await b.call('GET', '/api/me/two-factor')).json().recoveryCodesLeft).toBe(9);
    const again = browser();
    await again.login(s.username);
    expect((await again.code(recoveryCodes[3]!)).statusCode).toBe(401);

    const renewed = await b.call('POST', '/api/me/two-factor/recovery-codes', { code: codeFor(secret) });
    expect(renewed.statusCode).toBe(200);
    const fresh: string[] = renewed.json().recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect((await again.code(recoveryCodes[4]!)).statusCode).toBe(401);
    expect((await again.code(fresh[0]!)).statusCode).toBe(200);
    // Renewing needs a code not used before.
    expect(
      (await b.call('POST', '/api/me/two-factor/recovery-codes', { code: codeFor(secret) })).statusCode,
    ).toBe(400);
  });

  it('turns off with the password, and sign-in is one step again', async () => {
    const { s } = await enrolled();
    const wrong = await s.request('POST', '/api/me/two-factor/disable', { password: 'not-my-password' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details.fields[0]).toMatchObject({ field: 'body.password', code: 'invalid' });
    expect(
      (await s.request('POST', '/api/me/two-factor/disable', { password: TEST_PASSWORD })).statusCode,
    ).toBe(204);
    const b = browser();
    const res = await b.login(s.username);
    expect(res.json().signInStage).toBeUndefined();
    expect(res.json().user.permissions).toContain('cases.read');
  });

  it('answers bad input with 4xx, never 500', async () => {
    const { s } = await enrolled();
    const b = browser();
    await b.login(s.username);
    for (const code of ['', '1', 'x'.repeat(1000), '12345\u0000', '١٢٣٤٥٦', '<script>', "' or 1=1 --"]) {
      const res = await b.code(code);
      expect(res.statusCode, JSON.stringify(code)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(code)).toBeLessThan(500);
    }
    expect((await b.call('POST', '/api/auth/login/code', { code: 123456 })).statusCode).toBe(400);
    // A full session has no code step to take.
    expect((await s.request('POST', '/api/auth/login/code', { code: '123456' })).statusCode).toBe(409);
  });
});

describe('two-factor sign-in required for a role', () => {
  it('an administrator requires it; a user of the role sets it up at next sign-in before anything else', async () => {
    const analyst = await t.signIn('analyst');
    const set = await admin.request('PUT', '/api/security/two-factor-roles/analyst', {
      requireTwoFactor: true,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ role: 'analyst', requireTwoFactor: true });
    const roles = (await admin.request('GET', '/api/security/two-factor-roles')).json().items;
    expect(roles).toHaveLength(ROLES.length);
    expect(roles.find((r: { role: string }) => r.role === 'analyst').requireTwoFactor).toBe(true);
    expect(roles.find((r: { role: string }) => r.role === 'social_worker').requireTwoFactor).toBe(false);
    expect(
      (await admin.request('PUT', '/api/security/two-factor-roles/king', { requireTwoFactor: true }))
        .statusCode,
    ).toBe(400);
    const [changed] = await t.db.query<{ changes: unknown; actor_username: string }>(
      `select changes, actor_username from audit_events where action = 'security.role_two_factor_changed' order by seq desc limit 1`,
    );
    expect(changed).toEqual({
      changes: { requireTwoFactor: { from: false, to: true } },
      actor_username: admin.username,
    });

    // Other roles are not affected.
    expect(
      (await browser().login((await t.signIn('social_worker')).username)).json().signInStage,
    ).toBeUndefined();

    const b = browser();
    const first = await b.login(analyst.username);
    expect(first.json().signInStage).toBe('enrolment');
    expect((await b.call('GET', '/api/indicators/dashboard')).statusCode).toBe(401);
    expect((await b.call('GET', '/api/me/two-factor')).json()).toMatchObject({
      enabled: false,
      required: true,
    });
    expect((await b.call('POST', '/api/auth/login/code', { code: '123456' })).statusCode).toBe(409);
    const setup = (await b.call('POST', '/api/me/two-factor/setup')).json();
    const confirmed = await b.call('POST', '/api/me/two-factor/confirm', { code: codeFor(setup.secret) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().recoveryCodes).toHaveLength(10);
    expect(confirmed.json().session.user.permissions).toContain('indicators.read');
    expect((await b.call('GET', '/api/indicators/dashboard')).statusCode).toBe(200);

    // The role's rule: it cannot be turned off; next time the code is asked.
    const off = await b.call('POST', '/api/me/two-factor/disable', { password: TEST_PASSWORD });
    expect(off.statusCode).toBe(422);
    expect(errorOf(off).details.rule).toBe('two_factor_required_for_role');
    nextStep();
    const next = browser();
    expect((await next.login(analyst.username)).json().signInStage).toBe('two_factor');
    expect((await next.code(codeFor(setup.secret))).statusCode).toBe(200);

    await admin.request('PUT', '/api/security/two-factor-roles/analyst', { requireTwoFactor: false });
  });

  it("an administrator resets a user's lost authenticator and ends their sessions", async () => {
    const { s } = await enrolled('supervisor');
    const before = (await admin.request('GET', `/api/users/${s.userId}/security`)).json();
    expect(before).toEqual({ twoFactorEnabled: true, twoFactorRequired: false, activeSessions: 1 });
    const reset = await admin.request('POST', `/api/users/${s.userId}/two-factor/reset`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({ twoFactorEnabled: false, twoFactorRequired: false, activeSessions: 0 });
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect((await browser().login(s.username)).json().signInStage).toBeUndefined();
    expect(
      (await admin.request('POST', '/api/users/00000000-0000-4000-8000-000000000000/two-factor/reset'))
        .statusCode,
    ).toBe(404);
    const [row] = await t.db.query<{ changes: unknown }>(
      `select changes from audit_events where action = 'user.two_factor_reset' and entity_id = $1`,
      [s.userId],
    );
    expect(row!.changes).toEqual({ hadTwoFactor: true, sessions: 1 });
  });
});
