import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let doc: {
  paths: Record<
    string,
    Record<string, { operationId?: string; security?: unknown[]; requestBody?: unknown }>
  >;
  components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, { in?: string; name?: string }>;
  };
};
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );

describe('the OpenAPI document, as third-party tools read it', () => {
  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    const listed = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`,
    );
    expect(listed).toEqual([]);
  });

  it('gives every operation an id made of its method and path', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/cases/{id}']?.get?.operationId).toBe('getCasesById');
    expect(doc.paths['/api/referrals']?.post?.operationId).toBe('postReferrals');
  });

  it('lets the public routes through without a session, and asks the CSRF header of every change', () => {
    for (const path of ['/api/health', '/api/auth/login', '/api/public/foster-applications']) {
      const [op] = Object.values(doc.paths[path] ?? {});
      expect(op?.security, path).toEqual([]);
    }
    expect(doc.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    expect(doc.paths['/api/referrals']?.post?.security).toEqual([{ session: [], csrf: [] }]);
    expect(doc.paths['/api/cases']?.get?.security).toEqual([{ session: [] }]);
  });

  it('declares the uploads as the file itself, in its media types', () => {
    const upload = doc.paths['/api/cases/{id}/documents']?.post?.requestBody as {
      content: Record<string, unknown>;
    };
    expect(Object.keys(upload.content).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
  });

  it('names the main records, so a generated client can import them', () => {
    for (const name of ['Case', 'ReferralInput', 'Person', 'Placement', 'FosterFamily', 'CasePage', 'Error'])
      expect(doc.components.schemas, name).toHaveProperty(name);
    const detail = doc.paths['/api/cases/{id}']?.get as unknown as {
      responses: { 200: { content: { 'application/json': { schema: unknown } } } };
    };
    expect(detail.responses[200].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Case',
    });
  });
});
