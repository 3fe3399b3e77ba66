import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAMILY_BASED_SETTINGS,
  FAMILY_LIKE_SETTINGS,
  RESIDENTIAL_SETTINGS,
} from '../../server/domain/indicators/dashboard.service';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { addDays, type Places, seedSmallCells } from './support/small-cell-data';
import { type Body, figures, type Interval, published, withheld } from './support/small-cell-figures';

/**
 * Decision 0019: the analyst must not be able to work out any withheld cell from everything
 * the dashboard lets them ask for. On a generated data set (seeded, so every run is the same)
 * the analyst asks for the dashboard of every filter combination the route allows — the
 * organisation, each location, each programme, each programme within its location — for two
 * years and a few other periods; a director asks for the same views, which gives the true
 * counts. An attacker then writes down everything published as intervals and every linear
 * relation between the figures that holds on the true data:
 *   - a table's total is the sum of its cells (cells not listed count 0–4 when protected);
 *   - the same children counted in other tables (children in care + young adults = moves = stays
 *     so far = the shares' denominators; entries = gatekeeping's denominator = entry stays ≥ the
 *     children who entered; exits = stays that ended; residential, family-like and family-based =
 *     their settings' cells; re-entries ≤ the reunified children followed; yes + no = all);
 *   - the organisation is the sum of its locations; a location holds its programmes and the
 *     children in no programme; a programme is itself within its location;
 *   - next year's people in care = this year's + entries − exits (as-at dates chain).
 * and narrows every interval through every relation until nothing changes. Each withheld cell
 * (a true count of 1–4) must keep at least two possible values.
 */
let t: TestApp;
const YEARS = ['2025', '2026'] as const;
/** The test clock says 25 November 2026: this year runs to the end of October. */
const END = { '2025': '2025-12-31', '2026': '2026-10-31' } as const;
let locations: Places['locations'];
let programmes: Places['programmes'];

beforeAll(async () => {
  t = await createTestApp();
  ({ locations, programmes } = await seedSmallCells(t));
}, 120_000);
afterAll(() => t.close());

describe('small-cell protection holds across every view the analyst can ask for', () => {
  it('no withheld cell can be worked out from tables, locations, programmes, periods or other indicators', async () => {
    const analyst = await t.signIn('analyst');
    const director = await t.signIn('director');
    const geos: { name: string; q: string }[] = [{ name: 'org', q: '' }];
    for (const [code, id] of locations) geos.push({ name: `L:${code}`, q: `&locationId=${id}` });
    for (const [code, p] of programmes) {
      geos.push({ name: `P:${code}`, q: `&programmeId=${p.id}` });
      geos.push({
        name: `LP:${p.location}:${code}`,
        q: `&locationId=${locations.get(p.location)}&programmeId=${p.id}`,
      });
    }
    const get = async (s: Session, q: string) => {
      const res = await s.request('GET', `/api/indicators/dashboard?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Body;
    };
    // Published intervals and true values, by variable `year|view|table|key`.
    const shown = new Map<string, Interval>();
    const hiddenNames = new Set<string>();
    const truth = new Map<string, number>();
    const domain = new Map<string, Set<string>>(); // table → keys found anywhere (the attacker knows them all)
    const views: { year: string; geo: string; pub: Body; real: Body }[] = [];
    let requests = 0;
    for (const year of YEARS)
      for (const g of geos) {
        const pub = await get(analyst, `asAt=${END[year]}&from=${year}-01-01&to=${END[year]}${g.q}`);
        requests++;
        const real = await get(director, `asAt=${pub.asAt}&from=${pub.from}&to=${pub.to}${g.q}`);
        views.push({ year, geo: g.name, pub, real });
        for (const f of figures(real))
          if (f.open) (domain.get(f.table) ?? domain.set(f.table, new Set()).get(f.table)!).add(f.key);
      }
    // Every count published to the analyst: never 1–4, always a multiple of the rounding.
    for (const v of views)
      for (const f of figures(v.pub))
        if (f.value !== null) {
          expect(f.value >= v.pub.threshold || f.value === 0, `${v.geo} ${f.table} ${f.key}`).toBe(true);
          expect(f.value % (v.pub.rounding ?? 1)).toBe(0);
        }

    // Variables: every figure of every view, listed or not.
    const name = (year: string, geo: string, table: string, k: string) => `${year}|${geo}|${table}|${k}`;
    const suffixes: { table: string; key: string; open: boolean }[] = [];
    for (const f of figures(views[0]!.real)) if (!f.open) suffixes.push(f);
    for (const [table, keys] of domain) for (const k of keys) suffixes.push({ table, key: k, open: true });
    for (const v of views) {
      const pubBy = new Map(figures(v.pub).map((f) => [`${f.table}|${f.key}`, f]));
      const realBy = new Map(figures(v.real).map((f) => [`${f.table}|${f.key}`, f]));
      for (const s of suffixes) {
        const n = name(v.year, v.geo, s.table, s.key);
        shown.set(n, published(v.pub, pubBy.get(`${s.table}|${s.key}`), s.open));
        if (withheld(pubBy.get(`${s.table}|${s.key}`), s.open)) hiddenNames.add(n);
        truth.set(n, (realBy.get(`${s.table}|${s.key}`)?.value as number | undefined) ?? 0);
      }
    }

    // Relations: Σ coefficient × variable = 0. A slack is an unpublished count ≥ 0.
    type Term = [number, string];
    const relations: Term[][] = [];
    const slack = (n: string) => {
      shown.set(n, [0, Number.POSITIVE_INFINITY]);
      return n;
    };
    const cellsOf = (table: string, where = (_k: string) => true) =>
      [...(domain.get(table) ?? [])].filter(where);
    for (const v of views) {
      const x = (table: string, k: string) => name(v.year, v.geo, table, k);
      const equal = (a: string, b: string) =>
        relations.push([
          [1, a],
          [-1, b],
        ]);
      const sumIs = (total: string, parts: string[]) =>
        relations.push([[1, total], ...parts.map((p): Term => [-1, p])]);
      for (const id of ['children_in_care', 'entries_by_month', 'exits_by_month', 'moves_per_child'])
        sumIs(
          x(id, '#total'),
          cellsOf(id).map((k) => x(id, k)),
        );
      const children = x('children_in_care', '#total');
      // Everyone in care: the children and, apart, the young adults.
      const stock = x('moves_per_child', '#total');
      sumIs(stock, [children, x('children_in_care', '#youngAdults')]);
      equal(x('children_in_care', '#youngAdults'), x('core_indicators', '#youngAdults'));
      sumIs(
        stock,
        cellsOf('length_of_stay', (k) => k.startsWith('in_care|')).map((k) => x('length_of_stay', k)),
      );
      sumIs(
        x('exits_by_month', '#total'),
        cellsOf('length_of_stay', (k) => k.startsWith('exited|')).map((k) => x('length_of_stay', k)),
      );
      for (const id of [
        'siblings_together',
        'care_plan_current',
        'gatekeeping_on_entry',
        'reviews_on_time',
        'family_contact',
      ])
        sumIs(x(id, '#denominator'), [x(id, 'yes'), x(id, 'no')]);
      for (const id of ['care_plan_current', 'reviews_on_time', 'family_contact'])
        equal(stock, x(id, '#denominator'));
      equal(x('entries_by_month', '#total'), x('gatekeeping_on_entry', '#denominator'));
      equal(x('entries_by_month', '#total'), x('core_indicators', '#entryStays'));
      // Children who entered ≤ stays that began; re-entries ≤ the children followed.
      // A slack whose true value is known (the difference), so the relation is checked too.
      const gap = (n: string, big: string, small: string) => {
        truth.set(n, (truth.get(big) ?? 0) - (truth.get(small) ?? 0));
        return slack(n);
      };
      sumIs(x('entries_by_month', '#total'), [
        x('entries_by_month', '#children'),
        gap(
          `${v.year}|${v.geo}|entries-repeat`,
          x('entries_by_month', '#total'),
          x('entries_by_month', '#children'),
        ),
      ]);
      sumIs(x('short_term_care', 'reunifiedFollowed'), [
        x('short_term_care', 'reEntries'),
        gap(
          `${v.year}|${v.geo}|followed-not-back`,
          x('short_term_care', 'reunifiedFollowed'),
          x('short_term_care', 'reEntries'),
        ),
      ]);
      const setting = (k: string) => k.split('|')[0]!;
      const inCategory = (settings: readonly string[]) =>
        cellsOf('children_in_care', (k) => settings.includes(setting(k))).map((k) =>
          x('children_in_care', k),
        );
      sumIs(x('core_indicators', '#residential'), inCategory(RESIDENTIAL_SETTINGS));
      sumIs(x('core_indicators', '#familyLike'), inCategory(FAMILY_LIKE_SETTINGS));
      sumIs(x('core_indicators', '#familyBased'), inCategory(FAMILY_BASED_SETTINGS));
      // Published for the countries' comparison (issue 17): foster families; going home.
      sumIs(x('core_indicators', '#foster'), inCategory(['foster']));
      sumIs(
        x('exits_by_month', '#reunified'),
        cellsOf('exits_by_month', (k) => k.split('|')[1] === 'reunification').map((k) =>
          x('exits_by_month', k),
        ),
      );
      equal(x('after_care', '#held'), x('after_care', 'held|null|null'));
      equal(x('after_care', '#missed'), x('after_care', 'missed|null|null'));
    }
    const geoOf = (year: string, geo: string, s: { table: string; key: string }) =>
      name(year, geo, s.table, s.key);
    for (const year of YEARS)
      for (const s of suffixes) {
        if (s.table === 'foster_funnel') continue;
        relations.push([
          [1, geoOf(year, 'org', s)],
          ...[...locations.keys()].map((l): Term => [-1, geoOf(year, `L:${l}`, s)]),
        ]);
        for (const l of locations.keys()) {
          const inL = [...programmes].filter(([, p]) => p.location === l).map(([c]) => c);
          relations.push([
            [1, geoOf(year, `L:${l}`, s)],
            ...inL.map((c): Term => [-1, geoOf(year, `LP:${l}:${c}`, s)]),
            [-1, slack(`${year}|L:${l}|rest|${s.table}|${s.key}`)],
          ]);
        }
        for (const [c, p] of programmes)
          relations.push([
            [1, geoOf(year, `P:${c}`, s)],
            [-1, geoOf(year, `LP:${p.location}:${c}`, s)],
          ]);
      }
    for (const g of geos) {
      const x = (year: string, table: string, k: string) => name(year, g.name, table, k);
      relations.push([
        [1, x('2026', 'moves_per_child', '#total')],
        [-1, x('2025', 'moves_per_child', '#total')],
        [-1, x('2026', 'entries_by_month', '#total')],
        [1, x('2026', 'exits_by_month', '#total')],
      ]);
    }
    // Every relation holds on the true counts (else the attacker's model would be wrong).
    for (const rel of relations.filter((r) => r.every(([, n]) => shown.has(n)))) {
      const value = (n: string) => truth.get(n) ?? 0;
      if (rel.some(([, n]) => n.includes('|rest|'))) continue;
      expect(
        rel.reduce((s, [c, n]) => s + c * value(n), 0),
        rel.map(([c, n]) => `${c} ${n}`).join(' '),
      ).toBe(0);
    }

    const complete = relations.filter((rel) => rel.every(([, n]) => shown.has(n)));
    relations.length = 0;
    relations.push(...complete);
    // Narrow every interval through every relation until nothing changes.
    const range = new Map(shown);
    let attempts = 0;
    for (let round = 0, changed = true; changed && round < 200; round++) {
      changed = false;
      for (const rel of relations)
        for (const [c, n] of rel) {
          attempts++;
          // c·n = −Σ others
          let lo = 0;
          let hi = 0;
          for (const [c2, n2] of rel) {
            if (n2 === n) continue;
            const [a, b] = range.get(n2)!;
            lo += c2 > 0 ? -c2 * b : -c2 * a;
            hi += c2 > 0 ? -c2 * a : -c2 * b;
          }
          const [l0, h0] = range.get(n)!;
          const [nl, nh] = c > 0 ? [lo / c, hi / c] : [hi / c, lo / c];
          const l = Math.max(l0, Math.ceil(nl));
          const h = Math.min(h0, Math.floor(nh));
          if (l > l0 || h < h0) {
            range.set(n, [l, h]);
            changed = true;
          }
        }
    }
    const hidden = [...truth].filter(([n, v]) => v >= 1 && v < 5 && hiddenNames.has(n));
    const derived = hidden.filter(([n]) => range.get(n)![0] === range.get(n)![1]);
    for (const [n, v] of truth) {
      const [l, h] = range.get(n)!;
      expect(l <= v && v <= h, `${n}: ${v} outside ${l}–${h}`).toBe(true);
    }
    console.info(
      `small-cell protection: ${requests} analyst requests over ${views.length} views, ${truth.size} figures, ` +
        `${hidden.length} withheld cells of 1–4, ${relations.length} relations, ${attempts} derivation steps; ` +
        `worked out exactly: ${derived.length}`,
    );
    expect(hidden.length).toBeGreaterThan(100);
    expect(derived.map(([n, v]) => `${n} = ${v}`)).toEqual([]);
  }, 600_000);

  it('gives the analyst calendar years only: any other period answers with the same figures', async () => {
    const analyst = await t.signIn('analyst');
    const get = async (q: string) => {
      const res = await analyst.request('GET', `/api/indicators/dashboard?${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Body;
    };
    for (const year of YEARS)
      for (const q of ['', `&locationId=${locations.get('ganja')}`]) {
        const whole = await get(`asAt=${END[year]}&from=${year}-01-01&to=${END[year]}${q}`);
        expect([whole.from, whole.to, whole.asAt]).toEqual([`${year}-01-01`, END[year], END[year]]);
        // A month, a period ending a day early, a sliding window: the same year, the same figures.
        for (const other of [
          `from=${year}-03-01&to=${year}-03-31`,
          `asAt=${year}-06-30&from=${year}-02-01&to=${year}-06-30`,
          `from=${year}-01-01&to=${addDays(END[year], -1)}`,
          `to=${year}-12-31`,
        ])
          expect(await get(`${other}${q}`), other).toEqual(whole);
      }
    // Without a period: the current year to the end of the last whole month.
    expect((await get('')).to).toBe('2026-10-31');
  });
});
