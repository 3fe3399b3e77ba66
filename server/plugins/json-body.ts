import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { AppError } from '../domain/errors';

const fastifyError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, statusCode: 400 });

/**
 * JSON bodies, with one rule more than Fastify's parser: no string may carry a NUL
 * character (`\u0000`), which PostgreSQL cannot store in text. Raw control characters
 * are already invalid JSON.
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(fastifyError('FST_ERR_CTP_EMPTY_JSON_BODY', 'empty body'));
    let value: unknown;
    try {
      // Refuses __proto__ and constructor.prototype keys, as Fastify's own parser does.
      value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
    } catch {
      return done(fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 'malformed JSON'));
    }
    if (text.includes('\\u0000')) {
      return done(
        new AppError('validation_failed', { count: 1 }, { fields: [{ field: 'body', code: 'invalid' }] }),
      );
    }
    done(null, value);
  });
}
