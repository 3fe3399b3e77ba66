import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientRequest,
  createDatabase,
  login,
  PASSWORD,
  signIn,
  sleep,
  startYuva,
  type TestDatabase,
  withDb,
  type YuvaProcess,
} from '../../scripts/lib/yuva-processes';
import { MIGRATIONS_DIR } from '../../server/db/migrate';
import { defaultAuthSettings, systemClock } from '../../server/domain/context';
import { createUser } from '../../server/domain/users/users.service';
import { postgresAvailable } from '../support/test-db';

/**
 * Two instances (issue 8, part 6): two Yuva processes started at the same moment on one fresh
 * PostgreSQL database, on ports 3232 and 3233, requests alternating between them as a
 * round-robin balancer would send them.
 */

const PORTS = [3232, 3233] as const;
const EDIT_RACES = 20;
const FORCED_PERIODS = 4;

describe.skipIf(!postgresAvailable)('two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let servers: YuvaProcess[] = [];
  let a: YuvaProcess;
  let b: YuvaProcess;

  beforeAll(async () => {
    database = await createDatabase('postgres');
    // An empty database: both instances find every migration to do, at the same moment.
    const env = { ...database.env, YUVA_JOBS_TICK_SECONDS: '0.2', LOG_LEVEL: 'info' };
    servers = await Promise.all(PORTS.map((port) => startYuva(port, env)));
    [a, b] = servers as [YuvaProcess, YuvaProcess];
    await withDb(database, async (db) => {
      const ctx = { actor: null, requestId: 'two-instances', ip: '127.0.0.1', locale: 'en' as const };
      for (const username of ['twin-admin', 'twin-locked']) {
        await createUser({ db, clock: systemClock, auth: defaultAuthSettings }, ctx, {
          username,
          displayName: username,
          password: PASSWORD,
          role: 'admin',
          scopeAll: true,
          scopeLocationIds: [],
          scopeProgrammeIds: [],
        });
      }
    });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    await database?.drop();
  });

  it('migrates once: one instance applies every migration, the other waits and finds none left', async () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}_.+\.sql$/.test(f));
    const applied = servers.map((s) => s.logs('migrations applied').map((l) => l.applied as string[]));
    const appliers = applied.filter((lines) => lines.length > 0);
    expect(appliers).toHaveLength(1);
    expect(appliers[0]![0]!.sort()).toEqual(files.sort());
    const rows = await withDb(database, (db) =>
      db.query<{ name: string; n: number }>(
        'select name, count(*)::int as n from schema_migrations group by name',
      ),
    );
    expect(rows.map((r) => r.name).sort()).toEqual(files.sort());
    for (const s of servers) expect(s.output()).not.toMatch(/"level":(50|60)/);
  });

  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const session = await signIn(a.url, 'twin-admin');
    const onB = clientRequest(b.url, session.cookie, session.csrf);
    const who = await onB('GET', '/api/auth/session');
    expect(who.status).toBe(200);
    expect((who.json() as { user: { id: string } }).user.id).toBe(session.userId);
    // A write on B with the CSRF token A gave.
    const created = await onB('POST', '/api/users', {
      username: 'twin-session-check',
      displayName: 'Made on B',
      password: PASSWORD,
      role: 'analyst',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    });
    expect(created.status).toBe(201);
    expect((await onB('POST', '/api/auth/logout')).status).toBe(204);
    expect((await session.request('GET', '/api/auth/session')).status).toBe(401);
  });

  it('counts failed sign-ins across both instances: five wrong passwords on A and B lock the account on both', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < defaultAuthSettings.loginMaxFailures; i++) {
      statuses.push((await login(servers[i % 2]!.url, 'twin-locked', 'wrong-password-123')).status);
    }
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(423);
    // The right password is refused now, on either instance.
    expect((await login(a.url, 'twin-locked')).status).toBe(423);
    expect((await login(b.url, 'twin-locked')).status).toBe(423);
  });

  it(`concurrent edits of one record on the two instances: one succeeds, one gets 409 (${EDIT_RACES} races)`, async () => {
    const session = await signIn(a.url, 'twin-admin');
    const on = [session.request, clientRequest(b.url, session.cookie, session.csrf)];
    const created = await on[0]!('POST', '/api/users', {
      username: 'twin-target',
      displayName: 'Target',
      password: PASSWORD,
      role: 'analyst',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    });
    const id = (created.json() as { id: string }).id;
    for (let race = 0; race < EDIT_RACES; race++) {
      const { version } = (await on[race % 2]!('GET', `/api/users/${id}`)).json() as { version: number };
      const names = [`A ${race}`, `B ${race}`];
      const answers = await Promise.all(
        on.map((request, i) => request('PATCH', `/api/users/${id}`, { version, displayName: names[i] })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = answers.findIndex((r) => r.status === 200);
      const loser = answers[1 - winner]!.json() as {
        error: { code: string; details: { currentVersion: number } };
      };
      expect(loser.error.code).toBe('version_conflict');
      const now = (await on[(race + 1) % 2]!('GET', `/api/users/${id}`)).json() as {
        version: number;
        displayName: string;
      };
      expect(now).toMatchObject({ version: version + 1, displayName: names[winner] });
    }
    const edits = await withDb(database, (db) =>
      db.query<{ n: number }>(
        "select count(*)::int as n from audit_events where action = 'user.updated' and entity_id = $1",
        [id],
      ),
    );
    expect(edits[0]!.n).toBe(EDIT_RACES);
  });

  it(`runs a scheduled job once per period across both instances (${FORCED_PERIODS} periods forced)`, async () => {
    const runs = () =>
      withDb(database, (db) =>
        db.query<{ dueAt: Date; instance: string; result: { changed: number } }>(
          `select due_at as "dueAt", instance, result from job_runs where job = 'foster.renewals' order by due_at`,
        ),
      );
    const waitForRuns = async (n: number) => {
      const deadline = Date.now() + 20_000;
      while ((await runs()).length < n && Date.now() < deadline) await sleep(100);
    };
    // The first period ran when the instances started.
    await waitForRuns(1);
    expect(await runs()).toHaveLength(1);

    const families = await withDb(database, async (db) => {
      const insert = (reference: string, status: string, expiresInDays: number) =>
        db.query<{ id: string }>(
          `insert into foster_families (reference, country, status, two_parent, approval_expires_on)
           values ($1, 'AZ', $2, true, current_date + $3::int) returning id`,
          [reference, status, expiresInDays],
        );
      return {
        soon: (await insert('TWIN-1', 'approved', 30))[0]!.id,
        active: (await insert('TWIN-2', 'active', 10))[0]!.id,
        later: (await insert('TWIN-3', 'approved', 200))[0]!.id,
      };
    });

    for (let period = 1; period <= FORCED_PERIODS; period++) {
      // As if a day had passed: the job is due again, and both instances poll every 0.2 s.
      await withDb(database, (db) =>
        db.query("update scheduled_jobs set next_run_at = now() where name = 'foster.renewals'"),
      );
      await waitForRuns(1 + period);
      await sleep(1_500);
      expect(await runs()).toHaveLength(1 + period);
    }

    const all = await runs();
    expect(new Set(all.map((r) => new Date(r.dueAt).toISOString())).size).toBe(all.length);
    expect(all.map((r) => r.result.changed)).toEqual([0, 2, 0, 0, 0]);
    const after = await withDb(database, (db) =>
      db.query<{ id: string; status: string; audits: number }>(
        `select f.id, f.status, (select count(*)::int from audit_events a
            where a.action = 'foster.renewal_due' and a.entity_id = f.id::text) as audits
           from foster_families f where f.reference like 'TWIN-%'`,
      ),
    );
    const byId = new Map(after.map((f) => [f.id, f]));
    expect(byId.get(families.soon)).toMatchObject({ status: 'renewal_due', audits: 1 });
    expect(byId.get(families.active)).toMatchObject({ status: 'renewal_due', audits: 1 });
    expect(byId.get(families.later)).toMatchObject({ status: 'approved', audits: 0 });
    const perInstance = all.reduce<Record<string, number>>((m, r) => {
      m[r.instance] = (m[r.instance] ?? 0) + 1;
      return m;
    }, {});
    console.log(
      `two instances: ${all.length} periods of foster.renewals, runs per instance: ${JSON.stringify(perInstance)}`,
    );
  });
});
