import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * Indicators on a small data set built by hand, where the right answers are counted in the
 * comments. As at 30 June 2026, period 1 July 2025 – 30 June 2026, Ganja:
 *   A girl, born 2015, SOS family since Jan 2024 (spans the period), care plan, review on time
 *   B boy, born 2020, short-term care Sep 2025, moved to a foster family 15 Oct 2025 (one move)
 *   C boy, born 2010, residential, admitted and discharged home the same day, 2 Feb 2026
 *   D girl, born 2012, short-term Aug 2025, home 31 Aug (reunified), back 1 Mar 2026 (re-entry)
 *   E a Baku child in care (outside the filter and a Ganja worker's scope)
 *   A and D are sisters, in different places.
 */
let t: TestApp;
let ganja: string;
let baku: string;
const period = 'asAt=2026-06-30&from=2025-07-01&to=2026-06-30';

async function child(given: string, sex: string, born: string) {
  return (
    await t.db.query<{ id: string }>(
      `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'Sınaqova', $2, $3) returning id`,
      [given, sex, born],
    )
  )[0]!.id;
}
let caseCounter = 0;
async function caseOf(childId: string, locationId: string) {
  return (
    await t.db.query<{ id: string }>(
      `insert into cases (case_number, child_id, status, location_id, opened_on) values ($1, $2, 'in_care', $3, '2024-01-01') returning id`,
      [`T-${++caseCounter}`, childId, locationId],
    )
  )[0]!.id;
}
async function place(
  childId: string,
  caseId: string,
  setting: string,
  start: string,
  end: string | null = null,
  endReason: string | null = null,
  houseId: string | null = null,
) {
  return (
    await t.db.query<{ id: string; version: number }>(
      `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, house_id, status)
       values ($1, $2, $3, $4, $5, $6, $7, case when $5::date is null then 'active' else 'ended' end) returning id, version`,
      [childId, caseId, setting, start, end, endReason, houseId],
    )
  )[0]!;
}

const get = (s: Session, path: string) => s.request('GET', path);
const indicator = (body: { indicators: { id: string }[] }, id: string) =>
  body.indicators.find((i) => i.id === id) as unknown as {
    rows: Record<string, unknown>[];
    summary: Record<string, number | null>;
    drillDown: string | null;
  };

beforeAll(async () => {
  t = await createTestApp();
  const loc = async (code: string) =>
    (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;
  ganja = await loc('ganja');
  baku = await loc('baku');
  const house = (await t.db.query<{ id: string }>('select id from family_houses limit 1'))[0]!.id;

  const a = await child('Aynur', 'female', '2015-01-01');
  const caseA = await caseOf(a, ganja);
  await place(a, caseA, 'sos_family', '2024-01-10', null, null, house);
  await t.db.query(
    `insert into care_plans (case_id, plan_version, status, approved_at, next_review_on) values ($1, 1, 'active', '2024-02-01', '2024-05-01')`,
    [caseA],
  );
  await t.db.query(
    `insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, next_review_on)
     values ($1, '2026-05-01', 'periodic', true, true, '2026-08-01')`,
    [caseA],
  );

  await t.db.query(
    `insert into follow_ups (case_id, kind, due_on, held_on, status, ratings) values
       ($1, 'after_care', '2026-03-01', '2026-03-02', 'held', '{"care": 3, "shelter": 4}'),
       ($1, 'after_care', '2026-04-01', null, 'missed', null)`,
    [caseA],
  );

  const b = await child('Bəhruz', 'male', '2020-05-05');
  const caseB = await caseOf(b, ganja);
  await place(b, caseB, 'short_term', '2025-09-01', '2025-10-15', 'planned_move');
  await place(b, caseB, 'foster', '2025-10-15');
  await t.db.query(
    `insert into gatekeeping_assessments (case_id, status, decision, reviewed_at) values ($1, 'approved', 'short_term_care', '2025-08-25')`,
    [caseB],
  );

  const c = await child('Cavid', 'male', '2010-03-03');
  const caseC = await caseOf(c, ganja);
  await place(c, caseC, 'residential', '2026-02-02', '2026-02-02', 'reunification');

  const d = await child('Dilarə', 'female', '2012-12-12');
  const caseD = await caseOf(d, ganja);
  await place(d, caseD, 'short_term', '2025-08-01', '2025-08-31', 'reunification');
  await place(d, caseD, 'short_term', '2026-03-01');
  await t.db.query(
    `insert into gatekeeping_assessments (case_id, status, decision, reviewed_at) values ($1, 'approved', 'short_term_care', '2025-07-28')`,
    [caseD],
  );
  await t.db.query(
    `insert into family_contacts (case_id, contact_on, kind, status) values ($1, '2026-05-15', 'visit', 'held'), ($1, '2026-01-15', 'call', 'held')`,
    [caseD],
  );
  const group = (
    await t.db.query<{ id: string }>('insert into sibling_groups default values returning id')
  )[0]!.id;
  await t.db.query('insert into sibling_group_members (group_id, person_id) values ($1, $2), ($1, $3)', [
    group,
    a,
    d,
  ]);

  const e = await child('Elnur', 'male', '2016-06-06');
  await place(e, await caseOf(e, baku), 'sos_family', '2023-01-01');
});
afterAll(() => t.close());

describe('the dashboard on a hand-counted data set', () => {
  it('counts stock, entries, exits, moves and stays the way the comments count them', async () => {
    const director = await t.signIn('director');
    const res = await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // In care on 30 June: A (SOS family, girl, 11), B (foster, boy, 6), D (short-term, girl, 13).
    expect(indicator(body, 'children_in_care').rows).toEqual([
      { setting: 'foster', sex: 'male', ageBand: '0-6', disability: false, n: 1 },
      { setting: 'short_term', sex: 'female', ageBand: '7-13', disability: false, n: 1 },
      { setting: 'sos_family', sex: 'female', ageBand: '7-13', disability: false, n: 1 },
    ]);
    // Entries: D Aug 2025, B Sep 2025 (its move in October is not an entry), C Feb 2026, D Mar 2026.
    expect(indicator(body, 'entries_by_month').summary.total).toBe(4);
    expect(indicator(body, 'entries_by_month').rows.map((r) => r.month)).toEqual([
      '2025-08',
      '2025-09',
      '2026-02',
      '2026-03',
    ]);
    // Exits: D home on 31 Aug 2025 and C home the day it came: both reunification.
    expect(indicator(body, 'exits_by_month').rows).toEqual([
      { month: '2025-08', reason: 'reunification', n: 1 },
      { month: '2026-02', reason: 'reunification', n: 1 },
    ]);
    // Stays that ended: C 0 days, D 30 days → median 15.
    expect(indicator(body, 'length_of_stay').summary.medianExited).toBe(15);
    // Moves: A 0, D 0 (the re-entry is a new stay), B 1.
    expect(indicator(body, 'moves_per_child').rows).toEqual([
      { moves: 0, n: 2 },
      { moves: 1, n: 1 },
    ]);
    // Sisters A and D live in different places.
    expect(indicator(body, 'siblings_together').summary).toEqual({
      numerator: 0,
      denominator: 2,
      percent: 0,
    });
    expect(indicator(body, 'care_plan_current').summary).toMatchObject({ numerator: 1, denominator: 3 });
    // A's review is due 1 Aug; B's first fell due 1 Dec 2025 and D's 1 Jun 2026 (three months in care).
    expect(indicator(body, 'reviews_on_time').summary).toMatchObject({ numerator: 1, denominator: 3 });
    expect(indicator(body, 'family_contact').summary).toMatchObject({ numerator: 1, denominator: 3 });
    // Gatekeeping decided before entry for B and for D's first entry; none for C, and none for
    // D's return in March: her only decision (28 Jul 2025) came before she went home in August.
    // No "family support only" decision in this data set: nobody kept out of care.
    expect(indicator(body, 'gatekeeping_on_entry').summary).toEqual({
      numerator: 2,
      denominator: 4,
      percent: 50,
      prevented: 0,
    });
    // After-care: one follow-up held (rated on two dimensions), one missed.
    expect(indicator(body, 'after_care').summary).toEqual({ held: 1, missed: 1 });
    expect(indicator(body, 'after_care').rows).toHaveLength(4);
    // Short-term care: D went home from short-term care once in the period. Re-entry follows the
    // children reunified a year earlier (1 Jul 2024 – 30 Jun 2025): none here (D went home in
    // August 2025, too late to be followed for 12 months by 30 June 2026).
    expect(indicator(body, 'short_term_care').rows).toEqual([
      { measure: 'reunified', n: 1 },
      { measure: 'reunifiedFollowed', n: 0 },
      { measure: 'reEntries', n: 0 },
    ]);
    // Four entries (stays) of three children: D entered twice.
    expect(indicator(body, 'entries_by_month').summary).toEqual({ total: 4, stays: 4, children: 3 });
  });

  it('gives the core formal-care indicators per 100,000 children once the population is entered', async () => {
    const admin = await t.signIn('admin');
    const put = await admin.request('PUT', '/api/indicators/child-population', {
      locationId: ganja,
      year: 2026,
      children: 100_000,
      source: 'State Statistics Committee',
      version: null,
    });
    expect(put.statusCode, put.body).toBe(200);
    const again = await admin.request('PUT', '/api/indicators/child-population', {
      locationId: ganja,
      year: 2026,
      children: 100_000,
      version: null,
    });
    expect(again.statusCode).toBe(409);
    const body = (await get(admin, `/api/indicators/dashboard?${period}&locationId=${ganja}`)).json();
    // Entries: three children (D twice). Residential (short-term) D and family-like (SOS family)
    // A against family-based (foster) B: 2 : 1 by default, 1 : 2 with SOS families as family-based.
    // Left residential for a family: B to the foster family, C and D home — of the three
    // children who left it, 100 %.
    expect(indicator(body, 'core_indicators').rows).toEqual([
      { measure: 'entries_per_100k', value: 3 },
      { measure: 'in_care_per_100k', value: 3 },
      { measure: 'left_residential_for_family', value: 3 },
      { measure: 'residential_to_family_ratio', value: 2 },
      { measure: 'residential_to_family_ratio_family_like_as_family', value: 0.5 },
    ]);
    expect(indicator(body, 'core_indicators').summary).toMatchObject({
      leftResidential: 3,
      leftResidentialForFamilyPercent: 100,
    });
    const director = await t.signIn('director');
    expect(
      (
        await director.request('PUT', '/api/indicators/child-population', {
          locationId: ganja,
          year: 2025,
          children: 1,
          version: null,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("keeps to the user's scope: a Ganja worker never counts the Baku child", async () => {
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const all = (await get(worker, `/api/indicators/dashboard?${period}`)).json();
    expect(indicator(all, 'children_in_care').summary.total).toBe(3);
    const director = await t.signIn('director');
    const everything = (await get(director, `/api/indicators/dashboard?${period}`)).json();
    expect(indicator(everything, 'children_in_care').summary.total).toBe(4);
  });

  it('shows the analyst aggregates only: protected counts for a calendar year, no drill-down', async () => {
    const analyst = await t.signIn('analyst');
    const body = (await get(analyst, `/api/indicators/dashboard?${period}&locationId=${ganja}`)).json();
    // Decision 0019: the year of the period asked for, to the end of the last whole month;
    // every count rounded down to a multiple of 5, under 5 withheld and groups under 5 left out.
    expect(body).toMatchObject({
      suppressed: true,
      rounding: 5,
      from: '2026-01-01',
      to: '2026-10-31',
      asAt: '2026-10-31',
    });
    expect(indicator(body, 'children_in_care').rows).toEqual([]);
    expect(indicator(body, 'exits_by_month').rows).toEqual([]);
    expect(indicator(body, 'children_in_care').summary.total).toBeNull();
    expect(indicator(body, 'short_term_care').rows).toEqual([
      { measure: 'reunified', n: null },
      { measure: 'reunifiedFollowed', n: null },
      { measure: 'reEntries', n: null },
    ]);
    expect(indicator(body, 'care_plan_current').summary).toEqual({
      numerator: null,
      denominator: null,
      percent: null,
    });
    expect(indicator(body, 'children_in_care').drillDown).toBeNull();
    expect(JSON.stringify(body)).not.toContain('Sınaqova');
    const drill = await get(analyst, `/api/indicators/children?${period}&indicator=reviews_overdue`);
    expect(drill.statusCode).toBe(403);
  });

  it('lists the children behind a number, the same as counted, and audits the list', async () => {
    const supervisor = await t.signIn('supervisor', { locationIds: [ganja] });
    const res = await get(supervisor, `/api/indicators/children?${period}&indicator=reviews_overdue`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((c: { name: string }) => c.name)).toEqual([
      'Sınaqova Bəhruz',
      'Sınaqova Dilarə',
    ]);
    const apart = (
      await get(supervisor, `/api/indicators/children?${period}&indicator=siblings_apart`)
    ).json();
    expect(apart).toMatchObject({ total: 2 });
    expect(apart.items).toHaveLength(2);
    const girls = (
      await get(
        supervisor,
        `/api/indicators/children?${period}&indicator=children_in_care&sex=female&ageBand=7-13`,
      )
    ).json();
    expect(girls.items.map((c: { name: string }) => c.name)).toEqual(['Sınaqova Aynur', 'Sınaqova Dilarə']);
    const logged = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'indicator.children_listed'`,
    );
    expect(logged[0]!.n).toBe(3);
  });

  it('refuses a reversed period, a future date and nonsense with a 4xx', async () => {
    const director = await t.signIn('director');
    const reversed = await get(director, '/api/indicators/dashboard?from=2026-06-01&to=2026-01-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error.details.rule).toBe('period_reversed');
    expect((await get(director, '/api/indicators/dashboard?asAt=2030-01-01')).statusCode).toBe(422);
    expect((await get(director, '/api/indicators/dashboard?asAt=yesterday')).statusCode).toBe(400);
    expect((await get(director, '/api/indicators/children?indicator=everything')).statusCode).toBe(400);
  });
});

describe('sharing indicators between countries', () => {
  it("gives a documented aggregate set without names or small cells, and imports another country's beside ours", async () => {
    const director = await t.signIn('director');
    const res = await get(director, '/api/indicators/exchange?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/yuva-indicators-AZ-2026\.json/);
    const doc = res.json();
    expect(doc).toMatchObject({ format: 'yuva-indicators', version: 1, country: 'AZ', threshold: 5 });
    expect(JSON.stringify(doc)).not.toMatch(/Sınaqova|caseId|T-\d/);
    // Four children in care in all: under 5, withheld; the current year to the end of October.
    expect(indicator(doc, 'children_in_care').summary.total).toBeNull();
    expect(doc).toMatchObject({ rounding: 5, period: { from: '2026-01-01', to: '2026-10-31' } });
    const numbers =
      JSON.stringify(doc.indicators).match(/"(n|total|numerator|denominator|held|missed)":\d+/g) ?? [];
    expect(numbers.filter((m) => Number(m.split(':')[1]) % 5 !== 0)).toEqual([]);
    expect(doc.indicators.every((i: { drillDown: unknown }) => i.drillDown === null)).toBe(true);

    const turkey = { ...doc, country: 'TR', organisation: 'Yuva Türkiye' };
    const imported = await director.request('POST', '/api/indicators/exchange', turkey);
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ country: 'TR', organisation: 'Yuva Türkiye' });
    const compared = (
      await get(director, `/api/indicators/exchange/imported/${imported.json().id}/compare?year=2026`)
    ).json();
    expect(compared.ours.country).toBe('AZ');
    expect(compared.theirs.country).toBe('TR');

    const leaky = structuredClone(turkey);
    leaky.indicators[0].rows = [{ setting: 'foster', sex: 'male', ageBand: '0-6', disability: false, n: 2 }];
    const refused = await director.request('POST', '/api/indicators/exchange', leaky);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rule).toBe('exchange_not_suppressed');
    const extra = await director.request('POST', '/api/indicators/exchange', {
      ...turkey,
      children: [{ name: 'x' }],
    });
    expect(extra.statusCode).toBe(400);
    expect((await get(director, '/api/indicators/exchange/imported')).json().items).toHaveLength(1);
    const schema = await get(director, '/api/indicators/exchange/schema.json');
    expect(schema.json().properties.format).toBeDefined();
    const worker = await t.signIn('social_worker');
    expect((await get(worker, '/api/indicators/exchange?year=2026')).statusCode).toBe(403);
  });
});
