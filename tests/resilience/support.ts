import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, openPglite, openPostgres } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { loadReferenceData } from '../../server/db/seeds/reference';
import { defaultAuthSettings, systemClock } from '../../server/domain/context';
import { createUser } from '../../server/domain/users/users.service';
import { createEmptyPostgresDatabase } from '../support/test-db';

/**
 * Real Yuva processes for the resilience tests (crash, two instances): started as `npm run serve`
 * starts them, on ports 3230–3239, killed by signal. A database is either a PGlite folder or a
 * PostgreSQL database of its own, prepared here (migrated, reference data, users) and reopened
 * by the tests to check what the servers left.
 */

export const PASSWORD = 'resilience-pass-2026';

export type DbKind = 'pglite' | 'postgres';

export interface TestDatabase {
  kind: DbKind;
  /** Environment for a server on this database. */
  env: Record<string, string>;
  /** `durable: false` skips PGlite's flush to disk (quicker seeding; the data is the same). */
  open(options?: { durable?: boolean }): Promise<Db>;
  drop(): Promise<void>;
}

/** PostgreSQL runs only when the test run names a server (as scripts/test.sh does in CI). */
export const postgresAvailable = Boolean(process.env.YUVA_TEST_DATABASE_URL);

export async function createDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'yuva-resilience-'));
    return {
      kind,
      env: { YUVA_DATA_DIR: dir, DATABASE_URL: '' },
      open: (options) => openPglite({ dataDir: dir, durable: options?.durable }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { url, drop } = await createEmptyPostgresDatabase();
  return { kind, env: { DATABASE_URL: url }, open: () => openPostgres(url, 4), drop };
}

/** Migrates, loads the reference data and creates the users (role admin, everything in scope). */
export async function prepareDatabase(database: TestDatabase, usernames: string[]): Promise<void> {
  const db = await database.open();
  try {
    await migrate(db);
    await loadReferenceData(db);
    const ctx = { actor: null, requestId: 'resilience', ip: '127.0.0.1', locale: 'en' as const };
    for (const username of usernames) {
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
  } finally {
    await db.close();
  }
}

export async function withDb<T>(
  database: TestDatabase,
  work: (db: Db) => Promise<T>,
  options?: { durable?: boolean },
): Promise<T> {
  const db = await database.open(options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface YuvaProcess {
  url: string;
  pid: number;
  output(): string;
  /** JSON log lines whose `msg` is `msg`. */
  logs(msg: string): Record<string, unknown>[];
  /** Sends the signal and resolves when the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `server/main.ts` on the port and waits until /api/health answers. */
export async function startYuva(port: number, env: Record<string, string>): Promise<YuvaProcess> {
  if (!(await portFree(port))) throw new Error(`port ${port} is in use (free it: fuser -k ${port}/tcp)`);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      YUVA_DEMO: 'false',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server on ${port} did not answer within 60 s: ${output}`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    logs: (msg) =>
      output
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return {};
          }
        })
        .filter((l) => l.msg === msg),
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface Client {
  userId: string;
  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: () => unknown }>;
}

export async function login(
  url: string,
  username: string,
  password = PASSWORD,
): Promise<{ status: number; body: Record<string, unknown>; cookie: string }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('yuva_session=')) ?? '').split(';')[0]!;
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, cookie };
}

/** Signs in on `url`; the returned client can send its requests to any instance (`base`). */
export async function signIn(
  url: string,
  username: string,
): Promise<Client & { cookie: string; csrf: string }> {
  const res = await login(url, username);
  if (res.status !== 200)
    throw new Error(`login ${username} on ${url}: ${res.status} ${JSON.stringify(res.body)}`);
  const csrf = res.body.csrfToken as string;
  const userId = (res.body.user as { id: string }).id;
  return { userId, cookie: res.cookie, csrf, request: clientRequest(url, res.cookie, csrf) };
}

export function clientRequest(url: string, cookie: string, csrf: string): Client['request'] {
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'accept-language': 'en',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    return { status: res.status, json: () => JSON.parse(text) };
  };
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
function randomName(): string {
  let s = letters[Math.floor(Math.random() * 26)]!.toUpperCase();
  for (let i = 0; i < 7; i++) s += letters[Math.floor(Math.random() * 26)];
  return s;
}

/** A referral of two siblings with both parents, every name new (so no duplicate warning stops it). */
export function referralBody(locationId: string, receivedOn: string) {
  const family = randomName();
  const child = (sex: 'female' | 'male', birthDate: string) => ({
    givenName: randomName(),
    familyName: family,
    sex,
    birthDate,
    confirmNewReason: 'crash test: a new child every time',
  });
  return {
    receivedOn,
    source: 'guardianship_body',
    reasons: ['abandonment'],
    description: 'Crash-safety test',
    locationId,
    children: [child('female', '2015-03-04'), child('male', '2017-08-09')],
    family: [
      {
        givenName: randomName(),
        familyName: family,
        relationship: 'mother',
        alive: 'yes',
        parentalRights: 'full',
      },
      { givenName: randomName(), familyName: family, relationship: 'father', alive: 'unknown' },
    ],
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
