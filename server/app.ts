import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from './domain/context';
import { registerAuth } from './plugins/auth';
import { frameworkErrors, registerErrorHandling } from './plugins/errors';
import { registerJsonBodyParser } from './plugins/json-body';
import { registerOpenApi } from './plugins/openapi';
import { registerRecordScope } from './plugins/record-scope';
import { registerWeb } from './plugins/web';
import { afterCareRoutes } from './routes/after-care.routes';
import { auditRoutes } from './routes/audit.routes';
import { authRoutes } from './routes/auth.routes';
import { caseWorkRoutes } from './routes/case-work.routes';
import { casesRoutes } from './routes/cases.routes';
import { cooperationFiguresRoutes } from './routes/cooperation-figures.routes';
import { cooperationHubRoutes } from './routes/cooperation-hub.routes';
import { cooperationLinkRoutes } from './routes/cooperation-link.routes';
import { exchangesRoutes } from './routes/exchanges.routes';
import { exportsRoutes } from './routes/exports.routes';
import { fosterRoutes } from './routes/foster.routes';
import { healthRoutes } from './routes/health.routes';
import { indicatorRoutes } from './routes/indicators.routes';
import { organisationRoutes } from './routes/organisation.routes';
import { practicesRoutes } from './routes/practices.routes';
import { programmesRoutes } from './routes/programmes.routes';
import { qualityRoutes } from './routes/quality.routes';
import { recruitmentRoutes } from './routes/recruitment.routes';
import { reportRoutes } from './routes/reports.routes';
import { searchRoutes } from './routes/search.routes';
import { securityRoutes } from './routes/security.routes';
import { siblingGroupRoutes } from './routes/sibling-group.routes';
import { strengtheningRoutes } from './routes/strengthening.routes';
import { teamRoutes } from './routes/team.routes';
import { usersRoutes } from './routes/users.routes';
import { workingGroupRoutes } from './routes/working-group.routes';

/** The browser features Yuva never uses, switched off for the page and anything it embeds. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export interface AppOptions {
  logLevel?: string;
  /** Where log lines go (standard output unless given; tests read them). */
  logStream?: NodeJS.WritableStream;
  cookieSecure?: boolean;
  /**
   * How many proxies stand before the server: the client's address is the one the nearest of them
   * appended to X-Forwarded-For (the right-most `trustProxy` entries are the proxies' own), never
   * one the client wrote. `true` means 1; `false` or 0 ignores the header (decision 0020).
   */
  trustProxy?: number | boolean;
  bodyLimit?: number;
  webDir?: string;
}

/** `trustProxy` as a number of hops: `true` is one proxy, anything not a whole number ≥ 0 none. */
export function trustedProxyHops(trustProxy: number | boolean | undefined): number {
  if (trustProxy === true) return 1;
  return typeof trustProxy === 'number' && Number.isInteger(trustProxy) && trustProxy > 0 ? trustProxy : 0;
}

/** The request id a client or proxy sent, for the log line only, when it is short and plain. */
export function clientRequestId(header: string | string[] | undefined): { clientRequestId?: string } {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(header)
    ? { clientRequestId: header }
    : {};
}

/** Plugins in a fixed order: security headers → cookies → errors → auth gate → OpenAPI → routes → web. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  // Served over HTTPS (COOKIE_SECURE, or the proxy says so when TRUST_PROXY): only then are
  // browsers told to use HTTPS from now on and for every subresource; on plain HTTP (a demo on
  // a LAN) that would lock them out of the site.
  const https = options.cookieSecure ?? false;
  const proxyHops = trustedProxyHops(options.trustProxy);
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      // Request logs carry the method, path and request id, never bodies or query values
      // (a child's name or identity number can be in either).
      serializers: {
        // The server's own id; a well-formed X-Request-Id of the client (or of a proxy) beside it.
        req: (req) => ({
          method: req.method,
          url: String(req.url).split('?')[0],
          requestId: req.id,
          ...clientRequestId(req.headers['x-request-id']),
        }),
      },
    },
    // Always the server's own: a client-chosen id (a copy of another request's, say) would make
    // audit rows and log lines of different requests look like one (decision 0020).
    genReqId: () => randomUUID(),
    // A hop count, never `true` (Fastify would then take the left-most X-Forwarded-For entry,
    // which the client writes): the socket's peer and the next `proxyHops - 1` entries from the
    // right are proxies, the entry after them is the client. (Fastify 5 reads a bare number as
    // "trust nothing", hence the function.)
    trustProxy: proxyHops > 0 ? (_address: string, hop: number) => hop < proxyHops : false,
    bodyLimit: options.bodyLimit ?? 1_000_000,
    frameworkErrors: frameworkErrors({ https, trustProxy: proxyHops > 0 }),
  });
  registerJsonBodyParser(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    strictTransportSecurity: false,
  });
  await app.register(cookie);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (https || request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  registerErrorHandling(app);
  registerAuth(app, deps);
  registerRecordScope(app, deps);
  await registerOpenApi(app);

  healthRoutes(app, deps);
  authRoutes(app, deps, { secure: options.cookieSecure ?? false });
  securityRoutes(app, deps, { secure: options.cookieSecure ?? false });
  usersRoutes(app, deps);
  organisationRoutes(app, deps);
  auditRoutes(app, deps);
  casesRoutes(app, deps);
  caseWorkRoutes(app, deps);
  teamRoutes(app, deps);
  siblingGroupRoutes(app, deps);
  afterCareRoutes(app, deps);
  searchRoutes(app, deps);
  fosterRoutes(app, deps);
  recruitmentRoutes(app, deps);
  indicatorRoutes(app, deps);
  qualityRoutes(app, deps);
  reportRoutes(app, deps);
  programmesRoutes(app, deps);
  strengtheningRoutes(app, deps);
  exportsRoutes(app, deps);
  cooperationHubRoutes(app, deps);
  cooperationLinkRoutes(app, deps);
  workingGroupRoutes(app, deps);
  practicesRoutes(app, deps);
  exchangesRoutes(app, deps);
  cooperationFiguresRoutes(app, deps);

  if (options.webDir) await registerWeb(app, options.webDir);
  return app;
}
