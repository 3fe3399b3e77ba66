import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/db/seeds/demo';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps, { children: 2, seed: 2026, today: '2026-11-25' });
}, 300_000);
afterAll(() => t.close());

describe('the demo library', () => {
  it('holds a dozen practices in several languages, translations, two adoptions and ambassador material', async () => {
    const admin = await t.signIn('admin');
    const all = (await admin.request('GET', '/api/cooperation/practices?pageSize=50')).json();
    expect(all.total).toBe(12);
    expect(new Set(all.items.map((p: { language: string }) => p.language))).toEqual(
      new Set(['az', 'tr', 'ru', 'en']),
    );
    const travelled = all.items.flatMap((p: { travelled: { kind: string }[] }) =>
      p.travelled.map((x) => x.kind),
    );
    expect(travelled.sort()).toEqual(['adapted', 'adopted']);
    const material = (
      await admin.request('GET', '/api/cooperation/practices?ambassadorMaterial=true')
    ).json();
    expect(material.total).toBe(2);
    const queue = (
      await admin.request('GET', '/api/cooperation/practices/translation-queue?language=az')
    ).json();
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.length).toBeLessThan(12);
  });
});
