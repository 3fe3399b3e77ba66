import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../common/roles';
import { fromSchema, type GenContext, inlinedDocument, type JsonSchema } from '../fuzz/arbitraries';
import {
  CALLER_ROLES,
  FIELD_SOURCES,
  fieldIds,
  idsOf,
  type SeededRecords,
  seedRecords,
  sourceOf,
} from '../support/records';
import { createTestApp, type Session } from '../support/test-app';

/**
 * Scope, generated from the OpenAPI document: every route whose path names a record of a child,
 * a family or a programme's participant is called with a record of Ganja by a user of the same
 * role who works only in Baku. The answer must be exactly the answer for an id that does not
 * exist (404 not_found, same body): never 200, never 403, nothing that tells the record is there.
 * A user of that role working in Ganja is then sent the same request, which must find the record
 * (so the test is not passing on ids that name nothing).
 *
 * Where records come from: RECORD_SOURCES in tests/support/records.ts, a table from each path
 * prefix to the SQL that finds such a record in a given city (made by the demo seed through the
 * services). Routes whose records belong to no place say so there (`unscoped`, with the reason);
 * routes whose parameter is not a record id are listed below with theirs.
 */
const NOT_A_RECORD: Record<string, string> = {
  '/api/security/two-factor-roles/{role}': 'the parameter is a role name, not a record',
  '/api/public/foster-applications/{token}':
    "a family's private link: a 256-bit random token, not an id (public, answers 404 for any unknown token)",
  '/api/quality/assessments/{programmeId}/{year}':
    'a programme self-assessment (programme leads, director, analyst): organisation data, not a child',
  '/api/cooperation/commitments/{code}/countries/{country}':
    "a commitment's code and a member country's code on the hub, not a record id",
  '/api/cooperation/observance-days/{dayId}/plans/{country}/{year}':
    "a country's plan for an observance day of a year on the hub: the group's calendar, not a place's record",
};

const ROLE_ORDER = CALLER_ROLES;

/**
 * Bodies whose rules JSON Schema cannot say (every risk domain exactly once), or whose optional
 * fields would name a second record of their own (a placement of another case to end).
 */
const BODIES: Record<string, unknown> = {
  'POST /api/cases/{id}/foster-placements': {
    fosterFamilyId: 'FOSTER_FAMILY',
    startDate: '2026-11-01',
    orderedBy: 'administrative',
  },
  'POST /api/strengthening/households/{id}/assessments': {
    assessedOn: '2026-11-01',
    scores: ['housing', 'income', 'parenting', 'health', 'schooling', 'safety'].map((domain) => ({
      domain,
      score: 2,
      note: '',
    })),
  },
};

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

const t = await createTestApp();
const doc = inlinedDocument(t.app.swagger() as never) as unknown as {
  paths: Record<string, Record<string, Operation>>;
};
const routes = Object.entries(doc.paths)
  .flatMap(([path, methods]) =>
    Object.entries(methods).map(([m, op]) => ({ method: m.toUpperCase(), path, op })),
  )
  .filter((r) => r.path.includes('{'))
  // Routes that change a record's state go after those that read it.
  .sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));

let records: SeededRecords;
const baku = new Map<Role, Session>();
const ganja = new Map<Role, Session>();

beforeAll(async () => {
  records = await seedRecords(t);
  // Users first: the pools of user ids (a teacher of each city) draw from them too.
  for (const role of ROLE_ORDER) {
    baku.set(role, await t.signIn(role, { locationIds: [records.locations.baku] }));
    ganja.set(role, await t.signIn(role, { locationIds: [records.locations.ganja] }));
  }
  for (const field of Object.keys(FIELD_SOURCES)) {
    const [ganjaId] = await fieldIds(t, field, records.locations.ganja, 1);
    const [bakuId] = await fieldIds(t, field, records.locations.baku, 1);
    fieldPools.set(field, ganjaId ? [ganjaId] : []);
    // Fields whose records have no place draw the same id for both cities: no twin, and never
    // over a twin another field found for that id.
    if (ganjaId && bakuId && ganjaId !== bakuId && !bakuTwin.has(ganjaId)) bakuTwin.set(ganjaId, bakuId);
  }
}, 300_000);
afterAll(() => t.close());

const FILE_ROUTES = new Set([
  'POST /api/cases/{id}/documents',
  'POST /api/public/foster-applications/{token}/documents',
  'POST /api/foster/families/{id}/documents',
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** Ids in bodies and queries: records of Ganja where the kind has a place (so a colleague there may use them). */
const fieldPools = new Map<string, string[]>();
/**
 * The same field's record of Baku, for the Baku caller's requests: ids in bodies and queries are
 * scope-checked too (scope-fields.test.ts), so the caller names its own city's records there and
 * the answer tells about the record in the path alone.
 */
const bakuTwin = new Map<string, string>();
const asBaku = (body: unknown, query: string) => ({
  body:
    body === undefined
      ? undefined
      : JSON.parse(JSON.stringify(body).replace(/[0-9a-f-]{36}/g, (id) => bakuTwin.get(id) ?? id)),
  query: query.replace(/[0-9a-f-]{36}/g, (id) => bakuTwin.get(id) ?? id),
});
const genContext: GenContext = {
  uuid: (field) => {
    const pool = fieldPools.get(field) ?? [];
    return pool.length ? fc.constantFrom(...pool) : fc.uuid();
  },
};

function requestFor(route: (typeof routes)[number], id: string, body: unknown, query: string) {
  const url = `${route.path.replace(/\{\w+\}/, id)}${query ? `?${query}` : ''}`;
  if (FILE_ROUTES.has(`${route.method} ${route.path}`))
    return (s: Session) => s.request(route.method, url, PDF, { 'content-type': 'application/pdf' });
  return (s: Session) => s.request(route.method, url, body);
}

const shape = (res: LightMyRequestResponse) => ({ status: res.statusCode, body: res.body });

describe('a record out of the caller’s scope answers exactly like one that does not exist', () => {
  it('every route with a path parameter is covered, or says why not', () => {
    const unexplained = routes
      .map((r) => r.path)
      .filter((p) => !sourceOf(p) && !Object.keys(NOT_A_RECORD).some((k) => p.startsWith(k)));
    expect([...new Set(unexplained)]).toEqual([]);
  });

  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    const found = sourceOf(route.path);
    if (!found) continue;
    if (found.source.unscoped) {
      it.skip(`${key} — not scoped by place: ${found.source.unscoped}`, () => {});
      continue;
    }
    it(key, async () => {
      const [ganjaId] = await idsOf(t, found.source, records.locations.ganja, 1);
      expect(ganjaId, `no record of Ganja for ${found.prefix}`).toBeDefined();
      const bodySchema = route.op.requestBody?.content['application/json']?.schema;
      const queryParams = (route.op.parameters ?? []).filter((p) => p.in === 'query');

      // Request bodies and query strings valid by the schema, until one gets past validation
      // (so the answer for an unknown id comes from the service: 404).
      const bodies =
        key in BODIES
          ? [
              JSON.parse(
                JSON.stringify(BODIES[key]).replace('FOSTER_FAMILY', fieldPools.get('fosterFamilyId')![0]!),
              ),
            ]
          : bodySchema
            ? fc.sample(fromSchema(bodySchema, genContext), { seed: 4242, numRuns: 60 })
            : [undefined];
      const queries = fc.sample(
        fc
          .record(
            Object.fromEntries(queryParams.map((q) => [q.name, fromSchema(q.schema, genContext, q.name)])),
            {
              requiredKeys: queryParams.filter((q) => q.required).map((q) => q.name),
            },
          )
          .map((o) => new URLSearchParams(Object.entries(o).map(([k, v]) => [k, String(v)])).toString()),
        { seed: 4242, numRuns: 60 },
      );

      let caller: { role: Role; session: Session } | undefined;
      let chosen:
        | {
            body: unknown;
            query: string;
            ganjaBody: unknown;
            ganjaQuery: string;
            unknown: LightMyRequestResponse;
          }
        | undefined;
      for (const role of ROLE_ORDER) {
        const session = baku.get(role)!;
        for (const [i, ganjaBody] of bodies.entries()) {
          const { body, query } = asBaku(ganjaBody, queryParams.length ? queries[i % queries.length]! : '');
          const res = await requestFor(route, randomUUID(), body, query)(session);
          if (res.statusCode === 403) break;
          caller ??= { role, session };
          if (res.statusCode === 404 || i === bodies.length - 1) {
            chosen = {
              body,
              query,
              ganjaBody,
              ganjaQuery: queryParams.length ? queries[i % queries.length]! : '',
              unknown: res,
            };
            break;
          }
        }
        if (caller) break;
      }
      expect(caller, `${key}: no role of ${ROLE_ORDER.join(', ')} may call it`).toBeDefined();
      const { body, query, ganjaBody, ganjaQuery, unknown } = chosen!;
      expect(unknown.statusCode, `${key}: an unknown id answered ${unknown.statusCode} ${unknown.body}`).toBe(
        404,
      );
      expect(unknown.json().error.code).toBe('not_found');
      // The 404 is about the record in the path, not an id of the body or query.
      expect(unknown.json().error.details, `${key}: ${unknown.body}`).toBeUndefined();

      const outOfScope = await requestFor(route, ganjaId!, body, query)(caller!.session);
      expect(shape(outOfScope), `${key} as a ${caller!.role} of Baku, a record of Ganja`).toEqual(
        shape(unknown),
      );

      // The same request by a colleague in Ganja finds the record.
      const inScope = await requestFor(route, ganjaId!, ganjaBody, ganjaQuery)(ganja.get(caller!.role)!);
      expect(
        inScope.statusCode === 404 && inScope.json().error?.code === 'not_found',
        `${key} as a ${caller!.role} of Ganja: ${inScope.statusCode} ${inScope.body.slice(0, 300)}`,
      ).toBe(false);
    });
  }
});

describe('identifiers cannot be guessed', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('every path parameter that names a record is a UUID', () => {
    const params = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.values(methods).flatMap((op) =>
        (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ path, ...p })),
      ),
    );
    const notUuid = params.filter(
      (p) => (p.name === 'id' || p.name.endsWith('Id')) && p.schema.format !== 'uuid',
    );
    expect(notUuid).toEqual([]);
    expect(
      params.filter((p) => p.name === 'token').every((p) => (p.schema.pattern ?? '').includes('{20,')),
    ).toBe(true);
  });

  it('every record id in the database is a random (version 4) UUID', async () => {
    const tables = await t.db.query<{ name: string }>(
      `select table_name as name from information_schema.columns
        where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'`,
    );
    expect(tables.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    let seen = 0;
    for (const { name } of tables) {
      const rows = await t.db.query<{ id: string }>(`select id::text as id from "${name}"`);
      seen += rows.length;
      for (const r of rows) if (!V4.test(r.id)) wrong.push(`${name}: ${r.id}`);
    }
    expect(seen).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('ids made one after another share nothing a caller could count on', async () => {
    const officer = await t.signIn('foster_care_officer');
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await officer.request('POST', '/api/foster/campaigns', {
        country: 'AZ',
        name: `Campaign ${i}`,
        kind: 'media',
        startsOn: '2026-01-01',
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    expect(ids.every((id) => V4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Consecutive ids agree on no more leading hex digits than chance would give (2 of 32 is 1 in 256).
    const common = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && a[n] === b[n]) n++;
      return n;
    };
    const shared = ids.slice(1).map((id, i) => common(id, ids[i]!));
    expect(Math.max(...shared)).toBeLessThan(4);
  });
});
