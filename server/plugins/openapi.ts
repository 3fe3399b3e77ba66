import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** The OpenAPI document at /api/openapi.json, a readable reference at /api/docs. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Yuva API',
        description:
          'Information system for family-based alternative care of children. Sign in with POST /api/auth/login; ' +
          'state-changing requests carry the X-CSRF-Token header from GET /api/auth/session.',
        version: '0.1.0',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yuva_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
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
