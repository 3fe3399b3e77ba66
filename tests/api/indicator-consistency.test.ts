import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/db/seeds/demo';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The figures a ministry signs must agree wherever they are shown. Over the demo data (seed
 * 2000) and a second random history (seed 7), as a director, as at today (25 Nov 2026):
 * - every yes/no (share) indicator of the dashboard that has a drill-down, for the whole
 *   organisation and each location: the drill-down lists exactly the "no" count shown;
 * - "reviews not on time": the same cases as the case list's overdue filter (all pages);
 * - the annual and the ministry reports: children and young adults in care at the year end,
 *   entries (stays and children) and exits in the year, and the children who left residential
 *   care (for a family and in all), the same as the dashboard for the same year;
 * - the exchange document: the same protected figures as the analyst's dashboard for the year.
 */
type Indicator = {
  id: string;
  unit: string;
  rows: Record<string, unknown>[];
  summary: Record<string, number | null>;
  drillDown: string | null;
};
type Dashboard = { indicators: Indicator[] };
type Report = { sections: { heading: string; table?: { rows: (string | number | null)[][] } }[] };

const TODAY = '2026-11-25';
const find = (d: Dashboard, id: string) => d.indicators.find((i) => i.id === id)!;
const no = (i: Indicator) => i.rows.find((r) => r.measure === 'no')!.n as number;

async function json<T>(s: Session, path: string): Promise<T> {
  const res = await s.request('GET', path);
  expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
  return res.json() as T;
}

async function overdueInCaseList(s: Session, locationId: string | null) {
  const found: string[] = [];
  for (let page = 1; ; page++) {
    const items = (
      await json<{ items: { id: string }[] }>(
        s,
        `/api/cases?overdue=true&pageSize=200&page=${page}${locationId ? `&locationId=${locationId}` : ''}`,
      )
    ).items;
    found.push(...items.map((c) => c.id));
    if (items.length < 200) return found.sort();
  }
}

/** The number in a report table's row. */
const cell = (rows: (string | number | null)[][], index: number) => rows[index]![1] as number;

function checkHistory(seed: number) {
  let t: TestApp;
  let director: Session;
  let locations: string[];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.deps, { children: 60, seed, today: TODAY });
    director = await t.signIn('director');
    locations = (
      await t.db.query<{ id: string }>('select distinct location_id as id from cases order by 1')
    ).map((r) => r.id);
  }, 300_000);
  afterAll(() => t.close());

  it('lists behind every yes/no figure exactly the "no" shown, and the case list the same overdue reviews', async () => {
    let comparisons = 0;
    for (const locationId of [null, ...locations]) {
      const scope = locationId ? `&locationId=${locationId}` : '';
      const query = `asAt=${TODAY}${scope}`;
      const dashboard = await json<Dashboard>(director, `/api/indicators/dashboard?${query}`);
      const shares = dashboard.indicators.filter((i) => i.unit === 'share' && i.drillDown !== null);
      expect(shares.map((i) => i.id).sort()).toEqual([
        'care_plan_current',
        'family_contact',
        'reviews_on_time',
        'siblings_together',
      ]);
      for (const i of shares) {
        const drill = await json<{ total: number; items: { caseId: string }[] }>(
          director,
          `/api/indicators/children?${query}&indicator=${i.drillDown}`,
        );
        const label = `${i.id} (${i.drillDown}) at ${locationId ?? 'the whole organisation'}`;
        expect(drill.total, label).toBe(no(i));
        expect(drill.total, label).toBe((i.summary.denominator ?? 0) - (i.summary.numerator ?? 0));
        expect(drill.items.length, label).toBe(drill.total);
        expect(new Set(drill.items.map((c) => c.caseId)).size, label).toBe(drill.total);
        if (i.drillDown === 'reviews_overdue') {
          expect(await overdueInCaseList(director, locationId), label).toEqual(
            drill.items.map((c) => c.caseId).sort(),
          );
        }
        comparisons++;
      }
    }
    // Four indicators for the organisation and each location.
    expect(comparisons).toBe(4 * (1 + locations.length));
    expect(locations.length).toBeGreaterThan(1);
  });

  it('gives in the annual and ministry reports the figures the dashboard gives for the same year', async () => {
    for (const [year, asAt] of [
      [2025, '2025-12-31'],
      [2026, TODAY],
    ] as const) {
      const query = `asAt=${asAt}&from=${year}-01-01&to=${asAt}`;
      const dashboard = await json<Dashboard>(director, `/api/indicators/dashboard?${query}`);
      const annual = await json<Report>(director, `/api/reports/annual?year=${year}`);
      const ministry = await json<Report>(director, `/api/reports/ministry?year=${year}`);
      const inCare = annual.sections[1]!.table!.rows;
      const flows = annual.sections[2]!.table!.rows;
      const exitsRow = flows.findIndex((r, n) => n > 1 && !String(r[0]).startsWith('  '));
      const inCareSummary = find(dashboard, 'children_in_care').summary;
      const entries = find(dashboard, 'entries_by_month').summary;
      const core = find(dashboard, 'core_indicators');
      const label = `year ${year}`;
      expect(cell(inCare, inCare.length - 2), label).toBe(inCareSummary.total);
      expect(cell(inCare, inCare.length - 1), label).toBe(inCareSummary.youngAdults);
      expect(cell(flows, 0), label).toBe(entries.total);
      expect(cell(flows, 1), label).toBe(entries.children);
      expect(cell(flows, exitsRow), label).toBe(find(dashboard, 'exits_by_month').summary.total);
      const returns = ministry.sections[3]!.table!.rows;
      expect(cell(returns, 0), label).toBe(
        core.rows.find((r) => r.measure === 'left_residential_for_family')!.value,
      );
      expect(cell(returns, 1), label).toBe(core.summary.leftResidential);
      // Children (under 18) in foster families: the ministry's table, the annual report's row
      // and the dashboard's count of children in care in a foster family.
      const bySexAge = ministry.sections[0]!.table!.rows;
      const fosterChildren = bySexAge.reduce((sum, r) => sum + Number(r.at(-2)), 0);
      const inFoster = find(dashboard, 'children_in_care')
        .rows.filter((r) => r.setting === 'foster' && r.ageBand !== '18+')
        .reduce((sum, r) => sum + Number(r.n), 0);
      expect(fosterChildren, label).toBe(inFoster);
      expect(inCareSummary.total, label).toBeGreaterThan(0);
    }
  });

  it("gives in the exchange document the analyst's protected figures for the same year", async () => {
    const analyst = await t.signIn('analyst');
    for (const year of [2025, 2026]) {
      const doc = await json<Dashboard>(director, `/api/indicators/exchange?year=${year}`);
      const seen = await json<Dashboard>(analyst, `/api/indicators/dashboard?to=${year}-12-31`);
      expect(doc.indicators.map((i) => i.id)).toEqual(seen.indicators.map((i) => i.id));
      for (const i of doc.indicators)
        expect(i, `${i.id} for ${year}`).toEqual({ ...find(seen, i.id), drillDown: null });
      expect(find(doc, 'children_in_care').summary.total).toBeGreaterThan(0);
    }
  });
}

describe('over the demo data (seed 2000)', () => checkHistory(2000));
describe('over another random history (seed 7)', () => checkHistory(7));
