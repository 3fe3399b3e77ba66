import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../common/roles';
import { type AppOptions, buildApp } from '../../server/app';
import type { Db } from '../../server/db/client';
import { type Clock, type Deps, defaultAuthSettings } from '../../server/domain/context';
import { createUser } from '../../server/domain/users/users.service';
import { checkedInject, type OpenApiDocument } from './contract';
import { createTestDb } from './test-db';

export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-25T09:00:00Z')) {}
  now() {
    return new Date(this.current);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  deps: Deps;
  clock: TestClock;
  close(): Promise<void>;
  /** Creates a user with the role (scope: everything unless given) and signs them in. */
  signIn(role: Role, scope?: { locationIds?: string[]; programmeIds?: string[] }): Promise<Session>;
}

export interface Session {
  userId: string;
  username: string;
  cookie: string;
  csrfToken: string;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Signs the same user in again (after the test clock moved past the session's idle time). */
  renew(): Promise<void>;
}

let counter = 0;
export const TEST_PASSWORD = 'correct-horse-battery-9';

/** `options`: those of the app itself (secure cookies, a web folder…), as main.ts would pass them. */
export async function createTestApp(options: AppOptions = {}): Promise<TestApp> {
  const { db, drop } = await createTestDb();
  const clock = new TestClock();
  const deps: Deps = { db, clock, auth: { ...defaultAuthSettings } };
  const app = await buildApp(deps, { logLevel: 'silent', ...options });
  await app.ready();
  // Every answer a test sees is checked against the OpenAPI document (tests/support/contract.ts).
  const inject = app.inject.bind(app) as (opts: InjectOptions) => Promise<LightMyRequestResponse>;
  app.inject = checkedInject(inject, () => app.swagger() as unknown as OpenApiDocument) as typeof app.inject;
  const systemCtx = { actor: null, requestId: 'test', ip: '127.0.0.1', locale: 'en' as const };

  async function login(username: string, password: string) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'yuva_session');
    return {
      cookie: `yuva_session=${cookie?.value}`,
      csrfToken: (res.json() as { csrfToken: string }).csrfToken,
      userId: (res.json() as { user: { id: string } }).user.id,
    };
  }

  return {
    app,
    db,
    deps,
    clock,
    close: async () => {
      await app.close();
      await drop();
    },
    async signIn(role, scope) {
      const username = `${role.replaceAll('_', '-')}-${++counter}`;
      await createUser(deps, systemCtx, {
        username,
        displayName: `Test ${role}`,
        password: TEST_PASSWORD,
        role,
        scopeAll: !scope,
        scopeLocationIds: scope?.locationIds ?? [],
        scopeProgrammeIds: scope?.programmeIds ?? [],
      });
      const session: Session = {
        ...(await login(username, TEST_PASSWORD)),
        username,
        request: (method, url, body, headers = {}) =>
          app.inject({
            method: method as 'GET',
            url,
            headers: {
              cookie: session.cookie,
              'x-csrf-token': session.csrfToken,
              'accept-language': 'en',
              ...headers,
            },
            ...(body === undefined ? {} : { payload: body as object }),
          }),
        renew: async () => {
          Object.assign(session, await login(username, TEST_PASSWORD));
        },
      };
      return session;
    },
  };
}
