import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../server/env';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health, documentation and headers', () => {
  it('reports the database state', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('publishes an OpenAPI document with a schema for every route and a readable reference', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.properties).toHaveProperty('username');
    for (const [path, methods] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>,
    )) {
      for (const [method, op] of Object.entries(methods)) {
        const success = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
        expect(success.length, `${method} ${path} declares its answer`).toBeGreaterThan(0);
        if (path !== '/api/health')
          expect(op.responses, `${method} ${path} declares its errors`).toHaveProperty('400');
      }
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers and never caches API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Plain HTTP here: HSTS only over HTTPS (COOKIE_SECURE or a proxy saying so), see headers.test.ts.
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('configuration', () => {
  it('has working defaults', () => {
    expect(readEnv({})).toMatchObject({ PORT: 3000, YUVA_DATA_DIR: './data', YUVA_DEMO: false });
  });
  it('stops with a message naming each bad value', () => {
    expect(() => readEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x', YUVA_DEMO: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*YUVA_DEMO|PORT[\s\S]*YUVA_DEMO[\s\S]*DATABASE_URL/,
    );
  });
});
