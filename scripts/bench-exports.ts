/**
 * Benchmark of the streamed exports through HTTP, on PostgreSQL and PGlite:
 *   npm run bench:exports -- --size 1000000      (CI runs --size 2000)
 * Generates `size` children with cases and placements, starts the app on a loopback port,
 * signs in as an administrator and downloads the children list as CSV and as XLSX, reading the
 * body as it streams. Reports rows per second, time to the first byte, the file's size and the
 * process's resident memory (RSS) before and at its peak during each download (sampled every
 * 20 ms): streaming keeps the peak flat whatever the size. Writes bench-results/exports-<size>.json.
 * PostgreSQL: YUVA_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test (a database
 * of its own is created and dropped). `--only postgres|pglite` runs one of them; `--runs 3`
 * downloads each format three times.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import { buildApp } from '../server/app';
import { type Db, openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { createUser } from '../server/domain/users/users.service';
import { generateChildren } from './bench-data';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    only: { type: 'string' },
    formats: { type: 'string', default: 'csv,xlsx' },
    runs: { type: 'string', default: '1' },
  },
});
const size = Number(values.size);
const formats = values.formats!.split(',') as ('csv' | 'xlsx')[];
/** Each format is downloaded this many times in turn (to see that nothing is left behind). */
const runs = Number(values.runs);
const MB = 1024 * 1024;
// A collection before each download, so "before" is what the process really holds.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

interface Result {
  format: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  firstByteMs: number;
  fileMB: number;
  rssBeforeMB: number;
  rssPeakMB: number;
  rssGrowthMB: number;
  heapPeakMB: number;
}

async function measure(db: Db): Promise<Result[]> {
  const deps = { db, clock: systemClock, auth: { ...defaultAuthSettings } };
  const app = await buildApp(deps, { logLevel: 'warn' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const password = 'bench-password-2026';
  await createUser(
    deps,
    { actor: null, requestId: 'bench', ip: '127.0.0.1', locale: 'en' },
    {
      username: 'bench-admin',
      displayName: 'Bench admin',
      password,
      role: 'admin',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    },
  );
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench-admin', password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const results: Result[] = [];
  try {
    for (const format of Array.from({ length: runs }, () => formats).flat()) {
      gc();
      const before = process.memoryUsage().rss;
      let peak = before;
      let heapPeak = 0;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        heapPeak = Math.max(heapPeak, m.heapUsed);
      }, 20);
      const started = performance.now();
      const res = await fetch(`${base}/api/exports/cases?format=${format}&lang=az`, { headers: { cookie } });
      if (!res.ok || !res.body) throw new Error(`${format}: ${res.status} ${await res.text()}`);
      const rows = Number(res.headers.get('x-total-rows'));
      let firstByte = 0;
      let bytes = 0;
      let shown = 0;
      for await (const chunk of res.body) {
        if (!firstByte) firstByte = performance.now() - started;
        bytes += chunk.length;
        if (bytes - shown > 20 * MB) {
          shown = bytes;
          process.stdout.write(`\r  ${format}: ${Math.round(bytes / MB)} MB   `);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      process.stdout.write('\r');
      results.push({
        format,
        rows,
        seconds: Math.round(seconds * 100) / 100,
        rowsPerSecond: Math.round(rows / seconds),
        firstByteMs: Math.round(firstByte),
        fileMB: Math.round((bytes / MB) * 10) / 10,
        rssBeforeMB: Math.round(before / MB),
        rssPeakMB: Math.round(peak / MB),
        rssGrowthMB: Math.round((peak - before) / MB),
        heapPeakMB: Math.round(heapPeak / MB),
      });
    }
  } finally {
    await app.close();
  }
  return results;
}

async function onPostgres() {
  const adminUrl = process.env.YUVA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `yuva_bench_exp_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 4);
  try {
    await migrate(db);
    await loadReferenceData(db);
    await generateChildren(db, size);
    return await measure(db);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onPglite() {
  const db = await openPglite();
  try {
    await migrate(db);
    await loadReferenceData(db);
    await generateChildren(db, size);
    return await measure(db);
  } finally {
    await db.close();
  }
}

const report = {
  size,
  date: new Date().toISOString(),
  postgres: values.only && values.only !== 'postgres' ? null : await onPostgres(),
  pglite: values.only && values.only !== 'pglite' ? null : await onPglite(),
};
console.log(`\nExport of the children list with ${size.toLocaleString('en')} children, through HTTP\n`);
console.log(
  `${'database'.padEnd(11)} ${'format'.padEnd(6)} ${'rows/s'.padStart(9)} ${'seconds'.padStart(8)} ${'1st byte'.padStart(9)} ${'file MB'.padStart(8)} ${'RSS before'.padStart(11)} ${'RSS peak'.padStart(9)} ${'growth'.padStart(7)} ${'heap peak'.padStart(9)}`,
);
for (const [name, results] of [
  ['PostgreSQL', report.postgres],
  ['PGlite', report.pglite],
] as const) {
  for (const r of results ?? []) {
    console.log(
      `${name.padEnd(11)} ${r.format.padEnd(6)} ${String(r.rowsPerSecond).padStart(9)} ${String(r.seconds).padStart(8)} ${`${r.firstByteMs} ms`.padStart(9)} ${String(r.fileMB).padStart(8)} ${`${r.rssBeforeMB} MB`.padStart(11)} ${`${r.rssPeakMB} MB`.padStart(9)} ${`${r.rssGrowthMB} MB`.padStart(7)} ${`${r.heapPeakMB} MB`.padStart(9)}`,
    );
  }
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/exports-${size}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: bench-results/exports-${size}.json`);
