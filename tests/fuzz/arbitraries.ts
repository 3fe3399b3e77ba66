import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile';

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
