import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RECORD_KEY, RECORD_KINDS, type RecordKind } from '../../common/contracts/common';
import { type RecordReference, requireVisibleRecords } from '../domain/access/records';
import type { Deps } from '../domain/context';

/** Where a record id stands in a request: `body` or `query`, then property names, `*` for array items. */
export interface RecordField {
  kind: RecordKind;
  path: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Filled when the route is registered, from the `recordId(kind)` fields of its body and query schemas. */
    recordFields?: RecordField[];
  }
}

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  [RECORD_KEY]?: unknown;
};

/**
 * The record fields of a JSON Schema, at any depth (objects, arrays, nullable branches, and the
 * named schemas it refers to in `$defs`: a schema named for the OpenAPI document is one).
 */
export function recordFieldsOf(
  schema: JsonSchema | undefined,
  path: string[],
  defs: Record<string, JsonSchema> = schema?.$defs ?? {},
  following: string[] = [],
): RecordField[] {
  if (!schema || typeof schema !== 'object') return [];
  const ref = schema.$ref?.replace(/^#\/\$defs\//, '');
  if (ref !== undefined)
    return following.includes(ref) ? [] : recordFieldsOf(defs[ref], path, defs, [...following, ref]);
  const kind = schema[RECORD_KEY];
  const own: RecordField[] =
    typeof kind === 'string' && (RECORD_KINDS as readonly string[]).includes(kind)
      ? [{ kind: kind as RecordKind, path }]
      : [];
  const nested = [
    ...Object.entries(schema.properties ?? {}).flatMap(([k, v]) =>
      recordFieldsOf(v, [...path, k], defs, following),
    ),
    ...recordFieldsOf(schema.items, [...path, '*'], defs, following),
    ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].flatMap((s) =>
      recordFieldsOf(s, path, defs, following),
    ),
  ];
  // A nullable object lists its fields in each branch: one entry per path.
  return [...new Map([...own, ...nested].map((f) => [f.path.join('.'), f])).values()];
}

function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The ids at a field's path in a value, each with the path it was found at (`children.0.existingPersonId`). */
function idsAt(value: unknown, path: string[], at: string[] = []): { id: string; field: string }[] {
  if (value === null || value === undefined) return [];
  const [head, ...rest] = path;
  if (head === undefined) return typeof value === 'string' ? [{ id: value, field: at.join('.') }] : [];
  if (head === '*')
    return Array.isArray(value) ? value.flatMap((v, i) => idsAt(v, rest, [...at, String(i)])) : [];
  if (typeof value !== 'object') return [];
  return idsAt((value as Record<string, unknown>)[head], rest, [...at, head]);
}

/**
 * Ids in request bodies and query strings are checked against the caller's scope before the
 * handler runs, like ids in the path: a route cannot forget, because the check follows from
 * the schema (`recordId(kind)` in `common/contracts`), and a test walks every such field.
 */
export function registerRecordScope(app: FastifyInstance, deps: Deps) {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as { body?: unknown; querystring?: unknown } | undefined;
    const fields = [
      ...recordFieldsOf(jsonSchemaOf(schema?.body), ['body']),
      ...recordFieldsOf(jsonSchemaOf(schema?.querystring), ['query']),
    ];
    if (fields.length) route.config = { ...route.config, recordFields: fields };
  });

  app.addHook('preHandler', async (request) => {
    const fields = request.routeOptions.config.recordFields;
    if (!fields) return;
    const parts: Record<string, unknown> = { body: request.body, query: request.query };
    const references: RecordReference[] = fields.flatMap((f) =>
      idsAt(parts[f.path[0]!], f.path.slice(1), []).map((found) => ({
        kind: f.kind,
        id: found.id,
        field: found.field,
      })),
    );
    await requireVisibleRecords(deps, request.ctx, references);
  });
}
