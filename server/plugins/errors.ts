import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldErrorCode } from '../../common/errors';
import { fieldMessageKey, fieldProblem as fieldProblemOf } from '../../common/field-problems';
import { localeFromAcceptLanguage } from '../../common/i18n/locales';
import { messages } from '../../common/i18n/messages';
import { AppError } from '../domain/errors';
import { t } from '../i18n/translate';

interface FieldProblem {
  field: string;
  code: FieldErrorCode;
  message: string;
}

/**
 * One JSON shape for every error: { error: { code, message, details } }, the message in
 * the request's language. Validation errors name each field. Nothing unexpected leaks:
 * an unknown failure is logged with its request id and answered as `internal`.
 */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return send(request, reply, error.status, error.code, error.values, error.details, error.messageKey);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => fieldProblem(request, error.validationContext ?? 'body', v));
      return send(request, reply, 400, 'validation_failed', { count: fields.length }, { fields });
    }
    if (isDataError(error)) {
      // A value PostgreSQL cannot store (NUL in text, a number out of range) that got past
      // the schemas: the request is wrong, not the server, and the transaction rolled back.
      request.log.info({ pgCode: error.code }, 'value refused by the database');
      return send(request, reply, 400, 'validation_failed', { count: 1 }, { fields: [] });
    }
    const pgError = error as { code?: string; detail?: string; constraint?: string };
    if (isMissingReference(pgError)) {
      // An id in the request names no record (a foreign key the schemas cannot check): the
      // request is wrong, and the transaction rolled back. The field is named when PostgreSQL says.
      request.log.info(
        { pgCode: pgError.code, constraint: pgError.constraint },
        'reference to no record refused',
      );
      const column = /^Key \((\w+)\)=.* is not present in table/.exec(pgError.detail ?? '')?.[1];
      const field = column
        ? `body.${column.replaceAll(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase())}`
        : null;
      const locale = request.ctx?.locale ?? 'az';
      const fields = field
        ? [{ field, code: 'invalid_value', message: t(locale, 'error.field.invalid_value', { field }) }]
        : [];
      return send(request, reply, 400, 'validation_failed', { count: 1 }, { fields });
    }
    if (isConcurrencyError(error)) {
      // Two requests raced for the same thing (a unique key, a serialisation failure): one won,
      // this one changed nothing and may simply be sent again after a reload.
      request.log.info({ pgCode: error.code }, 'concurrent change refused by the database');
      return send(request, reply, 409, 'concurrent_change');
    }
    const fastifyCode = ERROR_BY_FASTIFY_CODE[error.code];
    if (fastifyCode) return send(request, reply, fastifyCode.status, fastifyCode.code);
    if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
      return send(request, reply, 400, 'malformed_json');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return send(
        request,
        reply,
        error.statusCode,
        error.statusCode === 404 ? 'not_found' : 'validation_failed',
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(request, reply, 500, 'internal', { requestId: request.id });
  });

  app.setNotFoundHandler((request, reply) => send(request, reply, 404, 'not_found'));
}

/**
 * The errors Fastify's router raises before any route or hook runs (a path that is not valid
 * percent-encoding, a path parameter longer than the router takes), in the same JSON shape,
 * with the headers every answer carries. Passed as Fastify's `frameworkErrors` option.
 */
export const frameworkErrors =
  (options: { https: boolean; trustProxy: boolean }) =>
  (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    request.ctx ??= { actor: null, requestId: request.id, ip: request.ip, locale };
    // No hook runs for these: the headers an error answer needs are set here.
    reply.headers({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      'x-request-id': request.id,
    });
    // The request here is Fastify's plain one, which does not read X-Forwarded-Proto itself; the
    // last entry is the nearest proxy's, as Fastify reads it (the first is whatever the client sent).
    const proxiedHttps =
      options.trustProxy &&
      String(request.headers['x-forwarded-proto'] ?? '')
        .split(',')
        .at(-1)
        ?.trim() === 'https';
    if (options.https || proxiedHttps)
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
    return send(request, reply, status, 'validation_failed', { count: 1 }, { fields: [] });
  };

/** PostgreSQL class 22 "data exception" (e.g. 22021 NUL in text, 22003 out of range, 22P02 bad syntax). */
function isDataError(error: { code?: string }): boolean {
  return typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code);
}

/** 23503 foreign key violation on insert or update: the row would point at a record that does not exist. */
function isMissingReference(error: { code?: string; detail?: string }): boolean {
  return error.code === '23503' && / is not present in table /.test(error.detail ?? '');
}

/** 23505 unique violation, 40001 serialisation failure, 40P01 deadlock: a race, not a fault. */
function isConcurrencyError(error: { code?: string }): boolean {
  return error.code === '23505' || error.code === '40001' || error.code === '40P01';
}

const ERROR_BY_FASTIFY_CODE: Record<string, { status: number; code: ErrorCode }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_VALIDATION: { status: 400, code: 'validation_failed' },
};

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  values: Record<string, string | number> = {},
  details?: unknown,
  messageKey?: string,
) {
  const locale = request.ctx?.locale ?? 'az';
  const message = t(locale, `error.${messageKey ?? code}`, values);
  const body = details === undefined ? { error: { code, message } } : { error: { code, message, details } };
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** The value at a dotted path of the request's part (`body`, `query`…), to tell an empty field apart. */
function valueAt(request: FastifyRequest, context: string, path: string[]): unknown {
  let value: unknown = (request as unknown as Record<string, unknown>)[context];
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** One refused field, in plain words of the request's language (`common/field-problems.ts`). */
function fieldProblem(
  request: FastifyRequest,
  context: string,
  v: { keyword: string; instancePath: string; params: Record<string, unknown>; message?: string },
): FieldProblem {
  const segments = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  const path = segments.join('.');
  const field = path ? `${context}.${path}` : context;
  const input = valueAt(request, context, segments);
  const problem = fieldProblemOf({ ...v.params, code: v.keyword, message: v.message, input });
  const locale = request.ctx?.locale ?? 'az';
  const key = fieldMessageKey(problem.code, field, (k) => k in messages[locale]);
  return { field, code: problem.code, message: t(locale, key, { field, ...problem.values }) };
}
