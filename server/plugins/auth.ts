import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLocale, localeFromAcceptLanguage } from '../../common/i18n/locales';
import { can, type RouteAccess } from '../domain/access/policy';
import { authenticate } from '../domain/auth/auth.service';
import type { Deps, RequestContext } from '../domain/context';
import { AppError } from '../domain/errors';

export const SESSION_COOKIE = 'yuva_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    /** Who may call the route: a permission of the access policy, `authenticated` or `public`. */
    access?: RouteAccess;
    /** A public route that still sees a sign-in half-way (the session probe of the sign-in page). */
    seesSignInStage?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The single gate every request passes: who is calling (session cookie), in which
 * language, and whether the route's declared access allows it. A route under /api that
 * declares no access is refused, so a forgotten declaration fails closed.
 */
export function registerAuth(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('ctx', null as unknown as RequestContext);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await authenticate(deps, token) : null;
    // A session half-way through sign-in is seen only by the routes of that step.
    const { access, seesSignInStage } = request.routeOptions.config;
    const actor = found?.signInStage && access !== 'session' && !seesSignInStage ? null : found;
    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    request.ctx = {
      actor,
      requestId: request.id,
      ip: request.ip,
      locale: isLocale(asked)
        ? asked
        : (actor?.locale ?? localeFromAcceptLanguage(request.headers['accept-language'])),
    };
    // Before the body is read: a caller who may not use the route never gets to send 10 MB to it.
    checkAccess(request);
  });
}

function checkAccess(request: FastifyRequest) {
  const url = request.routeOptions.url ?? '';
  const access = request.routeOptions.config.access;
  if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
  if (access === undefined) throw new AppError('forbidden');
  if (access === 'public') return;
  const actor = request.ctx.actor;
  if (!actor) throw new AppError('unauthenticated');
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== actor.csrfToken) {
    throw new AppError('csrf_failed');
  }
  if (access !== 'authenticated' && access !== 'session' && !can(actor.role, access)) {
    throw new AppError('forbidden');
  }
}
