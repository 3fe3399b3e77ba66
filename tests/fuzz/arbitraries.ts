import fc from 'fast-check';

/** The part of JSON Schema (as the OpenAPI document carries it) that the routes' schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

/** Where values for identifiers come from: ids of real records (by field name), or random ones. */
export interface GenContext {
  uuid(field: string): fc.Arbitrary<string>;
}

const LETTERS = [...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇƏĞIİÖŞÜ АБВГДЕЁЖЗИЙабвгдежзийклмнопрстуфхцчшщыэюя-'];
const MAX_INT4 = 2_147_483_647;

const isoDate = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2035-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '1900-02-28', '2000-02-29', '9999-12-31'),
  },
);

const isoDateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

function text(min: number, max: number | undefined): fc.Arbitrary<string> {
  const hi = Math.max(min, Math.min(max ?? 60, 60));
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: hi, unit: fc.constantFrom(...LETTERS) }) },
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: hi, unit: 'grapheme' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...HOSTILE_STRINGS)
        .filter((s) => s.length >= min && s.length <= (max ?? Number.POSITIVE_INFINITY)),
    },
  );
}

/** Values the schema allows (as far as JSON Schema can say: some rules are only in the services). */
export function fromSchema(s: JsonSchema, ctx: GenContext, field = ''): fc.Arbitrary<unknown> {
  const inner = nonNull(s, ctx, field);
  return s.nullable ? fc.option(inner, { nil: null, freq: 6 }) : inner;
}

/** Fields whose rule is a function JSON Schema cannot carry: values that pass it, mostly. */
const FIELD_HINTS: Record<string, fc.Arbitrary<unknown>> = {
  timeZone: fc.constantFrom(
    'Asia/Baku',
    'Europe/Istanbul',
    'UTC',
    'Pacific/Kiritimati',
    'America/St_Johns',
    'Etc/GMT+12',
    'Mars/Olympus',
  ),
};

function nonNull(s: JsonSchema, ctx: GenContext, field: string): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  const hint = FIELD_HINTS[field];
  if (hint && s.type === 'string') return hint;
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union) return fc.oneof(...union.map((u) => fromSchema(u, ctx, field)));
  if (s.allOf?.length) return fromSchema(Object.assign({}, ...s.allOf), ctx, field);
  if (Array.isArray(s.type)) {
    return fc.oneof(
      ...s.type.map((t) => (t === 'null' ? fc.constant(null) : nonNull({ ...s, type: t }, ctx, field))),
    );
  }
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return ctx.uuid(field);
      if (s.format === 'date') return isoDate;
      if (s.format === 'date-time') return isoDateTime;
      if (s.format === 'email')
        return fc.stringMatching(/^[a-z]{1,12}$/).map((local) => `${local}@example.org`);
      if (s.pattern) {
        const max = s.maxLength ?? 200;
        return fc
          .stringMatching(new RegExp(s.pattern))
          .filter((v) => v.length >= (s.minLength ?? 0) && v.length <= max);
      }
      return text(s.minLength ?? 0, s.maxLength);
    case 'integer': {
      const lo = Math.max(s.minimum ?? -MAX_INT4 - 1, Number.MIN_SAFE_INTEGER);
      const hi = Math.min(s.maximum ?? MAX_INT4, Number.MAX_SAFE_INTEGER);
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: lo, max: hi }) }, fc.constantFrom(lo, hi));
    }
    case 'number': {
      const lo = s.minimum ?? -1e9;
      const hi = s.maximum ?? 1e9;
      return fc.oneof(
        { weight: 4, arbitrary: fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }) },
        fc.constantFrom(lo, hi),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const min = s.minItems ?? 0;
      const max = Math.min(s.maxItems ?? min + 3, min + 3);
      return fc.array(fromSchema(s.items ?? {}, ctx, field), { minLength: min, maxLength: max });
    }
    case 'object':
      return objectOf(s, ctx);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(s: JsonSchema, ctx: GenContext): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  if (!Object.keys(props).length && typeof s.additionalProperties === 'object') {
    return fc.dictionary(
      fc.string({ minLength: 1, maxLength: 16, unit: fc.constantFrom(...'abcdefghij_-'.split('')) }),
      fromSchema(s.additionalProperties, ctx),
      { maxKeys: 4 },
    );
  }
  const required = s.required ?? [];
  return fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, ctx, k)])), {
    requiredKeys: required.filter((k) => k in props),
  }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Strings no form would send: huge and empty, Unicode edge cases, SQL, script, path and template payloads. */
export const HOSTILE_STRINGS: string[] = [
  '',
  ' ',
  '\t\r\n',
  'x'.repeat(100_000),
  'ə'.repeat(50_000),
  "' or 1=1 --",
  "'; drop table users; --",
  '" or ""="',
  "1' union select password_hash from users --",
  "'); select pg_sleep(10); --",
  '$1',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '=HYPERLINK("http://x","y")',
  '\u200F',
  'abc\u202Edef',
  '\u202E\u2066\u2067\u2068\u2069',
  'a\u200Db',
  '\u200B\u200C\uFEFF',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307',
  'Z\u0364\u0311\u0313a\u0308\u0307l\u036E\u0312\u036Bg\u0317o\u0319',
  'a\u0000b',
  '\u0000',
  '\u0001\u001F\u007F',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDBFF',
  '\uFFFE\uFFFF',
  '😀',
  '👨‍👩‍👧‍👦',
  '🇦🇿🇹🇷',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '9'.repeat(400),
  '2026-02-30',
  '0000-00-00',
  '99999-01-01',
  '2026-13-01',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  '${7*7}',
  '{{7*7}}',
  '%00',
  '%2e%2e%2f',
  'İıIi ǅ ß ﬁ',
];

const deepArray = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const deepObject = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
/** Own `__proto__` and `constructor` keys (JSON.parse makes them own properties; JSON.stringify keeps them). */
const protoObject = () =>
  JSON.parse('{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}');

/** A value of any type that no schema field wants. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      -0.000001,
      1e308,
      -1e308,
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53 + 2,
      Number.MAX_SAFE_INTEGER,
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      [],
      {},
      [null],
      [''],
      { a: 1 },
      deepArray(500),
      deepObject(500),
      protoObject(),
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Paths (keys and indices) to every value inside a JSON value, up to a depth. */
function pathsOf(value: unknown, depth = 3, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (depth === 0 || value === null || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k;
    out.push([...prefix, key]);
    out.push(...pathsOf(v, depth - 1, [...prefix, key]));
  }
  return out;
}

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v));
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  if (!path.length) return value;
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

type Mutation = { how: string; value: unknown };

/** One deliberate mistake in a valid value: a field of the wrong kind, a field missing, a field too many, or the whole value wrong. */
export function mutate(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      hostileValue,
      fc.constantFrom('replace', 'replace', 'replace', 'drop', 'extra', 'proto-key', 'whole'),
    )
    .map(([value, pick, bad, how]) => {
      const paths = pathsOf(value);
      const path = paths.length ? paths[pick % paths.length]! : [];
      switch (how) {
        case 'replace':
          return { how: `${path.join('.') || '(body)'} ← hostile`, value: setAt(value, path, bad) };
        case 'drop':
          return path.length
            ? { how: `${path.join('.')} removed`, value: setAt(value, path, undefined, true) }
            : { how: 'whole ← hostile', value: bad };
        case 'extra':
          return value && typeof value === 'object'
            ? { how: 'unknown key', value: setAt(value, ['unexpectedField'], bad) }
            : { how: 'whole ← hostile', value: bad };
        case 'proto-key':
          return value && typeof value === 'object' && !Array.isArray(value)
            ? { how: '__proto__ key', value: setAt(value, ['__proto__'], { role: 'admin', scopeAll: true }) }
            : { how: 'whole ← hostile', value: bad };
        default:
          return { how: 'whole ← hostile', value: bad };
      }
    });
}

/** JSON text no serialiser would write: duplicate keys, malformed, deep, odd encodings. */
export function rawJson(valid: fc.Arbitrary<unknown>): fc.Arbitrary<{ how: string; text: string }> {
  const duplicate = fc.tuple(valid, hostileValue, fc.boolean()).map(([value, bad, hostileFirst]) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.keys(value).length)
      return { how: 'duplicate key', text: '{"a": 1, "a": 2}' };
    const key = Object.keys(value)[0]!;
    const inner = JSON.stringify(value).slice(1, -1);
    const badPair = `${JSON.stringify(key)}: ${JSON.stringify(bad) ?? 'null'}`;
    return {
      how: `duplicate key ${key} (${hostileFirst ? 'hostile first' : 'hostile last'})`,
      text: hostileFirst ? `{${badPair}, ${inner}}` : `{${inner}, ${badPair}}`,
    };
  });
  const fixed = fc.constantFrom(
    { how: 'malformed', text: '{"a":' },
    { how: 'empty', text: '' },
    { how: 'whitespace', text: '   \n' },
    { how: 'null', text: 'null' },
    { how: 'string', text: '"x"' },
    { how: 'number', text: '1e999' },
    { how: 'array', text: '[]' },
    { how: 'trailing comma', text: '{"a": 1,}' },
    { how: 'single quotes', text: "{'a': 1}" },
    { how: 'comment', text: '{"a": 1 /* c */}' },
    { how: 'NaN', text: '{"a": NaN}' },
    { how: 'BOM', text: '\uFEFF{}' },
    { how: 'escaped NUL', text: '{"a": "\\u0000"}' },
    { how: 'escaped lone surrogate', text: '{"a": "\\ud800", "b": "\\udfff"}' },
    { how: 'proto', text: '{"__proto__": {"role": "admin"}}' },
    { how: 'constructor.prototype', text: '{"constructor": {"prototype": {"role": "admin"}}}' },
    { how: 'deep arrays (100 000)', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` },
    { how: 'deep objects (50 000)', text: `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}` },
    {
      how: 'many keys (20 000)',
      text: `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    },
    { how: 'huge string (100 kB)', text: JSON.stringify({ a: 'x'.repeat(100_000) }) },
  );
  return fc.oneof({ weight: 2, arbitrary: duplicate }, { weight: 3, arbitrary: fixed });
}

/**
 * The document's schemas in the shape the generators read: named components inlined where they
 * are used, and OpenAPI 3.1's null (`type: ['string', 'null']`, `anyOf: [X, { type: 'null' }]`)
 * as `nullable` beside the other type (decision 0027).
 */
export function inlinedDocument<T>(doc: T & { components?: { schemas?: Record<string, unknown> } }): T {
  const schemas = doc.components?.schemas ?? {};
  const convert = (value: unknown, following: string[]): unknown => {
    if (Array.isArray(value)) return value.map((v) => convert(v, following));
    if (!value || typeof value !== 'object') return value;
    const node = value as Record<string, unknown>;
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/components/schemas/', '') : undefined;
    if (ref !== undefined) return following.includes(ref) ? {} : convert(schemas[ref], [...following, ref]);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = convert(child, following);
    if (Array.isArray(out.type) && out.type.includes('null')) {
      const rest = (out.type as string[]).filter((t) => t !== 'null');
      out.type = rest.length === 1 ? rest[0] : rest;
      out.nullable = true;
    }
    const branches = out.anyOf as Record<string, unknown>[] | undefined;
    if (Array.isArray(branches) && branches.some((b) => b.type === 'null')) {
      const rest = branches.filter((b) => b.type !== 'null');
      delete out.anyOf;
      if (rest.length === 1) Object.assign(out, rest[0]);
      else out.anyOf = rest;
      out.nullable = true;
    }
    return out;
  };
  return { ...doc, paths: convert((doc as { paths?: unknown }).paths, []) } as T;
}
