import { appendFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { RECORD_KEY } from '../../common/contracts/common';

/** The parts of the OpenAPI document the check reads. */
interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, object> };
}

/** A path template of the document as a pattern; literal segments first, so /cases/mine wins over /cases/{id}. */
interface PathPattern {
  template: string;
  pattern: RegExp;
  parameters: number;
}

/** Media types whose body is JSON and is checked against the schema; any other is checked by name only. */
const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

/**
 * Checks every answer of the app against the OpenAPI document it publishes: the status must be
 * declared for the operation, the media type for that status, and a JSON body must match its
 * schema (Ajv, strict mode, JSON Schema 2020-12 as OpenAPI 3.1 uses). Paths outside the document
 * (the web app, /api/docs) are not part of the contract and pass unchecked.
 */
function contractCheck(doc: OpenApiDocument) {
  // Strict, with a type that lists null beside another (`["string", "null"]`), as OpenAPI 3.1 writes it.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  // The kind of record an id names, read by the server's scope gate (decision 0017); no rule for Ajv.
  ajv.addKeyword({ keyword: RECORD_KEY, schemaType: 'string' });
  // Components are referenced as #/components/schemas/X; Ajv resolves them in a schema of their own.
  ajv.addSchema({ $id: 'components', $defs: inComponents(doc.components?.schemas ?? {}) });
  const patterns: PathPattern[] = Object.keys(doc.paths)
    .map((template) => ({
      template,
      parameters: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
      ),
    }))
    .sort((a, b) => a.parameters - b.parameters);
  const compiled = new Map<string, ValidateFunction>();

  function validatorFor(key: string, schema: object) {
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(inComponents(schema));
      compiled.set(key, validate);
    }
    return validate;
  }

  /** What is wrong with the answer, null when it is what the document says, undefined outside the document. */
  return function mismatch(
    method: string,
    url: string,
    res: LightMyRequestResponse,
  ): string | null | undefined {
    const path = url.split('?')[0]!;
    const template = patterns.find((p) => p.pattern.test(path))?.template;
    const operation = template ? doc.paths[template]?.[method.toLowerCase()] : undefined;
    if (!template || !operation) return undefined;
    const status = String(res.statusCode);
    const declared = operation.responses[status] ?? operation.responses[`${status[0]}XX`];
    if (!declared)
      return `status ${status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`;
    const mediaType = String(res.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    if (!declared.content)
      return res.rawPayload.length === 0 ? null : `a body of ${mediaType} where none is declared`;
    const content = declared.content[mediaType];
    if (!content)
      return `media type "${mediaType}" is not declared for ${status} (declared: ${Object.keys(declared.content).join(', ')})`;
    if (!isJson(mediaType) || !content.schema) return null;
    const validate = validatorFor(`${method} ${template} ${status} ${mediaType}`, content.schema);
    if (validate(res.json())) return null;
    return `body does not match the schema: ${describe(validate.errors ?? [])}`;
  };
}

/** References to named schemas, pointed at the schema Ajv keeps them in. */
const inComponents = <T>(schema: T): T =>
  JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/'));

const describe = (errors: ErrorObject[]) =>
  errors
    .slice(0, 8)
    .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('; ');

/**
 * `app.inject` that fails the request (and so the test) when the answer is not what the document
 * says. YUVA_CONTRACT_LOG=<file> writes one line per answer instead (measurement only).
 */
export function checkedInject(
  inject: (opts: InjectOptions) => Promise<LightMyRequestResponse>,
  document: () => OpenApiDocument,
) {
  let mismatch: ReturnType<typeof contractCheck> | undefined;
  const log = process.env.YUVA_CONTRACT_LOG;
  return async (opts: InjectOptions | string): Promise<LightMyRequestResponse> => {
    const options = typeof opts === 'string' ? { url: opts } : opts;
    const res = await inject(options);
    mismatch ??= contractCheck(document());
    const method = String(options.method ?? 'GET').toUpperCase();
    const url = String(options.url ?? options.path ?? '');
    let problem: string | null | undefined;
    try {
      problem = mismatch(method, url, res);
    } catch (error) {
      problem = `the document's schema does not compile: ${(error as Error).message}`;
    }
    if (log)
      appendFileSync(
        log,
        `${problem ? 'REJECTED' : problem === null ? 'ok' : 'outside'}\t${method} ${url} → ${res.statusCode}\t${problem ?? ''}\n`,
      );
    else if (problem)
      throw new Error(
        `${method} ${url} answered ${res.statusCode}, not as the OpenAPI document says: ${problem}`,
      );
    return res;
  };
}
