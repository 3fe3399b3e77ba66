import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KEY } from '../../common/contracts/common';
import type { Role } from '../../common/roles';
import { UNSCOPED_KINDS } from '../../server/domain/access/records';
import { fromSchema, inlinedDocument, type JsonSchema } from '../fuzz/arbitraries';
import {
  CALLER_ROLES,
  idsOf,
  KIND_SOURCES,
  kindIds,
  type SeededRecords,
  seedRecords,
  sourceOf,
} from '../support/records';
import { createTestApp, type Session } from '../support/test-app';

/**
 * Scope of the ids that arrive in request bodies and query strings, generated from the OpenAPI
 * document: every uuid field of every body and query names the kind of record it holds
 * (`x-record`), and for every field of a kind that belongs to a place, a user of Baku sends a
 * request that is valid in every other respect (Baku's records in every other field and in the
 * path) with one of Ganja's records in that field. The answer must be exactly the answer for a
 * random id in that field — 404, nothing changed — never a 2xx; the same request with a record
 * of Baku in the field must get past the check.
 */

/** Kinds whose records belong to no place, written out here apart from the server's list. */
const UNSCOPED: Record<string, string> = {
  assignedWorker: 'compared with the case’s worker; the case is checked',
  fosterFamily: 'foster families belong to a country (see the path matrix)',
  requirement: 'part of a foster family file',
  campaign: 'recruitment belongs to a country',
  ambassador: 'recruitment belongs to a country',
  event: 'recruitment belongs to a country',
  cooperationOrganisation: 'the hub’s register of a member country',
  groupMember: 'a working-group member’s account has no place',
  countryDocument: 'a sending country’s own document id, no record here',
  sharedPractice: 'a practice this installation sent to the hub, in the push log',
  delegate: 'the working group’s delegates belong to a member country, read by cooperation.read',
  decision: 'the working group’s decisions belong to the group on the hub',
};

const ROLE_ORDER = CALLER_ROLES;

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
type Marked = JsonSchema & { [RECORD_KEY]?: string };

/** Every uuid in a schema: its path, the property name it stands under, and its kind (if marked). */
function uuidFields(
  s: Marked | undefined,
  path: string,
  name: string,
): { path: string; name: string; kind?: string }[] {
  if (!s || typeof s !== 'object') return [];
  const own = s.format === 'uuid' ? [{ path, name, kind: s[RECORD_KEY] }] : [];
  return [
    ...own,
    ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => uuidFields(v, `${path}.${k}`, k)),
    ...uuidFields(s.items, `${path}[]`, name),
    ...[...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].flatMap((x) => uuidFields(x, path, name)),
  ];
}

const t = await createTestApp();
const doc = inlinedDocument(t.app.swagger() as never) as unknown as {
  paths: Record<string, Record<string, Operation>>;
};
const fields = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).flatMap(([m, op]) => {
    const route = { method: m.toUpperCase(), path, op };
    const body = op.requestBody?.content['application/json']?.schema;
    const found = [
      ...uuidFields(body, 'body', ''),
      ...(op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .flatMap((p) => uuidFields(p.schema, `query.${p.name}`, p.name)),
    ];
    const unique = [...new Map(found.map((f) => [f.path, f])).values()];
    return unique.map((f) => ({ route, ...f }));
  }),
);
const scoped = fields.filter((f) => f.kind && !(f.kind in UNSCOPED));

let records: SeededRecords;
const baku = new Map<Role, Session>();
const bakuIds = new Map<string, string>();
const ganjaIds = new Map<string, string>();
let accountToChange: string;

beforeAll(async () => {
  records = await seedRecords(t);
  for (const kind of Object.keys(KIND_SOURCES)) {
    bakuIds.set(kind, (await kindIds(t, kind, records.locations.baku))[0]!);
    ganjaIds.set(kind, (await kindIds(t, kind, records.locations.ganja))[0]!);
  }
  for (const role of ROLE_ORDER)
    baku.set(role, await t.signIn(role, { locationIds: [records.locations.baku] }));
  accountToChange = (await t.signIn('teacher', { locationIds: [records.locations.baku] })).userId;
}, 300_000);
/** What the matrix walked, said at the end (docs/security.md quotes it). */
const walked = { fields: 0, accepted: 0 };
afterAll(async () => {
  console.log(
    `scope of body and query ids: ${walked.fields} fields walked; for ${walked.accepted} the same request with the caller's own record was accepted (2xx)`,
  );
  await t.close();
});

const SENTINEL = '0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f';
const shape = (res: LightMyRequestResponse) => ({ status: res.statusCode, body: res.body });

describe('ids in request bodies and queries are checked against the caller’s scope', () => {
  it('every uuid field of every request body and query names the kind of record it holds', () => {
    expect(fields.length).toBeGreaterThan(60);
    expect(fields.filter((f) => !f.kind).map((f) => `${f.route.method} ${f.route.path} ${f.path}`)).toEqual(
      [],
    );
    expect(Object.keys(UNSCOPED).sort()).toEqual(Object.keys(UNSCOPED_KINDS).sort());
    for (const kind of new Set(scoped.map((f) => f.kind!))) expect(KIND_SOURCES, kind).toHaveProperty(kind);
  });

  it('there is a record of every kind in both cities', () => {
    for (const kind of Object.keys(KIND_SOURCES)) {
      expect(bakuIds.get(kind), `${kind} in Baku`).toBeDefined();
      expect(ganjaIds.get(kind), `${kind} in Ganja`).toBeDefined();
    }
  });

  for (const field of scoped) {
    const { route } = field;
    const key = `${route.method} ${route.path} ${field.path} (${field.kind})`;
    it(key, async () => {
      const kindOf = new Map(scoped.filter((f) => f.route === route).map((f) => [f.name, f.kind!]));
      const ctx = {
        uuid: (name: string) =>
          name === field.name
            ? fc.constant(SENTINEL)
            : fc.constant(bakuIds.get(kindOf.get(name) ?? '') ?? randomUUID()),
      };
      // The path names a record of Baku (or any record where the path's kind has no place).
      let url = route.path;
      if (url.includes('{')) {
        const source = sourceOf(route.path)?.source;
        expect(source, `${key}: no record source for the path`).toBeDefined();
        // A user account to change is one made for it: changing a caller's own account (its
        // scope, its status) would sign out the sessions the other cases use.
        const [id] = route.path.startsWith('/api/users/{id}')
          ? [accountToChange]
          : await idsOf(t, source!, source!.unscoped ? null : records.locations.baku, 1);
        url = url.replace(/\{\w+\}/, id!);
      }
      const bodySchema = route.op.requestBody?.content['application/json']?.schema;
      const queryParams = (route.op.parameters ?? []).filter((p) => p.in === 'query');
      const bodies = bodySchema
        ? fc.sample(fromSchema(bodySchema, ctx), { seed: 7, numRuns: 200 })
        : Array.from({ length: 200 }, () => undefined);
      const queries = fc.sample(
        fc.record(Object.fromEntries(queryParams.map((q) => [q.name, fromSchema(q.schema, ctx, q.name)])), {
          requiredKeys: queryParams.filter((q) => q.required || q.name === field.name).map((q) => q.name),
        }),
        { seed: 7, numRuns: 200 },
      );
      const send = async (session: Session, i: number, id: string) => {
        const body =
          bodies[i] === undefined
            ? undefined
            : JSON.parse(JSON.stringify(bodies[i]).replaceAll(SENTINEL, id));
        const query = new URLSearchParams(
          Object.entries(queries[i]!).map(([k, v]) => [k, String(v).replaceAll(SENTINEL, id)]),
        ).toString();
        return session.request(route.method, query ? `${url}?${query}` : url, body);
      };

      // The first role that may call the route, and a request that names the field and is valid
      // by the schema (so the answer comes from the scope check or the service, not validation);
      // preferably one that the service accepts with Baku's own record in the field.
      let chosen: { session: Session; role: Role; i: number; unknown: LightMyRequestResponse } | undefined;
      let accepted: LightMyRequestResponse | undefined;
      for (const role of ROLE_ORDER) {
        const session = baku.get(role)!;
        if ((await send(session, 0, randomUUID())).statusCode === 403) continue;
        let tries = 0;
        for (let i = 0; i < bodies.length && !accepted && tries < 25; i++) {
          const names = JSON.stringify(bodies[i] ?? {}) + JSON.stringify(queries[i]);
          if (!names.includes(SENTINEL)) continue;
          const unknown = await send(session, i, randomUUID());
          if (unknown.statusCode === 400) continue;
          tries++;
          const inScope = await send(session, i, bakuIds.get(field.kind!)!);
          if (!chosen || inScope.statusCode < 300) chosen = { session, role, i, unknown };
          if (inScope.statusCode < 300) accepted = inScope;
          // A record of the caller's own city gets past the check.
          const details = inScope.statusCode === 404 ? inScope.json().error?.details : undefined;
          expect(
            details?.field,
            `${key}: Baku's own record refused: ${inScope.body.slice(0, 300)}`,
          ).toBeUndefined();
        }
        break;
      }
      expect(chosen, `${key}: no valid request names the field`).toBeDefined();
      const { session, role, i, unknown } = chosen!;
      if (accepted) walked.accepted++;
      walked.fields++;

      const outOfScope = await send(session, i, ganjaIds.get(field.kind!)!);
      expect(outOfScope.statusCode < 300, `${key} as a ${role} of Baku took Ganja's record`).toBe(false);
      expect(unknown.statusCode, `${key}: a random id answered ${unknown.statusCode} ${unknown.body}`).toBe(
        404,
      );
      expect(shape(outOfScope), `${key} as a ${role} of Baku, a record of Ganja`).toEqual(shape(unknown));
    });
  }
});
