/**
 * Acknowledged writes per second through HTTP on a real server process, with PGlite flushing each
 * commit to disk (the default, decision 0013), PGlite without the flush, and PostgreSQL:
 *   npx tsx scripts/bench/writes.ts [--seconds 15] [--rounds 3] [--workers 12]
 * The writes are those of the crash test (tests/resilience): referrals of two siblings with both
 * parents (one transaction each: persons, name keys, cases, family links, audit rows) and family
 * contacts. The modes alternate round by round so a busy machine slows them alike; the median is
 * reported. Ports 3238 and 3239. Writes bench-results/writes.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  createDatabase,
  type DbKind,
  prepareDatabase,
  referralBody,
  signIn,
  startYuva,
  withDb,
} from '../lib/yuva-processes';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string', default: '12' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const workers = Number(values.workers);

interface Mode {
  name: string;
  kind: DbKind;
  env: Record<string, string>;
}
const modes: Mode[] = [
  { name: 'PGlite, each commit flushed (default)', kind: 'pglite', env: { YUVA_PGLITE_FSYNC: 'true' } },
  { name: 'PGlite, no flush (YUVA_PGLITE_FSYNC=false)', kind: 'pglite', env: { YUVA_PGLITE_FSYNC: 'false' } },
  { name: 'PostgreSQL 15', kind: 'postgres', env: {} },
];

async function measure(mode: Mode, port: number) {
  process.env.YUVA_TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  const database = await createDatabase(mode.kind);
  try {
    await prepareDatabase(database, ['bench-writer']);
    const locationId = await withDb(
      database,
      async (db) => (await db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id,
    );
    const server = await startYuva(port, {
      ...database.env,
      ...mode.env,
      LOG_LEVEL: 'warn',
      YUVA_JOBS: 'false',
    });
    try {
      const client = await signIn(server.url, 'bench-writer');
      const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const cases: string[] = [];
      const latencies: number[] = [];
      const end = Date.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: workers }, async (_, w) => {
          for (let i = 0; Date.now() < end; i++) {
            const started = performance.now();
            if ((w + i) % 3 === 2 && cases.length) {
              const caseId = cases[Math.floor(Math.random() * cases.length)]!;
              const res = await client.request('POST', `/api/cases/${caseId}/contacts`, {
                contactOn: receivedOn,
                kind: 'call',
                status: 'held',
              });
              if (res.status !== 201) throw new Error(`contact: ${res.status}`);
            } else {
              const res = await client.request(
                'POST',
                '/api/referrals',
                referralBody(locationId, receivedOn),
              );
              if (res.status !== 201) throw new Error(`referral: ${res.status}`);
              cases.push((res.json() as { cases: { id: string }[] }).cases[0]!.id);
            }
            latencies.push(performance.now() - started);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
      return { writesPerSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95) };
    } finally {
      await server.kill('SIGTERM');
    }
  } finally {
    await database.drop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = new Map<string, { writesPerSecond: number; p50: number; p95: number }[]>();
for (let round = 1; round <= rounds; round++) {
  for (const [i, mode] of modes.entries()) {
    const r = await measure(mode, 3238 + (i % 2));
    results.set(mode.name, [...(results.get(mode.name) ?? []), r]);
    console.log(
      `round ${round} ${mode.name}: ${r.writesPerSecond.toFixed(1)} writes/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`,
    );
  }
}
const summary = modes.map((mode) => {
  const rs = results.get(mode.name)!;
  return {
    mode: mode.name,
    writesPerSecond: median(rs.map((r) => r.writesPerSecond)),
    p50: median(rs.map((r) => r.p50)),
    p95: median(rs.map((r) => r.p95)),
  };
});
console.log(`\nmedian of ${rounds} rounds, ${seconds} s each, ${workers} requests in flight:`);
console.log('| database | writes/s | p50 ms | p95 ms |\n| --- | --- | --- | --- |');
for (const s of summary)
  console.log(`| ${s.mode} | ${s.writesPerSecond.toFixed(1)} | ${s.p50.toFixed(0)} | ${s.p95.toFixed(0)} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/writes.json',
  JSON.stringify({ seconds, rounds, workers, at: new Date().toISOString(), summary }, null, 2),
);
