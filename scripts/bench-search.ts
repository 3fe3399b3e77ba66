/**
 * Search benchmark: generates `size` people (faker az, tr and ru names, some written again in
 * Cyrillic or a passport spelling), then measures search-as-you-type through the API on
 * PostgreSQL and on PGlite, next to a plain ILIKE '%term%' scan on the same data.
 *   npm run bench:search -- --size 1000000     (CI: --size 10000)
 * Prints a table and writes bench-results/search-<size>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fakerAZ, fakerRU, fakerTR } from '@faker-js/faker';
import pg from 'pg';
import { foldName, nameKey } from '../common/text/name-key';
import { latinToCyrillic, passportSpelling } from '../common/text/transliterate';
import { buildApp } from '../server/app';
import { type Db, openPglite, openPostgres } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { fullNames, nameWords } from '../server/db/repositories/name-keys.repository';
import { ilikeScan } from '../server/db/repositories/search.repository';
import { loadReferenceData } from '../server/db/seeds/reference';
import { defaultAuthSettings, systemClock } from '../server/domain/context';
import { createUser } from '../server/domain/users/users.service';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '300' },
    only: { type: 'string' },
  },
});
const size = Number(values.size);
const queryCount = Number(values.queries);

interface Generated {
  given: string;
  family: string;
  patronymic: string;
  born: string;
}

/** One person: mostly Azerbaijani names, some Turkish and Russian, a fifth written in another script or spelling. */
function person(i: number): Generated {
  const r = (i * 7919) % 100;
  const f = r < 60 ? fakerAZ : r < 80 ? fakerTR : fakerRU;
  const sex = i % 2 ? 'female' : 'male';
  let given = f.person.firstName(sex);
  let family = f.person.lastName(sex);
  if (r < 60 && i % 5 === 0) [given, family] = [latinToCyrillic(given), latinToCyrillic(family)];
  else if (r < 60 && i % 5 === 1) [given, family] = [passportSpelling(given), passportSpelling(family)];
  given = given[0]!.toUpperCase() + given.slice(1);
  family = family[0]!.toUpperCase() + family.slice(1);
  const born = `${1990 + (i % 35)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  return {
    given,
    family,
    patronymic: r < 60 ? `${fakerAZ.person.firstName('male')} ${sex === 'female' ? 'qızı' : 'oğlu'}` : '',
    born,
  };
}

async function generate(db: Db, people: Generated[]) {
  const location = (await db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  const chunk = 5000;
  for (let from = 0; from < people.length; from += chunk) {
    const batch = people.slice(from, from + chunk);
    const ids = (
      await db.query<{ id: string }>(
        `insert into persons (given_name, family_name, patronymic, birth_date)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::date[]) returning id`,
        [
          batch.map((p) => p.given),
          batch.map((p) => p.family),
          batch.map((p) => p.patronymic || null),
          batch.map((p) => p.born),
        ],
      )
    ).map((r) => r.id);
    const keyRows = batch.flatMap((p, i) =>
      nameWords({ givenName: p.given, familyName: p.family, patronymic: p.patronymic }).map(
        (w, position) => ({ id: ids[i]!, position, folded: foldName(w), key: nameKey(w) }),
      ),
    );
    await db.query(
      `insert into person_name_keys (person_id, position, folded, key)
       select * from unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[])`,
      [
        keyRows.map((k) => k.id),
        keyRows.map((k) => k.position),
        keyRows.map((k) => k.folded),
        keyRows.map((k) => k.key),
      ],
    );
    const full = batch.flatMap((p, i) =>
      fullNames({ givenName: p.given, familyName: p.family, patronymic: p.patronymic }).map(
        (f, ordering) => ({ id: ids[i]!, ordering, ...f }),
      ),
    );
    await db.query(
      `insert into person_full_keys (person_id, ordering, folded, key)
       select * from unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[])`,
      [full.map((k) => k.id), full.map((k) => k.ordering), full.map((k) => k.folded), full.map((k) => k.key)],
    );
    await db.query(
      `insert into cases (case_number, child_id, location_id, opened_on, status)
       select 'YV-S-' || (${from} + n), id, $2, date '2020-01-01', 'in_care' from unnest($1::uuid[]) with ordinality as u(id, n)`,
      [ids, location],
    );
    const done = Math.min(people.length, from + chunk);
    process.stdout.write(
      `\r  generating: ${done.toLocaleString('en')} / ${people.length.toLocaleString('en')} people (${Math.round((100 * done) / people.length)} %)   `,
    );
  }
  await db.exec('analyze');
  process.stdout.write('\n');
}

/** What people type: a prefix of a family name, a full name, the same name in Cyrillic or a passport spelling. */
function queries(people: Generated[]): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < queryCount; i += Math.max(1, Math.floor(people.length / queryCount))) {
    const p = people[i % people.length]!;
    switch (out.length % 4) {
      case 0:
        out.push(p.family.slice(0, 3 + (i % 4)));
        break;
      case 1:
        out.push(`${p.given} ${p.family}`);
        break;
      case 2:
        out.push(latinToCyrillic(p.family));
        break;
      default:
        out.push(`${passportSpelling(p.given)} ${p.born.slice(0, 4)}`);
    }
  }
  return out;
}

const stats = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

async function measure(db: Db, qs: string[]) {
  const deps = { db, clock: systemClock, auth: defaultAuthSettings };
  const app = await buildApp(deps, { logLevel: 'silent' });
  await app.ready();
  await createUser(
    deps,
    { actor: null, requestId: 'bench', ip: '127.0.0.1', locale: 'en' },
    {
      username: 'bench',
      displayName: 'Bench',
      password: 'bench-password-1',
      role: 'admin',
      scopeAll: true,
      scopeLocationIds: [],
      scopeProgrammeIds: [],
    },
  );
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'bench', password: 'bench-password-1' },
  });
  const cookie = `yuva_session=${login.cookies.find((c) => c.name === 'yuva_session')!.value}`;
  const api: number[] = [];
  const byKind: number[][] = [[], [], [], []];
  let found = 0;
  for (const [i, q] of qs.entries()) {
    const started = performance.now();
    const res = await app.inject({
      method: 'GET',
      url: `/api/search/people?q=${encodeURIComponent(q)}`,
      headers: { cookie },
    });
    const ms = performance.now() - started;
    api.push(ms);
    byKind[i % 4]!.push(ms);
    if (res.json().items.length) found++;
  }
  const scan: number[] = [];
  for (const q of qs.slice(0, Math.min(qs.length, 60))) {
    const term = q.split(' ')[0]!;
    const started = performance.now();
    await ilikeScan(db, term, 20);
    scan.push(performance.now() - started);
  }
  await app.close();
  const kinds = [
    'family-name prefix',
    'given + family name',
    'Cyrillic rendering',
    'passport spelling + birth year',
  ];
  return {
    search: stats(api),
    byKind: Object.fromEntries(kinds.map((k, i) => [k, stats(byKind[i]!)])),
    ilike: stats(scan),
    foundShare: Math.round((100 * found) / qs.length),
  };
}

async function onPostgres(people: Generated[], qs: string[]) {
  const adminUrl = process.env.YUVA_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `yuva_search_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 4);
  try {
    await migrate(db);
    await loadReferenceData(db);
    await generate(db, people);
    return await measure(db, qs);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onPglite(people: Generated[], qs: string[]) {
  const db = await openPglite();
  try {
    await migrate(db);
    await loadReferenceData(db);
    await generate(db, people);
    return await measure(db, qs);
  } finally {
    await db.close();
  }
}

for (const f of [fakerAZ, fakerTR, fakerRU]) f.seed(42);
const people = Array.from({ length: size }, (_, i) => person(i));
const qs = queries(people);
const report: Record<string, unknown> = {
  size,
  queries: qs.length,
  date: new Date().toISOString(),
  targets: { p95Ms: 50, timesFasterThanIlike: 20 },
};
if (values.only !== 'pglite') report.postgres = await onPostgres(people, qs);
if (values.only !== 'postgres') report.pglite = await onPglite(people, qs);

console.log(`\nSearch with ${size.toLocaleString('en')} people, ${qs.length} queries (milliseconds)\n`);
console.log(
  `${'database'.padEnd(12)} ${'search p50'.padStart(11)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'ILIKE p50'.padStart(10)} ${'p95'.padStart(7)} ${'× faster (p50)'.padStart(15)} ${'found'.padStart(6)}`,
);
for (const kind of ['postgres', 'pglite'] as const) {
  const r = report[kind] as Awaited<ReturnType<typeof measure>> | undefined;
  if (!r) continue;
  const times = Math.round((r.ilike.p50 / Math.max(0.1, r.search.p50)) * 10) / 10;
  (r as Record<string, unknown>).timesFaster = times;
  console.log(
    `${kind.padEnd(12)} ${String(r.search.p50).padStart(11)} ${String(r.search.p95).padStart(7)} ${String(r.search.p99).padStart(7)} ${String(r.ilike.p50).padStart(10)} ${String(r.ilike.p95).padStart(7)} ${String(times).padStart(15)} ${`${r.foundShare}%`.padStart(6)}`,
  );
}
for (const kind of ['postgres', 'pglite'] as const) {
  const r = report[kind] as Awaited<ReturnType<typeof measure>> | undefined;
  if (!r) continue;
  console.log(`\n${kind}: by what was typed (p50 / p95 / p99)`);
  for (const [name, s] of Object.entries(r.byKind))
    console.log(`  ${name.padEnd(32)} ${s.p50} / ${s.p95} / ${s.p99}`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/search-${size}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nJSON: bench-results/search-${size}.json`);
