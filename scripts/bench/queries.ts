/**
 * Benchmarks of the queries a caseworker makes most, on PostgreSQL and PGlite:
 *   npm run bench:queries -- --size 50000        (CI runs --size 2000)
 * Generates `size` children with cases and placements (progress shown), then times each
 * query; prints a table and writes bench-results/cases-<size>.json.
 * PostgreSQL: YUVA_BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test
 * (a database of its own is created and dropped).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Db } from '../../server/db/client';
import { listCases } from '../../server/db/repositories/case-list.repository';
import { dueItems } from '../../server/db/repositories/due.repository';
import { generateChildren, TODAY, WORKER } from './data';
import { type BenchDatabaseKind, withBenchDatabase } from './database';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, runs: { type: 'string', default: '15' } },
});
const size = Number(values.size);
const runs = Number(values.runs);

async function measure(db: Db) {
  const ganja = (await db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  const everyone = { scope: { all: true, locationIds: [], programmeIds: [] }, userId: WORKER };
  const scoped = { scope: { all: false, locationIds: [ganja], programmeIds: [] }, userId: WORKER };
  const cases: [string, () => Promise<unknown>][] = [
    ['children list, page 1', () => listCases(db, everyone, { page: 1, pageSize: 50 }, TODAY)],
    ['children list, one location, page 20', () => listCases(db, scoped, { page: 20, pageSize: 50 }, TODAY)],
    [
      'children list, overdue reviews',
      () => listCases(db, everyone, { page: 1, pageSize: 50, overdue: 'true' }, TODAY),
    ],
    [
      'children list, age 7-13',
      () => listCases(db, everyone, { page: 1, pageSize: 50, ageBand: '7-13' }, TODAY),
    ],
    [
      "start page: worker's cases",
      () => listCases(db, everyone, { page: 1, pageSize: 200, assignedOnly: true }, TODAY),
    ],
    [
      'start page: due and overdue',
      () => dueItems(db, everyone, { today: TODAY, assignedOnly: true, approvals: false }),
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
  }
  return results;
}

/** Generates the children in a database of its own and measures the queries there. */
const onDatabase = (kind: BenchDatabaseKind) =>
  withBenchDatabase(kind, async (db) => {
    await generateChildren(db, size);
    return measure(db);
  });

const report = {
  size,
  runs,
  date: new Date().toISOString(),
  postgres: await onDatabase('postgres'),
  pglite: await onDatabase('pglite'),
};
console.log(`\nCase queries with ${size.toLocaleString('en')} children (${runs} runs each, milliseconds)\n`);
console.log(
  `${'query'.padEnd(40)} ${'PostgreSQL p50'.padStart(15)} ${'p95'.padStart(7)} ${'PGlite p50'.padStart(11)} ${'p95'.padStart(7)}`,
);
for (const [i, r] of report.postgres.entries()) {
  const l = report.pglite[i]!;
  console.log(
    `${r.query.padEnd(40)} ${String(r.p50).padStart(15)} ${String(r.p95).padStart(7)} ${String(l.p50).padStart(11)} ${String(l.p95).padStart(7)}`,
  );
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/cases-${size}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: bench-results/cases-${size}.json`);
