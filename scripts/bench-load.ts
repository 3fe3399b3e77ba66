/**
 * The load benchmark (issue 8): the requests a caseworker makes most, over HTTP on loopback,
 * measured with autocannon at 1, 10 and 50 connections against a Yuva server process on
 * PostgreSQL, beside the same statements run bare by pgbench (the floor), then a memory soak at
 * the largest size.
 *
 *   npm run bench -- --sizes 10000,1000000 --duration 15 --soak 600     (by hand)
 *   npm run bench -- --sizes 2000 --connections 1,10 --duration 2 --soak 10   (CI)
 *
 * Each size gets a database of its own (`yuva_load_<size>`), generated with progress shown;
 * `--reuse` keeps it for the next run (`--prepare-only` just generates it). Prints a table and
 * writes bench-results/load-<sizes>.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '../server/app';
import { type Db, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { generateCaseload } from './bench-load-data';
import { type FloorResult, percentile, type Recorded, recordingDb, runFloor } from './bench-load-floor';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    connections: { type: 'string', default: '1,10,50' },
    duration: { type: 'string', default: '10' },
    soak: { type: 'string', default: '60' },
    reuse: { type: 'boolean', default: false },
    'prepare-only': { type: 'boolean', default: false },
    /** Only these requests (names separated by |, e.g. "case page|start page"). */
    only: { type: 'string' },
    /** Writes the server's CPU profile to bench-results/profile (open it in Chrome's DevTools). */
    profile: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const levels = values.connections.split(',').map(Number);
const seconds = Number(values.duration);
const soakSeconds = Number(values.soak);
const adminUrl = process.env.YUVA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TODAY = new Date().toISOString().slice(0, 10);
/** Signed-in caseworkers, one a connection (50 at most), each on their own cases. */
const SESSIONS = Math.max(...levels, 10);

interface Session {
  cookie: string;
  csrf: string;
  caseIds: string[];
}

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: (s: Session, n: number) => string;
  body?: () => string;
}

const review = () =>
  JSON.stringify({
    heldOn: TODAY,
    kind: 'periodic',
    participants: 'Social worker, SOS mother, the child',
    childHeard: 'Wants to stay with the SOS family and see the grandmother more often',
    findings: 'Settled, attends school',
    necessityHolds: true,
    suitabilityHolds: true,
    decisions: 'Continue; next review in six months',
    q4cStandards: [6, 11],
  });

const ALL_SCENARIOS: Scenario[] = [
  { name: 'start page', method: 'GET', path: () => '/api/my-work' },
  {
    name: 'children list, filtered',
    method: 'GET',
    path: (_, n) => `/api/cases?status=in_care&ageBand=7-13&page=${1 + (n % 3)}`,
  },
  { name: 'case page', method: 'GET', path: (s, n) => `/api/cases/${s.caseIds[n % s.caseIds.length]}` },
  {
    name: 'saving a review',
    method: 'POST',
    path: (s, n) => `/api/cases/${s.caseIds[n % s.caseIds.length]}/reviews`,
    body: review,
  },
];

async function dropDatabase(size: number) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists yuva_load_${size} with (force)`);
  await admin.end();
}

const SCENARIOS = values.only
  ? ALL_SCENARIOS.filter((s) => values.only!.split('|').includes(s.name))
  : ALL_SCENARIOS;

function databaseUrl(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The size's database, generated unless `--reuse` finds it complete. */
async function prepare(size: number): Promise<string> {
  const name = `yuva_load_${size}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
    if (exists && values.reuse) {
      const db = await openPostgres(databaseUrl(name), 2);
      const done = await db
        .query<{ n: number }>(`select count(*)::int as n from cases where case_number like 'YV-L-%'`)
        .catch(() => [{ n: -1 }]);
      await migrate(db);
      await db.close();
      if (done[0]?.n === size) {
        console.log(`  reusing ${name} (${size.toLocaleString('en')} children)`);
        return databaseUrl(name);
      }
    }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const db = await openPostgres(databaseUrl(name), 1);
  try {
    await migrate(db);
    await loadReferenceData(db);
    const started = Date.now();
    await generateCaseload(db, size, TODAY, (done, total) =>
      process.stdout.write(
        `\r  generating: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} children with histories (${Math.round((100 * done) / total)} %, ${Math.round((Date.now() - started) / 1000)} s)   `,
      ),
    );
    process.stdout.write('\n');
  } finally {
    await db.close();
  }
  return databaseUrl(name);
}

/** Sessions opened straight in the database for caseworkers spread over the three locations. */
async function openSessions(db: Db, size: number): Promise<Session[]> {
  const workers = Math.ceil(size / 25);
  const sessions: Session[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const w = Math.floor((i * workers) / SESSIONS);
    const userId = (
      await db.query<{ id: string }>(`select load_uuid('load-worker-' || $1::int) as id`, [w])
    )[0]!.id;
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(32).toString('base64url');
    const hash = createHash('sha256').update(token).digest('hex');
    await db.query(
      `insert into sessions (token_hash, user_id, csrf_token, expires_at, absolute_expires_at, stage)
       values ($1, $2, $3, now() + interval '1 day', now() + interval '1 day', 'full')`,
      [hash, userId, csrf],
    );
    const cases = await db.query<{ id: string }>(
      `select id from cases where assigned_worker_id = $1 and status = 'in_care' order by case_number`,
      [userId],
    );
    sessions.push({ cookie: `yuva_session=${token}`, csrf, caseIds: cases.map((c) => c.id) });
  }
  return sessions;
}

/** Each request once in this process, its statements recorded: the pgbench scripts of the floor. */
async function recordStatements(db: Db, sessions: Session[]): Promise<Recorded[][]> {
  const recorder = recordingDb(db);
  const app = await buildApp(
    { db: recorder.db, clock: systemClock, auth: defaultAuthSettings },
    { logLevel: 'warn' },
  );
  try {
    const scripts: Recorded[][] = [];
    for (const scenario of SCENARIOS) {
      const perScenario: Recorded[] = [];
      for (const [i, s] of sessions.entries()) {
        const statements = await recorder.record(async () => {
          const response = await app.inject({
            method: scenario.method,
            url: scenario.path(s, i + 1),
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
            payload: scenario.body?.(),
          });
          if (response.statusCode >= 300)
            throw new Error(`${scenario.name}: ${response.statusCode} ${response.body}`);
        });
        perScenario.push(statements);
      }
      scripts.push(perScenario);
    }
    return scripts;
  } finally {
    await app.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(url: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir=bench-results/profile'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      YUVA_DEMO: 'false',
      YUVA_JOBS: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start within a minute');
}

const rssMb = (pid: number) =>
  Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** autocannon for `duration` seconds; every response's time kept to give an exact p95. */
async function load(
  base: string,
  sessions: Session[],
  scenarios: Scenario[],
  connections: number,
  duration: number,
): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  const times: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: base,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request, context: { session?: Session; n?: number }) => {
          context.session ??= sessions[next++ % sessions.length];
          context.n = (context.n ?? 0) + 1;
          const scenario = scenarios[context.n % scenarios.length]!;
          const s = context.session!;
          return {
            ...request,
            method: scenario.method,
            path: scenario.path(s, context.n),
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
            body: scenario.body?.(),
          };
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client, status, _bytes, time) => {
    times.push(time);
    if (status >= 300) errors++;
  });
  const result = await finished;
  times.sort((a, b) => a - b);
  const at = (p: number) => percentile(times, p);
  return {
    requests: times.length,
    rps: Math.round(times.length / duration),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: errors + result.errors + result.timeouts,
  };
}

interface Row {
  size: number;
  request: string;
  connections: number;
  http: LoadResult;
  floor: FloorResult;
}

async function benchSize(size: number) {
  console.log(`\n== ${size.toLocaleString('en')} children`);
  const url = await prepare(size);
  const db = await openPostgres(url, 4);
  const sessions = await openSessions(db, size);
  const scripts = await recordStatements(db, sessions);
  await db.close();
  const { base, child } = await startServer(url);
  const rows: Row[] = [];
  let soak: Soak | undefined;
  try {
    for (const [i, scenario] of SCENARIOS.entries()) {
      await load(base, sessions, [scenario], levels.at(-1)!, Math.min(3, seconds)); // warm-up
      for (const connections of levels) {
        process.stdout.write(`  ${scenario.name}, ${connections} connections: HTTP… `);
        const http = await load(base, sessions, [scenario], connections, seconds);
        process.stdout.write('bare… ');
        const floor = await runFloor(url, scripts[i]!, connections, seconds);
        console.log(`${http.rps} req/s p95 ${http.p95} ms; bare ${floor.tps}/s p95 ${floor.p95} ms`);
        rows.push({ size, request: scenario.name, connections, http, floor });
      }
    }
    if (soakSeconds > 0 && size === sizes.at(-1)) soak = await runSoak(base, sessions, child.pid!);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    if (!values.reuse) await dropDatabase(size);
  }
  return { size, rows, soak };
}

interface Soak {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  rssMb: { at: number; mb: number }[];
  startMb: number;
  endMb: number;
  maxMb: number;
}

/** Every request in turn at 10 connections for `--soak` seconds, the server's RSS sampled as it goes. */
async function runSoak(base: string, sessions: Session[], pid: number): Promise<Soak> {
  const samples: { at: number; mb: number }[] = [];
  const started = Date.now();
  const every = Math.max(1, Math.round(soakSeconds / 60)) * 1000;
  const timer = setInterval(() => {
    const at = Math.round((Date.now() - started) / 1000);
    samples.push({ at, mb: rssMb(pid) });
    process.stdout.write(`\r  soak: ${at} / ${soakSeconds} s, server RSS ${samples.at(-1)!.mb} MB   `);
  }, every);
  samples.push({ at: 0, mb: rssMb(pid) });
  const result = await load(base, sessions, SCENARIOS, 10, soakSeconds);
  clearInterval(timer);
  samples.push({ at: soakSeconds, mb: rssMb(pid) });
  process.stdout.write('\n');
  // The first minute (or tenth) is the warm-up: caches filling, code being compiled.
  const settled = samples.filter((s) => s.at >= Math.min(60, soakSeconds / 10));
  return {
    seconds: soakSeconds,
    connections: 10,
    requests: result.requests,
    errors: result.errors,
    rssMb: samples,
    startMb: settled[0]!.mb,
    endMb: samples.at(-1)!.mb,
    maxMb: Math.max(...samples.map((s) => s.mb)),
  };
}

function printTable(results: Awaited<ReturnType<typeof benchSize>>[]) {
  const head = [
    'children',
    'request',
    'conns',
    'req/s',
    'p50',
    'p95',
    'p99',
    'errors',
    'bare/s',
    'bare p95',
    'share',
  ];
  const widths = [10, 24, 6, 7, 7, 7, 7, 7, 8, 9, 6];
  const line = (cells: (string | number)[]) =>
    cells.map((c, i) => (i === 1 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join(' ');
  console.log(
    `\nHTTP through autocannon vs the same statements bare through pgbench (ms; ${seconds} s each)\n`,
  );
  console.log(line(head));
  for (const { rows } of results) {
    for (const r of rows) {
      const share = r.floor.tps ? `${Math.round((100 * r.http.rps) / r.floor.tps)} %` : '-';
      console.log(
        line([
          r.size.toLocaleString('en'),
          r.request,
          r.connections,
          r.http.rps,
          r.http.p50,
          r.http.p95,
          r.http.p99,
          r.http.errors,
          r.floor.tps,
          r.floor.p95,
          share,
        ]),
      );
    }
  }
  for (const { size, soak } of results) {
    if (!soak) continue;
    console.log(
      `\nSoak at ${size.toLocaleString('en')} children: ${soak.seconds} s, ${soak.requests.toLocaleString('en')} requests, ${soak.errors} errors; server RSS ${soak.startMb} MB after warm-up → ${soak.endMb} MB at the end (max ${soak.maxMb} MB)`,
    );
  }
  if (results.length > 1) {
    const [small, large] = [results[0]!, results.at(-1)!];
    console.log(
      `\nGrowth from ${small.size.toLocaleString('en')} to ${large.size.toLocaleString('en')} children (p95 at ${levels.at(-1)} connections)`,
    );
    for (const scenario of SCENARIOS) {
      const a = small.rows.find((r) => r.request === scenario.name && r.connections === levels.at(-1));
      const b = large.rows.find((r) => r.request === scenario.name && r.connections === levels.at(-1));
      if (a && b)
        console.log(
          `  ${scenario.name.padEnd(24)} ${a.http.p95} → ${b.http.p95} ms (×${(b.http.p95 / a.http.p95).toFixed(2)})`,
        );
    }
  }
}

if (values['prepare-only']) {
  for (const size of sizes) await prepare(size);
  process.exit(0);
}
const results = [];
for (const size of sizes) results.push(await benchSize(size));
printTable(results);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/load-${sizes.join('-')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), seconds, levels, database: 'PostgreSQL', results }, null, 2)}\n`,
);
console.log(`\nJSON: ${file}`);
const failed = results.flatMap((r) => r.rows).filter((r) => r.http.errors > 0 || r.floor.failed > 0);
if (failed.length || results.some((r) => (r.soak?.errors ?? 0) > 0)) {
  console.error('FAILED: some requests did not succeed');
  process.exit(1);
}
process.exit(0);
