import fc from 'fast-check';

/**
 * What the route fuzzer sends that no form would: hostile strings and values, one deliberate
 * mistake in a valid value, and JSON text no serialiser would write. (The valid values come from
 * the schemas, arbitraries.ts.)
 */

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
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
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
export function pathsOf(value: unknown, depth = 3, prefix: (string | number)[] = []): (string | number)[][] {
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

export type Mutation = { how: string; value: unknown };

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
