/**
 * What the audit hash chain costs a write (decision 0011):
 *   npm run bench:audit-chain -- [--writes 1000] [--postgres postgres://postgres@127.0.0.1:5432/test] [--only pglite|postgres]
 * The same audited write — PUT /api/me/preferences through the whole app: session, CSRF, one
 * UPDATE of the user and one audit row in a transaction — `--writes` times, with the chain
 * (trigger, advisory lock, SHA-256) and without it (the trigger off, as before migration 0022),
 * one at a time and from 10 clients at once (PostgreSQL: a pool of 10 connections; PGlite has
 * one connection, so its "10 at once" queue in the process). Each variant runs on a fresh
 * database. Writes bench-results/audit-chain.json and prints a table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../server/app';
import { type Db, openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { verifyAuditChain } from '../server/domain/audit/verify';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { createUser } from '../server/domain/users/users.service';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '1000' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
    only: { type: 'string' },
  },
});
const WRITES = Number(values.writes);
const CLIENTS = [1, 10];

interface Row {
  database: 'PGlite' | 'PostgreSQL';
  chain: boolean;
  clients: number;
  writes: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function run(db: Db, database: Row['database'], chain: boolean, clients: number): Promise<Row> {
  await migrate(db);
  await loadReferenceData(db);
  if (!chain) {
    await db.exec(`alter table audit_events disable trigger audit_events_chain;
      alter table audit_events alter column seq drop not null, alter column prev_hash drop not null,
        alter column hash drop not null;
      drop index audit_events_seq_key;`);
  }
  const deps = { db, clock: systemClock, auth: { ...defaultAuthSettings } };
  const app = await buildApp(deps, { logLevel: 'silent' });
  await app.ready();
  const sessions: { cookie: string; csrf: string }[] = [];
  for (let i = 0; i < clients; i++) {
    const username = `bench-writer-${i}`;
    await createUser(
      deps,
      { actor: null, requestId: 'bench', ip: '127.0.0.1', locale: 'en' },
      {
        username,
        displayName: `Bench Writer ${i}`,
        password: 'bench-audit-chain-pass',
        role: 'social_worker',
        scopeAll: true,
        scopeLocationIds: [],
        scopeProgrammeIds: [],
      },
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'bench-audit-chain-pass' },
    });
    sessions.push({
      cookie: `yuva_session=${res.cookies.find((c) => c.name === 'yuva_session')!.value}`,
      csrf: res.json().csrfToken,
    });
  }
  const write = (s: { cookie: string; csrf: string }, i: number) =>
    app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload: { locale: i % 2 ? 'az' : 'tr' },
    });
  // Warm-up: plans cached, JIT of the app's code paths.
  for (let i = 0; i < 50; i++) await write(sessions[0]!, i);

  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s) => {
      for (;;) {
        const i = next++;
        if (i >= WRITES) return;
        const t0 = performance.now();
        const res = await write(s, i);
        latencies.push(performance.now() - t0);
        if (res.statusCode !== 200) throw new Error(`write ${i}: ${res.statusCode} ${res.body}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (chain) {
    const verified = await verifyAuditChain(db);
    if (!verified.ok) throw new Error('the chain did not verify after the run');
  }
  await app.close();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    database,
    chain,
    clients,
    writes: WRITES,
    seconds: round(seconds),
    perSecond: Math.round(WRITES / seconds),
    p50: round(quantile(latencies, 0.5)),
    p95: round(quantile(latencies, 0.95)),
    p99: round(quantile(latencies, 0.99)),
  };
}

async function withPostgres<T>(adminUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const name = `yuva_bench_chain_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 10);
  try {
    return await work(db);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  const rows: Row[] = [];
  for (const database of ['PGlite', 'PostgreSQL'] as const) {
    if (values.only && !database.toLowerCase().startsWith(values.only.toLowerCase())) continue;
    for (const clients of CLIENTS) {
      for (const chain of [false, true]) {
        process.stdout.write(`${database}, ${clients} client(s), chain ${chain ? 'on' : 'off'}: `);
        const row =
          database === 'PGlite'
            ? await (async () => {
                const db = await openPglite();
                try {
                  return await run(db, database, chain, clients);
                } finally {
                  await db.close();
                }
              })()
            : await withPostgres(values.postgres!, (db) => run(db, database, chain, clients));
        console.log(`${row.perSecond} writes/s, p50 ${row.p50} ms, p95 ${row.p95} ms`);
        rows.push(row);
      }
    }
  }
  console.log('\n| database | clients | chain | writes/s | p50 ms | p95 ms | p99 ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(
      `| ${r.database} | ${r.clients} | ${r.chain ? 'on' : 'off'} | ${r.perSecond} | ${r.p50} | ${r.p95} | ${r.p99} |`,
    );
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/audit-chain.json', `${JSON.stringify({ writes: WRITES, rows }, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
