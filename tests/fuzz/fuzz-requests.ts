import fc from 'fast-check';
import { fromSchema, type GenContext, type JsonSchema } from './arbitraries';
import { HOSTILE_STRINGS, mutate, rawJson } from './hostile';

/** How the route fuzzer (routes.fuzz.test.ts) builds its requests from the OpenAPI document. */

/** The routes whose body is the uploaded file itself (withFileBodies in server/routes). */
export const FILE_ROUTES = new Set([
  'POST /api/cases/{id}/documents',
  'POST /api/public/foster-applications/{token}/documents',
  'POST /api/foster/families/{id}/documents',
  'POST /api/cooperation/practices/{id}/attachments',
]);

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
export interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
export interface Route {
  key: string;
  method: string;
  path: string;
  op: Operation;
}

/** One request as sent: enough to send it again. */
export interface FuzzInput {
  how: string;
  method: string;
  url: string;
  contentType?: string;
  payload?: string | Buffer;
}

const asQueryValue = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(asQueryValue)
    : v === null || v === undefined
      ? ['']
      : typeof v === 'object'
        ? [JSON.stringify(v)]
        : [String(v)];

const RAW_PATH_VALUES = ['%', '%E0%A4%A', '%ZZ', '..', '%2F', '%00', '%C0%AE', '%F0%9F%98'];
const RAW_QUERY_TAILS = ['x=%E0%A4%A', '%ZZ=1', 'page=%', 'a[b][c]=1', 'a=1&a=2&a=3', '=', '&&&', '%00=%00'];
const ODD_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----yuva',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json;;;',
  'APPLICATION/JSON',
  'application/vnd.api+json',
];

interface Parts {
  how: string;
  params: Record<string, string>;
  rawParams?: boolean;
  query: [string, string][];
  rawQueryTail?: string;
  body?: { payload: string | Buffer; type: string };
}

/** encodeURIComponent, except that a lone surrogate goes as the bytes of U+FFFD (what a browser sends). */
function percentEncode(v: string) {
  try {
    return encodeURIComponent(v);
  } catch {
    return [...Buffer.from(v, 'utf8')]
      .map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`)
      .join('');
  }
}

function build(route: Route, p: Parts): FuzzInput {
  const path = route.path.replaceAll(/\{(\w+)\}/g, (_m, name: string) => {
    const v = p.params[name] ?? '';
    return p.rawParams ? v : percentEncode(v);
  });
  const qs = new URLSearchParams(p.query).toString();
  const tail = [qs, p.rawQueryTail].filter(Boolean).join('&');
  return {
    how: p.how,
    method: route.method,
    url: tail ? `${path}?${tail}` : path,
    ...(p.body ? { contentType: p.body.type, payload: p.body.payload } : {}),
  };
}

/** Valid-looking file bodies and what they really are. */
const FILES: Record<string, Buffer> = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]),
  gif: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'),
  html: Buffer.from('<html><script>alert(1)</script></html>'),
  'html then %PDF-': Buffer.from('<html>%PDF-1.7</html>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
  zip: Buffer.from('PK\x03\x04\x14\x00'),
  'truncated %PDF': Buffer.from('%PDF'),
  'PNG magic cut short': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  empty: Buffer.alloc(0),
  text: Buffer.from('just text, named .pdf'),
  'random 200 kB': Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251)),
};
const DECLARED_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'text/html',
  'image/svg+xml',
  'application/octet-stream',
  'application/pdf; charset=utf-8',
  'APPLICATION/PDF',
  'application/json',
];

/**
 * The requests the fuzzer sends to a route: valid ones from its schemas, then wrong on purpose.
 * `ctx` gives real record ids; `tokens` the families' private links known to the test.
 */
export function requestArb(route: Route, ctx: GenContext, tokens: string[]): fc.Arbitrary<FuzzInput> {
  const params = (route.op.parameters ?? []).filter((p) => p.in === 'path');
  const queries = (route.op.parameters ?? []).filter((p) => p.in === 'query');
  const bodySchema = route.op.requestBody?.content['application/json']?.schema;
  const isFile = FILE_ROUTES.has(route.key);

  const validParams = fc.record(
    Object.fromEntries(
      params.map((p) => [
        p.name,
        p.name === 'token'
          ? fc.oneof(
              fc.constantFrom(...(tokens.length ? tokens : ['x'.repeat(30)])),
              fromSchema(p.schema, ctx, p.name),
            )
          : fromSchema(p.schema, ctx, p.name).map((v) => String(v)),
      ]),
    ) as Record<string, fc.Arbitrary<string>>,
  );
  const validQuery = fc
    .record(Object.fromEntries(queries.map((q) => [q.name, fromSchema(q.schema, ctx, q.name)])), {
      requiredKeys: queries.filter((q) => q.required).map((q) => q.name),
    })
    .map((o) =>
      Object.entries(o).flatMap(([k, v]) => asQueryValue(v).map((s) => [k, s] as [string, string])),
    );
  const validBody = bodySchema ? fromSchema(bodySchema, ctx) : fc.constant(undefined);
  const json = (value: unknown) => ({ payload: JSON.stringify(value) ?? '', type: 'application/json' });

  const base = fc.record({ params: validParams, query: validQuery });
  const modes: fc.WeightedArbitrary<Parts>[] = [];

  if (isFile) {
    const file = fc.tuple(base, fc.constantFrom(...Object.keys(FILES)), fc.constantFrom(...DECLARED_TYPES));
    modes.push({
      weight: 6,
      arbitrary: file.map(([b, kind, type]) => ({
        ...b,
        how: `file: ${kind} declared as ${type}`,
        body: { payload: FILES[kind]!, type },
      })),
    });
    modes.push({
      weight: 1,
      arbitrary: base.map((b) => ({ ...b, how: 'file: JSON instead of a file', body: json({ a: 1 }) })),
    });
  } else {
    modes.push({
      weight: 4,
      arbitrary: fc
        .tuple(base, validBody)
        .map(([b, body]) => ({ ...b, how: 'valid', ...(body === undefined ? {} : { body: json(body) }) })),
    });
    modes.push({
      weight: bodySchema ? 4 : 1,
      arbitrary: fc.tuple(base, mutate(validBody)).map(([b, m]) => ({
        ...b,
        how: `body: ${m.how}`,
        body: json(m.value),
      })),
    });
    modes.push({
      weight: bodySchema ? 3 : 1,
      arbitrary: fc.tuple(base, rawJson(validBody)).map(([b, raw]) => ({
        ...b,
        how: `raw body: ${raw.how}`,
        body: { payload: raw.text, type: 'application/json' },
      })),
    });
    if (bodySchema)
      modes.push({
        weight: 1,
        arbitrary: fc
          .tuple(base, validBody, fc.constantFrom(...ODD_CONTENT_TYPES))
          .map(([b, body, type]) => ({
            ...b,
            how: `content type ${type}`,
            body: { payload: JSON.stringify(body) ?? '', type },
          })),
      });
  }
  const validBodyPart = isFile
    ? fc.constant({ payload: FILES.pdf!, type: 'application/pdf' })
    : validBody.map((v) => (v === undefined ? undefined : json(v)));
  if (queries.length)
    modes.push({
      weight: 2,
      arbitrary: fc
        .tuple(
          base,
          validBodyPart,
          fc.nat(),
          fc.constantFrom(...HOSTILE_STRINGS),
          fc.constantFrom('replace', 'replace', 'repeat', 'unknown', 'raw'),
        )
        .map(([b, body, pick, bad, how]) => {
          const name = queries[pick % queries.length]!.name;
          const query = b.query.filter(([k]) => how !== 'replace' || k !== name);
          if (how === 'replace' || how === 'unknown')
            query.push([how === 'unknown' ? '__proto__' : name, bad]);
          if (how === 'repeat') query.push([name, bad], [name, bad]);
          const tail = how === 'raw' ? RAW_QUERY_TAILS[pick % RAW_QUERY_TAILS.length] : undefined;
          return {
            ...b,
            query,
            how: how === 'raw' ? `query: raw ${tail}` : `query: ${name} ${how}`,
            ...(tail ? { rawQueryTail: tail } : {}),
            ...(body ? { body } : {}),
          };
        }),
    });
  if (params.length)
    modes.push({
      weight: 2,
      arbitrary: fc
        .tuple(
          base,
          validBodyPart,
          fc.nat(),
          fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((v) => ({ v, raw: false })) },
            { weight: 1, arbitrary: fc.constantFrom(...RAW_PATH_VALUES).map((v) => ({ v, raw: true })) },
          ),
        )
        .map(([b, body, pick, bad]) => {
          const name = params[pick % params.length]!.name;
          return {
            ...b,
            params: { ...b.params, [name]: bad.v },
            rawParams: bad.raw,
            how: `path: ${name} ${bad.raw ? 'raw' : 'hostile'}`,
            ...(body ? { body } : {}),
          };
        }),
    });
  return fc.oneof(...modes).map((p) => build(route, p));
}
