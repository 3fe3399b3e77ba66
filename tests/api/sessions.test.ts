import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

/** Another sign-in of the same user (another device): its cookie. */
async function anotherDevice(username: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  return `yuva_session=${res.cookies.find((c) => c.name === 'yuva_session')!.value}`;
}
const sessionStatus = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).statusCode;

describe('sign out everywhere', () => {
  it('a user ends the sessions on their other devices, then everywhere', async () => {
    const s = await t.signIn('social_worker');
    const phone = await anotherDevice(s.username);
    const laptop = await anotherDevice(s.username);

    expect((await s.request('POST', '/api/auth/sign-out-everywhere', {})).statusCode).toBe(400);
    const others = await s.request('POST', '/api/auth/sign-out-everywhere', { includeThisSession: false });
    expect(others.statusCode).toBe(200);
    expect(others.json()).toEqual({ ended: 2 });
    expect(await sessionStatus(phone)).toBe(401);
    expect(await sessionStatus(laptop)).toBe(401);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);

    const tablet = await anotherDevice(s.username);
    const all = await s.request('POST', '/api/auth/sign-out-everywhere', { includeThisSession: true });
    expect(all.json()).toEqual({ ended: 2 });
    expect(String(all.headers['set-cookie'])).toMatch(/yuva_session=;/);
    expect(await sessionStatus(tablet)).toBe(401);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);

    const rows = await t.db.query<{ changes: unknown; actor_username: string }>(
      `select changes, actor_username from audit_events where action = 'auth.signed_out_everywhere' and entity_id = $1
        order by seq`,
      [s.userId],
    );
    expect(rows).toEqual([
      { changes: { sessions: 2, includingThisOne: false }, actor_username: s.username },
      { changes: { sessions: 2, includingThisOne: true }, actor_username: s.username },
    ]);
  });

  it("an administrator ends a user's sessions on every device", async () => {
    const s = await t.signIn('foster_care_officer');
    const second = await anotherDevice(s.username);
    expect((await admin.request('GET', `/api/users/${s.userId}/security`)).json().activeSessions).toBe(2);
    const res = await admin.request('POST', `/api/users/${s.userId}/sessions/end`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ended: 2 });
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect(await sessionStatus(second)).toBe(401);
    expect((await admin.request('GET', `/api/users/${s.userId}/security`)).json().activeSessions).toBe(0);
    expect(
      (await admin.request('POST', '/api/users/00000000-0000-4000-8000-000000000000/sessions/end'))
        .statusCode,
    ).toBe(404);
    expect((await admin.request('POST', '/api/users/not-a-uuid/sessions/end')).statusCode).toBe(400);
    const [row] = await t.db.query<{ changes: unknown; actor_username: string }>(
      `select changes, actor_username from audit_events where action = 'user.sessions_ended' and entity_id = $1`,
      [s.userId],
    );
    expect(row).toEqual({ changes: { sessions: 2 }, actor_username: admin.username });
    // Only an administrator may.
    expect((await s.request('POST', `/api/users/${admin.userId}/sessions/end`)).statusCode).toBe(401);
    const other = await t.signIn('director');
    expect((await other.request('POST', `/api/users/${admin.userId}/sessions/end`)).statusCode).toBe(403);
  });

  it('a password reset signs the user out everywhere too', async () => {
    const s = await t.signIn('teacher');
    const second = await anotherDevice(s.username);
    const user = (await admin.request('GET', `/api/users/${s.userId}`)).json();
    const reset = await admin.request('POST', `/api/users/${s.userId}/password`, {
      version: user.version,
      password: 'a-brand-new-secret-phrase',
    });
    expect(reset.statusCode).toBe(200);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
    expect(await sessionStatus(second)).toBe(401);
  });
});

describe('session lifetime', () => {
  it('ends a session after the idle time (SESSION_IDLE_MINUTES)', async () => {
    const s = await t.signIn('supervisor');
    t.clock.advance((t.deps.auth.sessionIdleMinutes - 1) * 60_000);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);
    t.clock.advance((t.deps.auth.sessionIdleMinutes + 1) * 60_000);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
  });

  it('ends an active session SESSION_MAX_HOURS after sign-in (12 by default), however active', async () => {
    expect(t.deps.auth.sessionMaxHours).toBe(12);
    const s = await t.signIn('supervisor');
    // Busy all day: a request every hour keeps it from idling.
    for (let hour = 1; hour < 12; hour++) {
      t.clock.advance(60 * 60_000);
      expect((await s.request('GET', '/api/auth/session')).statusCode, `after ${hour} h`).toBe(200);
    }
    t.clock.advance(59 * 60_000);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);
    const [row] = await t.db.query<{ over: boolean }>(
      'select expires_at > absolute_expires_at as over from sessions where user_id = $1',
      [s.userId],
    );
    expect(row!.over).toBe(false);
    t.clock.advance(2 * 60_000);
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
    // Signing in again gives a new day.
    await s.renew();
    expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);
  });

  it('follows the configured maximum', async () => {
    t.deps.auth.sessionMaxHours = 2;
    try {
      const s = await t.signIn('analyst');
      t.clock.advance(119 * 60_000);
      expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(200);
      t.clock.advance(2 * 60_000);
      expect((await s.request('GET', '/api/auth/session')).statusCode).toBe(401);
    } finally {
      t.deps.auth.sessionMaxHours = 12;
    }
  });
});

describe('password rules', () => {
  const newUser = (over: Record<string, unknown>) => ({
    username: 'leyla.h',
    displayName: 'Leyla Hüseynova',
    password: 'a-perfectly-fine-phrase',
    role: 'analyst',
    scopeAll: true,
    scopeLocationIds: [],
    scopeProgrammeIds: [],
    ...over,
  });

  it('refuses a common password, and one built on the username or name, with a translated field error', async () => {
    await admin.renew();
    // The message says why: a common password, or one built on the user's name.
    const common =
      'body.password: bu, ən çox işlənən şifrələrdən biridir, onları ilk növbədə təxmin edirlər. Başqa şifrə seçin.';
    const name =
      'body.password: bu şifrə istifadəçinin adı və ya istifadəçi adı üzərində qurulub, onları ilk növbədə təxmin edirlər. Başqa şifrə seçin.';
    for (const [password, message] of [
      ['1234567890', common],
      ['qwertyuiop', common],
      ['Password123', common],
      ['leyla.h2026!', name],
      ['huseynova1985', name],
      ['LEYLA.H-1234567890', name],
    ]) {
      const res = await admin.request('POST', '/api/users', newUser({ password }), {
        'accept-language': 'en',
      });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.details.fields, password).toEqual([
        { field: 'body.password', code: 'weak_password', message },
      ]);
    }
    const res = await admin.request('POST', '/api/users', newUser({}));
    expect(res.statusCode).toBe(201);

    const reset = await admin.request('POST', `/api/users/${res.json().id}/password`, {
      version: 1,
      password: 'leyla.h-123',
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.details.fields[0].code).toBe('weak_password');
    expect(
      (
        await admin.request('POST', `/api/users/${res.json().id}/password`, {
          version: 1,
          password: 'iloveyou12',
        })
      ).statusCode,
    ).toBe(400);
    const ok = await admin.request('POST', `/api/users/${res.json().id}/password`, {
      version: 1,
      password: 'leyla.h-tall-green-kettle',
    });
    expect(ok.statusCode).toBe(200);
  });

  it('says it in the language of the person asking', async () => {
    const ru = await t.signIn('admin');
    await ru.request('PUT', '/api/me/preferences', { locale: 'ru' });
    const res = await ru.request(
      'POST',
      '/api/users',
      newUser({ username: 'ivan.p', password: 'password1234' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].message).toBe(
      'body.password: это один из самых распространённых паролей, их подбирают первыми. Выберите другой.',
    );
  });
});
