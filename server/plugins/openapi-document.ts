import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { RouteAccess } from '../domain/access/policy';
import { errorResponses } from './responses';

type Transform = typeof jsonSchemaTransform;
type RouteSchema = Record<string, unknown> & { response?: Record<string, unknown> };

/**
 * `GET /api/cases/:id/family` → `getCasesByIdFamily`: the operation's id follows from its method
 * and path alone, so it never changes when routes are added or reordered, and two routes cannot
 * share one (Fastify refuses the same method and path twice).
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) =>
      segment.startsWith(':') || segment.startsWith('{')
        ? ['by', segment.replace(/^[:{]|}$/g, '')]
        : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who may call: a public route needs nothing (`security: []`, so a contract-following proxy lets
 * sign-in through); any other needs the session cookie, and a state-changing request also the
 * session's CSRF token in X-CSRF-Token (plugins/auth.ts).
 */
function securityOf(method: string, access: RouteAccess | undefined) {
  if (access === 'public') return [];
  return SAFE_METHODS.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
}

/**
 * The answers every route of the kind can give besides its own: a path parameter too long (414), a body too large (413) or of a
 * type no parser takes (415) for every request that carries one, a refused rule (422) for every
 * change and every question with a query, and 500 nowhere (it is a fault, never part of the contract).
 */
function commonAnswers(method: string, url: string, hasQuery: boolean): Record<string, unknown> {
  // A path parameter longer than the router takes is refused with 414 (plugins/errors.ts).
  const answers: Record<string, unknown> = url.includes(':') ? { 414: errorResponses[400] } : {};
  // A question can break a rule too (a period that ends before it starts): 422.
  if (hasQuery) answers[422] = errorResponses[400];
  if (SAFE_METHODS.has(method)) return answers;
  return { ...answers, 413: errorResponses[400], 415: errorResponses[400], 422: errorResponses[400] };
}

/** An upload route names its media types in `consumes`: the body is the file itself. */
const fileBody = { type: 'string', format: 'binary', description: 'The file itself' };

/**
 * fastify-type-provider-zod's transform (zod → JSON Schema, named components by reference), and
 * what the routes do not write out one by one: the operation id, the security requirement, the
 * answers every route of the kind can give, and the body of upload routes.
 */
export const documentTransform: Transform = (input) => {
  const { route } = input as Parameters<Transform>[0] & {
    route: { method: string | string[]; config?: { access?: RouteAccess } };
  };
  const method = String(Array.isArray(route.method) ? route.method[0] : route.method).toUpperCase();
  const schema = (input.schema ?? {}) as RouteSchema;
  const withAnswers = {
    ...schema,
    response: { ...commonAnswers(method, input.url, Boolean(schema.querystring)), ...schema.response },
  } as RouteSchema;
  const result = jsonSchemaTransform({ ...input, schema: withAnswers } as Parameters<Transform>[0]);
  if ((result.schema as { hide?: boolean }).hide) return result;
  const transformed = result.schema as RouteSchema;
  transformed.operationId = operationIdOf(method, input.url);
  transformed.security = securityOf(method, route.config?.access);
  if (Array.isArray(schema.consumes) && !schema.body) transformed.body = fileBody;
  return result;
};

type TransformObject = typeof jsonSchemaTransformObject;
const REF = /"#\/components\/schemas\/([^"]+)"/g;

/**
 * The named components, keeping only those the operations use, directly or through another
 * component: zod's registry holds a request form and an answer form of every named schema, and
 * the unused half would only confuse a generated client.
 */
export const documentTransformObject: TransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as ReturnType<TransformObject> & {
    paths?: unknown;
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const visit = (value: unknown) => {
    for (const [, name] of JSON.stringify(value).matchAll(REF)) {
      if (used.has(name!)) continue;
      used.add(name!);
      visit(schemas[name!]);
    }
  };
  visit(document.paths);
  if (document.components)
    document.components.schemas = Object.fromEntries(
      Object.entries(schemas).filter(([name]) => used.has(name)),
    );
  return document;
};
