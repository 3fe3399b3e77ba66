import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/db/seeds/demo';
import { CHILD_POPULATION } from '../../server/db/seeds/population.data';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The demo data carries the child population of its locations (published estimates, marked as
 * such), so the dashboard's rates per 100,000 children are worked out after the demo seed: for
 * the organisation and for each location, for the year the dashboard is as at.
 */
let t: TestApp;
let locations: { id: string; code: string }[];

const core = async (s: Session, query = '') => {
  const res = await s.request('GET', `/api/indicators/dashboard${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().indicators.find((i: { id: string }) => i.id === 'core_indicators') as {
    rows: { measure: string; value: number | null }[];
    summary: Record<string, number | null>;
  };
};
const rate = (c: Awaited<ReturnType<typeof core>>, measure: string) =>
  c.rows.find((r) => r.measure === measure)?.value;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps, { children: 20, seed: 2000, today: '2026-11-25' });
  locations = await t.db.query<{ id: string; code: string }>('select id, code from locations order by code');
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('child population in the demo data', () => {
  it('loads every demo location for the estimate year to the current one, marked as a published estimate', async () => {
    const admin = await t.signIn('admin');
    const res = await admin.request('GET', '/api/indicators/child-population');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().items as {
      locationId: string;
      year: number;
      children: number;
      source: string;
    }[];
    for (const l of locations) {
      const seeded = CHILD_POPULATION.find((p) => p.location === l.code);
      if (!seeded) continue;
      const mine = rows.filter((r) => r.locationId === l.id);
      expect(mine.map((r) => r.year).sort()).toEqual([2024, 2025, 2026]);
      for (const r of mine) {
        expect(r.children).toBe(seeded.children);
        expect(r.children % 100).toBe(0);
        expect(r.source).toMatch(/^published estimate, State Statistical Committee of Azerbaijan, .*, 2024/);
      }
    }
  });

  it('gives the rates per 100,000 children for the organisation and for each location', async () => {
    const director = await t.signIn('director');
    const all = await core(director);
    const total = CHILD_POPULATION.filter((p) => locations.some((l) => l.code === p.location)).reduce(
      (s, p) => s + p.children,
      0,
    );
    expect(all.summary.population).toBe(total);
    expect(rate(all, 'in_care_per_100k')).not.toBeNull();
    expect(rate(all, 'in_care_per_100k')).toBeGreaterThan(0);
    expect(rate(all, 'entries_per_100k')).not.toBeNull();
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const l of locations) {
      const here = await core(director, `?locationId=${l.id}`);
      expect(here.summary.population, l.code).toBe(
        CHILD_POPULATION.find((p) => p.location === l.code)?.children,
      );
      expect(rate(here, 'in_care_per_100k'), l.code).not.toBeNull();
      expect(rate(here, 'entries_per_100k'), l.code).not.toBeNull();
    }
  });

  it('gives the analyst the rate of children in care from the protected count', async () => {
    const analyst = await t.signIn('analyst');
    const all = await core(analyst);
    expect(all.summary.population).not.toBeNull();
    expect(rate(all, 'in_care_per_100k')).not.toBeNull();
  });
});
