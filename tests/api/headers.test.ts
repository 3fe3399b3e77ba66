import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The security headers of every page of the web app (each route of web/app/AppRoutes.tsx, served
 * as index.html by server/plugins/web.ts), of its files, and of every GET route of the API (as an
 * administrator, and as nobody), over plain HTTP and over HTTPS. A small web folder stands in for
 * the build (the server serves whatever vite built the same way).
 */
const webDir = mkdtempSync(join(tmpdir(), 'yuva-web-'));
writeFileSync(
  join(webDir, 'index.html'),
  '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
);
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'assets', 'app.js'), 'document.title = "Yuva";');
writeFileSync(join(webDir, 'assets', 'app.css'), 'body { margin: 0 }');

/** The pages of the web app: every `path="…"` of AppRoutes.tsx and PublicRoutes.tsx, parameters filled in. */
function pages(): string[] {
  const source = ['AppRoutes.tsx', 'PublicRoutes.tsx']
    .map((file) => readFileSync(new URL(`../../web/app/${file}`, import.meta.url), 'utf8'))
    .join('\n');
  const paths = [...source.matchAll(/path="([^"]+)"/g)].map((m) => m[1]!);
  const urls = paths.map((p) => {
    const filled = p.replaceAll(/:\w+/g, randomUUID());
    if (p === '*') return '/no-such-page';
    if (p.startsWith('status/')) return `/apply/${filled}`;
    return `/${filled}`;
  });
  return ['/', ...new Set(urls)];
}

function csp(res: LightMyRequestResponse): Map<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** What every answer carries, page, file or API. */
function commonProblems(what: string, res: LightMyRequestResponse, https: boolean): string[] {
  const h = res.headers;
  const problems: string[] = [];
  const directives = csp(res);
  if (!directives.size) problems.push('no Content-Security-Policy');
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (scripts.some((s) => ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:'].includes(s)))
    problems.push(`scripts allowed from ${scripts.join(' ')}`);
  if (!["'none'", "'self'"].includes((directives.get('frame-ancestors') ?? [])[0] ?? ''))
    problems.push('frame-ancestors missing');
  if (h['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  if (!['no-referrer', 'same-origin', 'strict-origin'].includes(String(h['referrer-policy'])))
    problems.push(`Referrer-Policy ${h['referrer-policy']}`);
  if (!['DENY', 'SAMEORIGIN'].includes(String(h['x-frame-options']))) problems.push('no X-Frame-Options');
  if (h['x-powered-by'] !== undefined) problems.push(`X-Powered-By: ${h['x-powered-by']}`);
  if (h.server !== undefined) problems.push(`Server: ${h.server}`);
  const hsts = String(h['strict-transport-security'] ?? '');
  if (https && !/max-age=(\d{8,})/.test(hsts))
    problems.push(`over HTTPS, Strict-Transport-Security is "${hsts}"`);
  if (!https && hsts) problems.push('Strict-Transport-Security sent over plain HTTP');
  if (!https && directives.has('upgrade-insecure-requests'))
    problems.push('upgrade-insecure-requests over plain HTTP (a LAN install would break)');
  return problems.map((p) => `${what} → ${res.statusCode}: ${p}`);
}

for (const mode of ['http', 'https', 'https behind a proxy'] as const) {
  describe(`security headers (${mode})`, () => {
    let t: TestApp;
    let admin: Session;
    const https = mode !== 'http';
    const headers: Record<string, string> =
      mode === 'https behind a proxy' ? { 'x-forwarded-proto': 'https' } : {};

    beforeAll(async () => {
      t = await createTestApp({
        webDir,
        cookieSecure: mode === 'https',
        trustProxy: mode === 'https behind a proxy' ? 1 : 0,
      });
      admin = await t.signIn('admin');
    });
    afterAll(() => t.close());

    it('every page of the web app', async () => {
      const urls = pages();
      expect(urls.length).toBeGreaterThan(25);
      const problems: string[] = [];
      for (const url of urls) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, url).toBe(200);
        expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
        problems.push(...commonProblems(url, res, https));
        const d = csp(res);
        if ((d.get('default-src') ?? [])[0] !== "'self'") problems.push(`${url}: default-src is not 'self'`);
        if ((d.get('object-src') ?? [])[0] !== "'none'") problems.push(`${url}: object-src is not 'none'`);
        if ((d.get('base-uri') ?? [])[0] !== "'self'") problems.push(`${url}: base-uri is not 'self'`);
      }
      for (const url of ['/assets/app.js', '/assets/app.css']) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, url).toBe(200);
        problems.push(...commonProblems(url, res, https));
      }
      expect(problems).toEqual([]);
    });

    it('the API reference (/api/docs) and its files: the same headers and the one policy of every page', async () => {
      const policy = String(
        (await t.app.inject({ method: 'GET', url: '/', headers })).headers['content-security-policy'],
      );
      const page = await t.app.inject({ method: 'GET', url: '/api/docs', headers });
      expect(page.statusCode).toBe(200);
      expect(String(page.headers['content-type'])).toMatch(/^text\/html/);
      // Everything the page loads comes from its own files ('self'): no inline script, no other host.
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const loaded = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(loaded.length).toBeGreaterThan(4);
      expect(loaded.filter((u) => !u.startsWith('/api/docs/static/'))).toEqual([]);
      const problems: string[] = [];
      const urls = [
        '/api/docs',
        '/api/docs/',
        ...loaded,
        '/api/docs/json',
        '/api/docs/yaml',
        '/api/openapi.json',
      ];
      for (const url of urls) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode, url).toBe(200);
        problems.push(...commonProblems(url, res, https));
        const sent = String(res.headers['content-security-policy']);
        if (sent !== policy)
          problems.push(`${url}: Content-Security-Policy "${sent}", pages have "${policy}"`);
        if (res.headers['cache-control'] !== 'no-store')
          problems.push(`${url}: Cache-Control ${res.headers['cache-control']}`);
      }
      // No badge from validator.swagger.io, which the policy would block.
      const initializer = await t.app.inject({
        method: 'GET',
        url: '/api/docs/static/swagger-initializer.js',
      });
      expect(initializer.body).toMatch(/validatorUrl: null,/);
      const redirect = await t.app.inject({ method: 'GET', url: '/api/docs/static/index.html', headers });
      expect(redirect.statusCode).toBe(302);
      problems.push(...commonProblems('/api/docs/static/index.html', redirect, https));
      expect(problems).toEqual([]);
    });

    it('every GET route of the API, signed in and not, and the error answers', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      const urls = Object.entries(doc.paths)
        .filter(([, methods]) => 'get' in methods)
        .map(([path]) => path.replaceAll(/\{\w+\}/g, randomUUID()));
      expect(urls.length).toBeGreaterThan(60);
      const problems: string[] = [];
      const check = (what: string, res: LightMyRequestResponse) => {
        problems.push(...commonProblems(what, res, https));
        if (res.headers['cache-control'] !== 'no-store')
          problems.push(`${what} → ${res.statusCode}: Cache-Control ${res.headers['cache-control']}`);
      };
      for (const url of urls) {
        check(`${url} (administrator)`, await admin.request('GET', url, undefined, headers));
        check(`${url} (nobody)`, await t.app.inject({ method: 'GET', url, headers }));
      }
      const errors: [string, () => Promise<LightMyRequestResponse>][] = [
        ['unknown API route', () => t.app.inject({ method: 'GET', url: '/api/nothing-here', headers })],
        ['bad percent-encoding', () => t.app.inject({ method: 'GET', url: '/api/cases/%ZZ', headers })],
        [
          'path parameter too long',
          () => t.app.inject({ method: 'GET', url: `/api/cases/${'x'.repeat(500)}`, headers }),
        ],
        [
          'malformed JSON',
          () =>
            admin.request('POST', '/api/users', '{"a":', { ...headers, 'content-type': 'application/json' }),
        ],
        [
          'body too large',
          () =>
            admin.request('POST', '/api/users', JSON.stringify({ a: 'x'.repeat(2_000_000) }), {
              ...headers,
              'content-type': 'application/json',
            }),
        ],
        [
          'missing CSRF token',
          () => admin.request('POST', '/api/auth/logout', undefined, { ...headers, 'x-csrf-token': '' }),
        ],
      ];
      for (const [what, send] of errors) {
        const res = await send();
        expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
        expect(res.json().error.code, what).toEqual(expect.any(String));
        check(what, res);
      }
      expect(problems).toEqual([]);
    });

    it('the session cookie is HttpOnly and SameSite, and Secure when served over HTTPS', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: { username: admin.username, password: 'correct-horse-battery-9' },
      });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'yuva_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(['Lax', 'Strict']).toContain(cookie.sameSite);
      expect(cookie.path).toBe('/');
      // COOKIE_SECURE is what says the cookie may travel over HTTPS only (behind a proxy, set it too).
      expect(Boolean(cookie.secure)).toBe(mode === 'https');
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { ...headers, cookie: `yuva_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken },
      });
      const cleared = out.cookies.find((c) => c.name === 'yuva_session');
      expect(cleared?.value ?? '').toBe('');
    });
  });
}

afterAll(() => rmSync(webDir, { recursive: true, force: true }));
