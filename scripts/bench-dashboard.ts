/**
 * The indicators dashboard at scale, on PostgreSQL and PGlite:
 *   npm run bench:dashboard -- --size 1000000 --runs 3 --postgres-only   (CI runs --size 2000)
 * Generates `size` children with cases and placements (progress shown) and adds history —
 * a third moved from short-term care, a tenth with an earlier stay that ended at home, a
 * review for half — then times the whole dashboard (every indicator, for everyone and for
 * one location) and the children behind "reviews overdue". Prints a table and writes
 * bench-results/dashboard-<size>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Db, openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { type Deps, defaultAuthSettings, type RequestContext } from '../server/domain/context';
import { dashboard } from '../server/domain/indicators/dashboard.service';
import { childrenBehind } from '../server/domain/indicators/drill-down.service';
import { generateChildren, TODAY, WORKER } from './bench-data';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    'postgres-only': { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);

/** Moves, earlier stays and reviews, so every indicator has something to count. */
async function addHistory(db: Db) {
  process.stdout.write('  adding history …');
  await db.exec(`
    insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
      select c.child_id, c.id, 'short_term', c.opened_on - 30, c.opened_on, 'planned_move', 'ended'
        from cases c where c.case_number like 'YV-B-%' and substring(c.case_number from 6)::int % 3 = 0;
    insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
      select c.child_id, c.id, 'residential', c.opened_on - 400, c.opened_on - 200, 'reunification', 'ended'
        from cases c where c.case_number like 'YV-B-%' and substring(c.case_number from 6)::int % 10 = 0;
    insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, child_heard, next_review_on)
      select c.id, date '${TODAY}' - (substring(c.case_number from 6)::int % 120), 'periodic', true, true, 'heard',
             date '${TODAY}' - (substring(c.case_number from 6)::int % 120) + 90
        from cases c where c.case_number like 'YV-B-%' and substring(c.case_number from 6)::int % 2 = 0;
    analyze;`);
  process.stdout.write(' done\n');
}

async function measure(db: Db) {
  const ganja = (await db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  const deps: Deps = {
    db,
    clock: { now: () => new Date(`${TODAY}T12:00:00Z`) },
    auth: { ...defaultAuthSettings },
  };
  const ctx: RequestContext = {
    actor: {
      userId: WORKER,
      username: 'bench',
      displayName: 'Bench',
      role: 'director',
      locale: 'en',
      scope: { all: true, locationIds: [], programmeIds: [] },
      sessionTokenHash: '',
      csrfToken: '',
    },
    requestId: 'bench',
    ip: '127.0.0.1',
    locale: 'en',
  };
  const analyst = { ...ctx, actor: { ...ctx.actor!, role: 'analyst' as const } };
  const cases: [string, () => Promise<unknown>][] = [
    ['dashboard, everyone, 12 months', () => dashboard(deps, ctx, {})],
    ['dashboard, one location', () => dashboard(deps, ctx, { locationId: ganja })],
    ['dashboard, analyst (suppressed)', () => dashboard(deps, analyst, {})],
    [
      'children behind "reviews overdue"',
      () => childrenBehind(deps, ctx, { indicator: 'reviews_overdue', page: 1, pageSize: 500 }),
    ],
  ];
  const results = [];
  for (const [name, run] of cases) {
    await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 10) / 10;
    results.push({ query: name, p50: at(0.5), p95: at(0.95), max: at(1) });
    process.stdout.write(`  ${name}: p50 ${at(0.5)} ms\n`);
  }
  return results;
}

async function prepare(db: Db) {
  await migrate(db);
  await loadReferenceData(db);
  await generateChildren(db, size);
  await addHistory(db);
}

async function onPostgres() {
  const adminUrl = process.env.YUVA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `yuva_bench_dash_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 4);
  try {
    console.log('PostgreSQL');
    await prepare(db);
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
    console.log('PGlite');
    await prepare(db);
    return await measure(db);
  } finally {
    await db.close();
  }
}

const report = {
  size,
  runs,
  date: new Date().toISOString(),
  postgres: await onPostgres(),
  pglite: values['postgres-only'] ? [] : await onPglite(),
};
console.log(`\nThe dashboard with ${size.toLocaleString('en')} children (${runs} runs each, milliseconds)\n`);
console.log(
  `${'request'.padEnd(36)} ${'PostgreSQL p50'.padStart(15)} ${'p95'.padStart(8)} ${'PGlite p50'.padStart(11)} ${'p95'.padStart(8)}`,
);
for (const [i, r] of report.postgres.entries()) {
  const l = report.pglite[i];
  console.log(
    `${r.query.padEnd(36)} ${String(r.p50).padStart(15)} ${String(r.p95).padStart(8)} ${String(l?.p50 ?? '—').padStart(11)} ${String(l?.p95 ?? '—').padStart(8)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/dashboard-${size}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: bench-results/dashboard-${size}.json`);
