import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app (vite build → dist/web) from the same port as the API.
 * Any GET that is not an API call or a file gets index.html, so deep links work.
 */
export async function registerWeb(app: FastifyInstance, webDir: string) {
  const root = resolve(webDir);
  if (!existsSync(resolve(root, 'index.html'))) {
    app.log.warn({ root }, 'web app not built: run `npm run build`; serving the API only');
    return;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const path = request.url.split('?')[0] ?? '/';
    if (/\.[a-z0-9]+$/i.test(path) && existsSync(resolve(root, `.${path}`))) {
      return reply.sendFile(path.slice(1));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
