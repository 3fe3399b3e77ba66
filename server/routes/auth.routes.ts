import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  currentUserSchema,
  loginBodySchema,
  preferencesBodySchema,
  sessionResponseSchema,
  sessionStatusSchema,
} from '../../common/contracts/auth';
import {
  loginCodeBodySchema,
  sessionsEndedSchema,
  signOutEverywhereBodySchema,
} from '../../common/contracts/security';
import {
  completeSignInWithCode,
  currentUser,
  login,
  logout,
  setOwnLocale,
  signOutEverywhere,
} from '../domain/auth/auth.service';
import type { Deps } from '../domain/context';
import { AppError } from '../domain/errors';
import { SESSION_COOKIE } from '../plugins/auth';
import { errorResponses } from '../plugins/responses';

/** Sets the session cookie (HttpOnly, SameSite=Lax; Secure with COOKIE_SECURE). */
export function setSessionCookie(
  reply: FastifyReply,
  cookie: { secure: boolean },
  session: { token: string; expiresAt: Date },
) {
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookie.secure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function authRoutes(app: FastifyInstance, deps: Deps, cookie: { secure: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const throttled = { 423: errorResponses[400], 429: errorResponses[400] };

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password (then the authenticator code, when the user has one)',
        body: loginBodySchema,
        response: { 200: sessionResponseSchema, ...errorResponses, ...throttled },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.ctx, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookie(reply, cookie, result);
      return { user: result.user, csrfToken: result.csrfToken, signInStage: result.signInStage };
    },
  );

  r.post(
    '/api/auth/login/code',
    {
      config: { access: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'Second step of signing in: the 6-digit code of the authenticator app, or a recovery code',
        body: loginCodeBodySchema,
        response: { 200: sessionResponseSchema, ...errorResponses, ...throttled },
      },
    },
    async (request, reply) => {
      const result = await completeSignInWithCode(deps, request.ctx, {
        code: request.body.code,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookie(reply, cookie, result);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { access: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out this session (or give up a sign-in half-way)',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await logout(deps, request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/auth/sign-out-everywhere',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'End all of your sessions, on every device (this one too, or every other one)',
        body: signOutEverywhereBodySchema,
        response: { 200: sessionsEndedSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ended = await signOutEverywhere(deps, request.ctx, request.body.includeThisSession);
      if (request.body.includeThisSession) reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ended };
    },
  );

  r.get(
    '/api/auth/session',
    {
      config: { access: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token (and the step left, when half-way through sign-in)',
        response: { 200: sessionResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (!actor) throw new AppError('unauthenticated');
      return { user: currentUser(actor), csrfToken: actor.csrfToken, signInStage: actor.signInStage };
    },
  );

  r.get(
    '/api/auth/status',
    {
      config: { access: 'public', seesSignInStage: true },
      schema: {
        tags: ['auth'],
        summary:
          'Whether this browser is signed in (always 200): the session as GET /api/auth/session gives it, or signedIn false',
        response: { 200: sessionStatusSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (!actor) return { signedIn: false as const };
      const session = {
        user: currentUser(actor),
        csrfToken: actor.csrfToken,
        signInStage: actor.signInStage,
      };
      return { signedIn: true as const, ...session };
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
