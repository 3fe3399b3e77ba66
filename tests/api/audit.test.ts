import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who did what, from where, with which request id, and the admin can filter it', async () => {
    const created = await admin.request(
      'POST',
      '/api/users',
      {
        username: 'audited',
        displayName: 'Audit Me',
        password: 'a-long-password-x',
        role: 'analyst',
        scopeAll: true,
        scopeLocationIds: [],
        scopeProgrammeIds: [],
      },
      { 'x-request-id': 'req-audit-1' },
    );
    const id = created.json().id;
    await admin.request('PATCH', `/api/users/${id}`, { version: 1, displayName: 'Audited Person' });

    const page = (await admin.request('GET', `/api/audit-events?entityType=user&entityId=${id}`)).json();
    expect(page.total).toBe(2);
    expect(page.items.map((e: { action: string }) => e.action)).toEqual(['user.updated', 'user.created']);
    // The server's own request id (the one it answered with), never the client's (decision 0020).
    expect(page.items[1]).toMatchObject({
      actorUsername: admin.username,
      requestId: created.headers['x-request-id'],
      ip: '127.0.0.1',
    });
    expect(page.items[1].requestId).not.toBe('req-audit-1');
    expect(page.items[0].changes).toEqual({ displayName: { from: 'Audit Me', to: 'Audited Person' } });

    const byActor = (
      await admin.request('GET', `/api/audit-events?actor=${admin.username}&action=user.created`)
    ).json();
    expect(byActor.items.every((e: { action: string }) => e.action === 'user.created')).toBe(true);
    const actions = (await admin.request('GET', '/api/audit-events/actions')).json().items;
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'user.created', 'user.updated']));
    const future = (await admin.request('GET', '/api/audit-events?from=2099-01-01')).json();
    expect(future.total).toBe(0);
  });

  it('records failed sign-ins', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ghost', password: 'nope' },
    });
    const page = (await admin.request('GET', '/api/audit-events?action=auth.login_failed')).json();
    expect(page.items[0].changes).toEqual({ username: 'ghost' });
  });

  it('is append-only: the database refuses to change or delete a row', async () => {
    await expect(t.db.query('update audit_events set action = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_events')).rejects.toThrow(/append-only/);
  });

  it('a change that fails leaves neither the change nor its audit row', async () => {
    const before = (await t.db.query<{ n: number }>('select count(*)::int as n from audit_events'))[0]!.n;
    const taken = await admin.request('POST', '/api/users', {
      username: 'audited',
      displayName: 'Twice',
      password: 'a-long-password-x',
      role: 'analyst',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    });
    expect(taken.statusCode).toBe(409);
    expect((await t.db.query<{ n: number }>('select count(*)::int as n from audit_events'))[0]!.n).toBe(
      before,
    );
  });
});
