import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-in and sessions', () => {
  it('signs in, reads the session, signs out', async () => {
    const s = await t.signIn('social_worker');
    const session = await s.request('GET', '/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json().user.role).toBe('social_worker');
    expect(session.json().user.permissions).toContain('organisation.read');

    const out = await s.request('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    const after = await s.request('GET', '/api/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('sets an HttpOnly SameSite cookie and stores only a hash of the token', async () => {
    const s = await t.signIn('director');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    const token = s.cookie.split('=')[1]!;
    const rows = await t.db.query<{ token_hash: string }>('select token_hash from sessions');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'director-2', password: TEST_PASSWORD },
    });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password in the request language and says how many attempts are left', async () => {
    await t.signIn('analyst');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'ru' },
      payload: { username: 'analyst-3', password: 'wrong-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Неверное имя пользователя или пароль.',
    });
    expect(res.json().error.details.attemptsLeft).toBe(4);
  });

  it('locks the account after five failures, tells the user, and unlocks after the lock time', async () => {
    await t.signIn('supervisor');
    const username = 'supervisor-4';
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'accept-language': 'en' },
        payload: { username, password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt('bad')).statusCode).toBe(401);
    const fifth = await attempt('bad');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('locked for 15 minutes');
    // Even the right password is refused while locked.
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(16 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const s = await t.signIn('admin');
    const res = await s.request('PUT', '/api/me/preferences', { locale: 'tr' }, { 'x-csrf-token': 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    const ok = await s.request('PUT', '/api/me/preferences', { locale: 'tr' });
    expect(ok.statusCode).toBe(200);
    // The language is remembered for the user and used for their messages.
    const again = await s.request('GET', '/api/users/not-a-uuid', undefined, { 'accept-language': '' });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe('İşaretli alanları düzeltin (1).');
    expect(again.json().error.details.fields[0]).toMatchObject({
      field: 'params.id',
      code: 'invalid_format',
    });
    expect(again.json().error.details.fields[0].message).toContain('kontrol edin');
  });

  it('refuses an address that fails too often, whatever account it tries', async () => {
    const limit = t.deps.auth.loginMaxFailuresPerAddress;
    const from = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.9',
        payload: { username: `spray-${i}`, password: 'guess' },
      });
    for (let i = 0; i < limit; i++) expect((await from(i)).statusCode).toBe(401);
    const refused = await from(limit);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('too_many_attempts');
    // Another address is not affected.
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.10',
      payload: { username: 'x', password: 'y' },
    });
    expect(other.statusCode).toBe(401);
  });

  it('expires a session after the idle time', async () => {
    const s = await t.signIn('social_worker');
    t.clock.advance((t.deps.auth.sessionIdleMinutes + 1) * 60_000);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });
});
