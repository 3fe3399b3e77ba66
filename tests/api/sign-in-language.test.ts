import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `yuva_session=${res.cookies.find((c) => c.name === 'yuva_session')?.value}`;

describe('the session probe of the sign-in page', () => {
  it('answers 200 "signed out" without a session, and with a session that has ended', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/auth/status' });
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ signedIn: false });

    const s = await t.signIn('social_worker');
    await s.request('POST', '/api/auth/logout');
    const ended = await s.request('GET', '/api/auth/status');
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toEqual({ signedIn: false });
  });

  it('gives the signed-in user and the CSRF token, as GET /api/auth/session does', async () => {
    const s = await t.signIn('director');
    const status = await s.request('GET', '/api/auth/status');
    expect(status.statusCode).toBe(200);
    const session = (await s.request('GET', '/api/auth/session')).json();
    expect(status.json()).toEqual({ signedIn: true, ...session });
    expect(status.json().csrfToken).toBe(s.csrfToken);
  });
});

describe('the language chosen on the sign-in page', () => {
  it('wins over the one saved on the account, is saved to it, and is audited', async () => {
    const s = await t.signIn('social_worker');
    expect((await s.request('PUT', '/api/me/preferences', { locale: 'ru' })).json().locale).toBe('ru');

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: s.username, password: TEST_PASSWORD, locale: 'en' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.locale).toBe('en');
    // Saved: the next sign-in without a choice (another device) starts in English.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: s.username, password: TEST_PASSWORD },
    });
    expect(again.json().user.locale).toBe('en');
    const status = await t.app.inject({
      method: 'GET',
      url: '/api/auth/status',
      headers: { cookie: cookieOf(again) },
    });
    expect(status.json().user.locale).toBe('en');

    const changes = await t.db.query<{ changes: { locale: { from: string; to: string } } }>(
      "select changes from audit_events where action = 'user.locale_changed' and entity_id = $1 order by id",
      [s.userId],
    );
    expect(changes.map((c) => c.changes.locale).at(-1)).toEqual({ from: 'ru', to: 'en' });
  });

  it('changes nothing when the password is wrong', async () => {
    const s = await t.signIn('teacher');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: s.username, password: 'wrong-password-1', locale: 'ru' },
    });
    expect(wrong.statusCode).toBe(401);
    expect((await s.request('GET', '/api/auth/session')).json().user.locale).not.toBe('ru');
  });

  it('refuses a language Yuva does not have, in plain words', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'someone', password: 'x', locale: 'fr' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ field: 'body.locale', code: 'invalid_value' });
    expect(res.json().error.details.fields[0].message).toBe(
      'body.locale: please choose one of the options offered.',
    );
  });
});
