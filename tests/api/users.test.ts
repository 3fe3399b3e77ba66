import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  username: 'leyla.h',
  displayName: 'Leyla Həsənova',
  password: 'a-good-long-password',
  role: 'social_worker',
  scopeAll: false,
  scopeLocationIds: [],
  scopeProgrammeIds: [],
  ...over,
});

async function count(table: string) {
  return (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
}

describe('managing users', () => {
  it('creates a user with a role and a scope, audited without the password', async () => {
    const baku = (await t.db.query<{ id: string }>("select id from locations where code = 'baku'"))[0]!.id;
    const res = await admin.request('POST', '/api/users', newUser({ scopeLocationIds: [baku] }));
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      username: 'leyla.h',
      role: 'social_worker',
      scopeLocationIds: [baku],
      status: 'active',
      version: 1,
    });
    expect(user).not.toHaveProperty('passwordHash');
    const [event] = await t.db.query<{ changes: Record<string, unknown>; actor_username: string }>(
      "select changes, actor_username from audit_events where action = 'user.created' and entity_id = $1",
      [user.id],
    );
    expect(event!.actor_username).toBe(admin.username);
    expect(JSON.stringify(event!.changes)).not.toContain('a-good-long-password');
    // The new user can sign in.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leyla.h', password: 'a-good-long-password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('names each invalid field in the language of the request and writes nothing', async () => {
    const before = [await count('users'), await count('audit_events')];
    const res = await admin.request(
      'POST',
      '/api/users',
      newUser({ username: 'A B', password: 'short', role: 'king' }),
      { 'accept-language': 'az' },
    );
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.fields.map((f: { field: string }) => f.field)
      .sort();
    expect(fields).toEqual(['body.password', 'body.role', 'body.username']);
    expect(res.json().error.message).toBe('Qeyd olunan sahələri düzəldin (3).');
    expect([await count('users'), await count('audit_events')]).toEqual(before);
  });

  it('refuses a taken username and an unknown scope id', async () => {
    const taken = await admin.request('POST', '/api/users', newUser({ username: 'LEYLA.H'.toLowerCase() }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('username_taken');
    const unknown = await admin.request(
      'POST',
      '/api/users',
      newUser({ username: 'other', scopeProgrammeIds: ['8d3f4d1e-0000-4000-8000-000000000000'] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_scope');
  });

  it('the same new username sent five times at once: one is created, the others get a 409, never a 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        admin.request('POST', '/api/users', newUser({ username: 'same.time' })),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('a second save of the same version gets a 409 naming who changed what, not a silent overwrite', async () => {
    const created = (await admin.request('POST', '/api/users', newUser({ username: 'kamran' }))).json();
    const otherAdmin = await t.signIn('admin');
    const first = await otherAdmin.request('PATCH', `/api/users/${created.id}`, {
      version: 1,
      role: 'supervisor',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    // The user's saved language (az) wins over Accept-Language; ?lang= asks for another one.
    const second = await admin.request('PATCH', `/api/users/${created.id}?lang=en`, {
      version: 1,
      displayName: 'Kamran Ə.',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toBe(
      `${otherAdmin.username} changed this record in the meantime. Reload to see their changes, then save again.`,
    );
    expect(second.json().error.details).toMatchObject({ currentVersion: 2, changedFields: ['role'] });
    const stored = (await admin.request('GET', `/api/users/${created.id}`)).json();
    expect(stored).toMatchObject({ role: 'supervisor', displayName: 'Leyla Həsənova' });
  });

  it('disabling a user ends their sessions; a reset password works and ends sessions too', async () => {
    const worker = await t.signIn('social_worker');
    const me = (await worker.request('GET', '/api/auth/session')).json().user;
    const user = (await admin.request('GET', `/api/users/${me.id}`)).json();
    const disabled = await admin.request('PATCH', `/api/users/${me.id}`, {
      version: user.version,
      status: 'disabled',
    });
    expect(disabled.statusCode).toBe(200);
    expect((await worker.request('GET', '/api/auth/session')).statusCode).toBe(401);
    const enabled = await admin.request('PATCH', `/api/users/${me.id}`, {
      version: disabled.json().version,
      status: 'active',
    });
    const reset = await admin.request('POST', `/api/users/${me.id}/password`, {
      version: enabled.json().version,
      password: 'brand-new-password-7',
    });
    expect(reset.statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: me.username, password: 'brand-new-password-7' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('an administrator cannot disable themself or change their own role', async () => {
    const me = (await admin.request('GET', '/api/auth/session')).json().user;
    const user = (await admin.request('GET', `/api/users/${me.id}`)).json();
    const res = await admin.request('PATCH', `/api/users/${me.id}`, {
      version: user.version,
      status: 'disabled',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('cannot_change_own_account');
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await admin.request('GET', '/api/users/1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b')).statusCode).toBe(
      404,
    );
    expect((await admin.request('GET', '/api/users/42')).statusCode).toBe(400);
  });
});
