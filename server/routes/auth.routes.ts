import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentUserSchema,
  loginBodySchema,
  preferencesBodySchema,
  sessionResponseSchema,
} from '../../common/contracts/auth';
import { currentUser, login, logout, requireActor, setOwnLocale } from '../domain/auth/auth.service';
import type { Deps } from '../domain/context';
import { SESSION_COOKIE } from '../plugins/auth';
import { errorResponses } from './responses';

export function authRoutes(app: FastifyInstance, deps: Deps, cookie: { secure: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password',
        body: loginBodySchema,
        response: {
          200: sessionResponseSchema,
          ...errorResponses,
          423: errorResponses[400],
          429: errorResponses[400],
        },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? '',
      });
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: cookie.secure,
        path: '/',
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out this session',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await logout(deps, request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/auth/session',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token',
        response: { 200: sessionResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request.ctx);
      return { user: currentUser(actor), csrfToken: actor.csrfToken };
    },
  );

  r.put(
    '/api/me/preferences',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: "Remember the user's interface language",
        body: preferencesBodySchema,
        response: { 200: currentUserSchema, ...errorResponses },
      },
    },
    async (request) => setOwnLocale(deps, request.ctx, request.body.locale),
  );
}
