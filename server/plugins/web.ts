import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** A year: files under assets/ carry a hash of their content in their name, so they never change. */
const HASHED = 'public, max-age=31536000, immutable';
/** Everything else (index.html, apply.html) is asked about again each time, so a new build shows at once. */
const REVALIDATED = 'no-cache';

/**
 * Serves the built web app (vite build → dist/web) from the same port as the API: the smallest
 * precompressed copy the browser accepts (.br, .gz, written by the build), cached for a year when
 * the name carries a hash. The public pages (/apply…) get apply.html, an app of their own without
 * the staff pages; any other GET that is not an API call or a file gets index.html, so deep links work.
 */
export async function registerWeb(app: FastifyInstance, webDir: string) {
  const root = resolve(webDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build`; serving the API only');
    return;
  }
  // `path` is the file sent, the .br or .gz copy included.
  const cacheControl = (reply: FastifyReply, path: string) => {
    reply.header('cache-control', relative(root, path).startsWith(`assets${sep}`) ? HASHED : REVALIDATED);
  };
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheControl,
  });
  const publicApp = existsSync(resolve(root, 'apply.html')) ? 'apply.html' : 'index.html';
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const path = request.url.split('?')[0] ?? '/';
    // Dot folders (the build's .vite/manifest.json) are the build's business, not the browser's.
    if (path.includes('/.')) return reply.callNotFound();
    if (/\.[a-z0-9]+$/i.test(path) && existsSync(resolve(root, `.${path}`))) {
      return reply.sendFile(path.slice(1));
    }
    // A chunk of an older build (a tab open across an update): a 404 lets the page reload itself.
    if (path.startsWith('/assets/')) return reply.callNotFound();
    const isPublic = path === '/apply' || path.startsWith('/apply/');
    return reply.sendFile(isPublic ? publicApp : 'index.html');
  });
}
