import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { CSRF_HEADER, SESSION_COOKIE } from './auth';
import { registerComponents } from './openapi-components';
import { documentTransform, documentTransformObject } from './openapi-document';

/**
 * The OpenAPI document at /api/openapi.json, a readable reference at /api/docs. OpenAPI 3.1, so
 * that schemas are JSON Schema 2020-12 (null is a type, as zod writes it) and every answer of the
 * API tests is checked against the document with Ajv (tests/support/contract.ts, decision 0027).
 */
export async function registerOpenApi(app: FastifyInstance) {
  registerComponents();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Yuva API',
        description:
          'Information system for family-based alternative care of children. Sign in with POST /api/auth/login; ' +
          'state-changing requests carry the X-CSRF-Token header from GET /api/auth/session.',
        version: '0.1.0',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'The server that publishes this document' }],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Set by POST /api/auth/login',
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description:
              "The session's CSRF token (csrfToken of the sign-in answer), on every state-changing request",
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: documentTransform,
    transformObject: documentTransformObject,
  });
  // No policy of its own: the reference gets the one Content-Security-Policy of every page (helmet,
  // server/app.ts). swagger-ui needs nothing more: its page loads only its own files from
  // /api/docs/static (no inline script), draws inline styles (allowed for Mantine already), asks
  // /api/docs/json and the API itself ('self'), and the validator badge from validator.swagger.io
  // is off (validatorUrl false). Its own policy (`staticCSP: true`) sent upgrade-insecure-requests
  // over plain HTTP and frame-ancestors 'self' (decision 0020).
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false, validatorUrl: false });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
