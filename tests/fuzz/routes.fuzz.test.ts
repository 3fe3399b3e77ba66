import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../server/domain/media-type';
import { FIELD_SOURCES, fieldIds, idsOf, seedRecords, sourceOf } from '../support/records';
import { createTestApp, type Session } from '../support/test-app';
import { type GenContext, inlinedDocument } from './arbitraries';
import { type ChangeCounts, changeCounts, changedTables, installChangeCounter } from './db-changes';
import { FILE_ROUTES, type FuzzInput, type Operation, type Route, requestArb } from './fuzz-requests';

/**
 * Property-based fuzzing of every route of the OpenAPI document (fast-check), signed in as an
 * administrator (with the CSRF token) and as an anonymous caller. Requests are generated from
 * each route's own schemas (bodies, query strings, path parameters, real record ids) and then
 * made wrong on purpose: wrong types, huge and empty values, Unicode edge cases, SQL and script
 * payloads, prototype keys, duplicate keys, deep nesting, odd content types, files whose bytes
 * are not what they claim to be.
 *
 * The properties: no answer is a 5xx; every 4xx is the one JSON error shape and leaves the
 * database exactly as it was (a row trigger counts every committed row change); an uploaded file
 * is taken only when its first bytes are what its declared type says.
 *
 * YUVA_FUZZ_RUNS (default 24) inputs per route and caller; YUVA_FUZZ_SEED (fixed by default, so
 * CI always sends the same inputs); YUVA_FUZZ_ROUTE=<text> fuzzes only the routes containing it.
 * A failure prints the route, the input and the answer, enough to send it again by hand.
 */
const RUNS = Number(process.env.YUVA_FUZZ_RUNS ?? 24);
const SEED = Number(process.env.YUVA_FUZZ_SEED ?? 20_261_125);
const ONLY = process.env.YUVA_FUZZ_ROUTE;
/** YUVA_FUZZ_VERBOSE=1: print, for each route, how the administrator's inputs were answered. */
const VERBOSE = Boolean(process.env.YUVA_FUZZ_VERBOSE);
/** Fuzzed requests come from addresses of their own, so their failed passwords never lock the test's own sign-ins out. */
const ADDRESS = { admin: '192.0.2.10', anonymous: '203.0.113.9' };
/** A non-public route answers an anonymous caller 401 before anything else: a few inputs show it. */
const ANONYMOUS_RUNS_OF_CLOSED_ROUTES = Math.min(4, RUNS);

/**
 * What a refused request may still write, by design: a failed password or code is counted
 * (lock-out after too many, across instances) and a failed sign-in is audited.
 */
const MAY_WRITE_WHEN_REFUSED: Record<string, string[]> = {
  'POST /api/auth/login': ['login_attempts', 'audit_events'],
  'POST /api/auth/login/code': ['login_attempts', 'audit_events'],
  'POST /api/me/two-factor/disable': ['login_attempts', 'audit_events'],
  'POST /api/me/two-factor/confirm': ['login_attempts', 'audit_events'],
  'POST /api/me/two-factor/recovery-codes': ['login_attempts', 'audit_events'],
  // A push the hub refused or could not take is kept in the push log, then answered 422 (decision 0045).
  'POST /api/cooperation/pushes/indicators': ['cooperation_pushes', 'audit_events'],
};

const t = await createTestApp();
const doc = inlinedDocument(t.app.swagger() as never) as unknown as {
  paths: Record<string, Record<string, Operation>>;
};
const routes: Route[] = Object.entries(doc.paths)
  .flatMap(([path, methods]) =>
    Object.entries(methods).map(([m, op]) => ({
      key: `${m.toUpperCase()} ${path}`,
      method: m.toUpperCase(),
      path,
      op,
    })),
  )
  // The routes that end the caller's own sessions go last.
  .sort((a, b) => Number(/logout|sign-out/.test(a.path)) - Number(/logout|sign-out/.test(b.path)));
const selected = routes.filter((r) => !ONLY || r.key.includes(ONLY));

let admin: Session;
const anonymous = { cookie: '', csrfToken: '' };
const pathPools = new Map<string, string[]>();
const fieldPools = new Map<string, string[]>();
const figures = {
  requests: 0,
  byStatus: {} as Record<string, number>,
  started: 0,
  failures: 0,
  /** Routes no administrator's input got through (every answer 4xx): fuzzed only up to the refusal. */
  neverAccepted: [] as string[],
};

beforeAll(async () => {
  figures.started = Date.now();
  await seedRecords(t);
  admin = await t.signIn('admin');
  // A family's private link, so the public routes behind it are fuzzed past the token check.
  const applied = await t.app.inject({
    method: 'POST',
    url: '/api/public/foster-applications',
    remoteAddress: '198.51.100.77',
    payload: {
      country: 'AZ',
      twoParent: false,
      address: 'Nizami küç. 1',
      district: 'Nəsimi',
      phone: '+994 12 000 00 00',
      email: 'aile@example.org',
      motivation: 'fuzz',
      adults: [
        {
          givenName: 'Leyla',
          familyName: 'Məmmədova',
          birthDate: '1985-05-05',
          education: 'higher',
          regularIncome: true,
          citizenship: 'AZ',
          residence: 'AZ',
          applicant: true,
        },
      ],
      children: [],
    },
  });
  expect(applied.statusCode, applied.body).toBe(201);
  pathPools.set('token', [String(applied.json().statusPath).split('/').at(-1) ?? '']);
  for (const field of Object.keys(FIELD_SOURCES))
    fieldPools.set(
      field,
      (await fieldIds(t, field, null, 6)).filter((id) => id !== admin.userId),
    );
  for (const route of routes) {
    const found = sourceOf(route.path);
    if (found && !pathPools.has(found.prefix))
      pathPools.set(
        found.prefix,
        (await idsOf(t, found.source, null, 5)).filter((id) => id !== admin.userId),
      );
  }
  await installChangeCounter(t.db);
}, 300_000);

afterAll(async () => {
  const seconds = ((Date.now() - figures.started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${selected.length} routes, ${figures.requests} requests in ${seconds} s (runs per route and caller: ${RUNS}, seed ${SEED}); answers: ${JSON.stringify(figures.byStatus)}; failures: ${figures.failures}`,
  );
  console.log(
    `fuzz: routes where no input was accepted: ${figures.neverAccepted.length}\n  ${figures.neverAccepted.join('\n  ')}`,
  );
  await t.close();
});

const seedOf = (text: string) => SEED ^ createHash('sha256').update(text).digest().readInt32BE(0);

function context(route: Route): GenContext {
  return {
    uuid: (field) => {
      const pool =
        (field === 'id' ? pathPools.get(sourceOf(route.path)?.prefix ?? '') : fieldPools.get(field)) ?? [];
      return pool.length
        ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.uuid() })
        : fc.uuid();
    },
  };
}

const short = (text: string, max = 300) => {
  const squeezed = text.replaceAll(/(.)\1{40,}/gsu, (run, ch: string) => `${ch}…(×${[...run].length})`);
  return squeezed.length > max ? `${squeezed.slice(0, max)}…(${squeezed.length} chars)` : squeezed;
};
const show = (caller: string, input: FuzzInput, res: LightMyRequestResponse, extra = '') =>
  [
    `${input.method} ${short(input.url, 400)}  [${input.how}] as ${caller}`,
    input.contentType ? `  content-type: ${input.contentType}` : '',
    input.payload !== undefined
      ? `  body: ${Buffer.isBuffer(input.payload) ? `<${input.payload.length} bytes: ${JSON.stringify(input.payload.subarray(0, 16).toString('latin1'))}…>` : JSON.stringify(short(input.payload, 600))}`
      : '',
    `  → ${res.statusCode} ${short(res.body, 500)}`,
    extra ? `  ${extra}` : '',
  ]
    .filter(Boolean)
    .join('\n');

async function send(caller: 'admin' | 'anonymous', input: FuzzInput) {
  const session = caller === 'admin' ? admin : anonymous;
  return t.app.inject({
    method: input.method as 'GET',
    url: input.url,
    remoteAddress: ADDRESS[caller],
    headers: {
      'accept-language': 'en',
      ...(session.cookie ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
      ...(input.contentType !== undefined ? { 'content-type': input.contentType } : {}),
    },
    ...(input.payload !== undefined ? { payload: input.payload } : {}),
  });
}

/** Sign a new administrator in if the fuzzer signed the last one out, locked it or required a second factor of it. */
async function ensureAdmin() {
  const res = await admin.request('GET', '/api/auth/session');
  if (res.statusCode === 200 && res.json().user?.id === admin.userId) return;
  await t.db.query('delete from role_security_settings');
  admin = await t.signIn('admin');
}

function check(
  route: Route,
  caller: string,
  input: FuzzInput,
  res: LightMyRequestResponse,
  before: ChangeCounts,
  after: ChangeCounts,
) {
  const problems: string[] = [];
  if (res.statusCode >= 500) problems.push('a 5xx answer');
  if (res.statusCode >= 400 && res.statusCode < 500) {
    const allowed = new Set(MAY_WRITE_WHEN_REFUSED[route.key] ?? []);
    const changed = Object.entries(changedTables(before, after)).filter(([tbl]) => !allowed.has(tbl));
    if (changed.length)
      problems.push(`refused, yet rows changed: ${changed.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    let body: { error?: { code?: unknown; message?: unknown } } | undefined;
    try {
      body = res.json();
    } catch {
      body = undefined;
    }
    if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string')
      problems.push('a 4xx answer not in the one error shape');
  }
  if (FILE_ROUTES.has(route.key) && res.statusCode < 300 && Buffer.isBuffer(input.payload)) {
    const declared = (input.contentType ?? '').split(';')[0]!.trim();
    if (sniffMediaType(input.payload) !== declared)
      problems.push('a file taken whose bytes are not its declared type');
  }
  return problems.map((p) => `${p}\n${show(caller, input, res)}`);
}

describe('fuzzing every route of the OpenAPI document', () => {
  it('sees a committed change, and none from a refused request (the fingerprint works)', async () => {
    const before = await changeCounts(t.db);
    const refused = await admin.request('POST', '/api/foster/campaigns', { country: 'AZ', name: 'x' });
    expect(refused.statusCode).toBe(400);
    expect(changedTables(before, await changeCounts(t.db))).toEqual({});
    const made = await admin.request('POST', '/api/foster/campaigns', {
      country: 'AZ',
      name: 'Fingerprint check',
      kind: 'media',
      startsOn: '2026-11-01',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(changedTables(before, await changeCounts(t.db))).toMatchObject({
      foster_campaigns: 1,
      audit_events: 1,
    });
    // An update that rolls back with its transaction counts nothing.
    const rolledBack = await t.db
      .transaction(async (tx) => {
        await tx.query("update foster_campaigns set name = 'changed' where id = $1", [made.json().id]);
        throw new Error('roll back');
      })
      .catch((e: Error) => e.message);
    expect(rolledBack).toBe('roll back');
    expect(changedTables(before, await changeCounts(t.db))).toMatchObject({
      foster_campaigns: 1,
      audit_events: 1,
    });
  });

  it('knows every route that takes a file', () => {
    // A route whose body is JSON is not a file upload (the hub's door for signed documents).
    const uploads = routes
      .filter((r) => r.method === 'POST' && /\/(documents|attachments)$/.test(r.path))
      .filter((r) => !r.op.requestBody?.content['application/json'])
      .map((r) => r.key);
    expect(uploads.sort()).toEqual([...FILE_ROUTES].sort());
  });

  for (const route of selected) {
    it(route.key, async () => {
      const failures: string[] = [];
      let accepted = false;
      const answers: Record<string, number> = {};
      for (const caller of ['admin', 'anonymous'] as const) {
        const inputs = fc.sample(requestArb(route, context(route), pathPools.get('token') ?? []), {
          seed: seedOf(`${caller} ${route.key}`),
          numRuns: RUNS,
        });
        for (const [index, input] of inputs.entries()) {
          const before = await changeCounts(t.db);
          const res = await send(caller, input);
          const after = await changeCounts(t.db);
          figures.requests++;
          const cls = `${Math.floor(res.statusCode / 100)}xx`;
          figures.byStatus[cls] = (figures.byStatus[cls] ?? 0) + 1;
          if (caller === 'admin' && res.statusCode < 400) accepted = true;
          if (VERBOSE && caller === 'admin') {
            const code =
              res.statusCode < 400 ? String(res.statusCode) : `${res.statusCode} ${res.json().error?.code}`;
            answers[code] = (answers[code] ?? 0) + 1;
          }
          failures.push(...check(route, caller, input, res, before, after));
          if (
            caller === 'anonymous' &&
            index + 1 >= ANONYMOUS_RUNS_OF_CLOSED_ROUTES &&
            res.statusCode === 401
          )
            break;
        }
        if (caller === 'admin') await ensureAdmin();
      }
      figures.failures += failures.length;
      if (VERBOSE) console.log(`${route.key}: ${JSON.stringify(answers)}`);
      if (!accepted) figures.neverAccepted.push(route.key);
      expect(
        failures.slice(0, 12),
        `${failures.length} failing inputs:\n\n${failures.slice(0, 12).join('\n\n')}`,
      ).toEqual([]);
    }, 300_000);
  }
});
