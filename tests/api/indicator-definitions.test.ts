import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t as tr } from '../../server/i18n/translate';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The definitions a ministry will question (issue "Figures a ministry can sign", item 6),
 * counted by hand. Ganja; as at 30 June 2026, period 1 July 2025 – 30 June 2026, so the
 * re-entry follow-up window is 1 July 2024 – 30 June 2025 (the same dates a year earlier).
 *
 *   Y1 born 1 May 2007, youth house (supervised independent living) since Jan 2025 → 19: young adult
 *   Y2 born 1 Jul 2008, foster since 2024                    → 17 on 30 June (18 the next day): a child
 *   Y3 born 30 Jun 2008, residential since 2024              → 18 on 30 June exactly: young adult
 *   K1, K2 SOS family since 2023                             → family-like
 *   K3 foster since 2024                                     → family-based
 *   K4 residential since 1 Jan 2025                          → residential
 *   R1 short-term Aug–30 Sep 2024, home (reunification); back 1 Mar 2025 (within 12 months),
 *      residential to 1 May 2025, home again                  → reunified in the window once, re-entered
 *   R2 short-term Oct–1 Dec 2024, home; back 15 Jan 2026 (13½ months), residential, still in care
 *                                                             → reunified in the window, no re-entry
 *   R3 foster 1 Feb–15 Jun 2025, home; back 1 Dec 2025, foster, still in care
 *                                                             → reunified in the window, re-entered
 *   R4 short-term 1 Aug–1 Sep 2025, home; back 1 Oct 2025, short-term, still in care
 *                                                             → reunified after the window (not followed
 *                                                               12 months yet); entered twice in the period
 *   R5 short-term Mar–1 Jul 2024, home; back 1 Jul 2025 (12 months to the day), short-term to 1 Aug 2025, home
 *                                                             → reunified on the window's first day, re-entered
 *   R6 kinship Jun 2024–1 Jan 2025, left to relatives (not reunification); back 1 Feb 2025, foster
 *                                                             → not in the re-entry cohort
 *
 * In care on 30 June 2026: children Y2, K1, K2, K3, K4, R2, R3, R4, R6 = 9; young adults Y1, Y3 = 2.
 * Residential K4, R2, R4 = 3 (Y3 is a young adult); family-like K1, K2 = 2; family-based Y2, K3, R3, R6 = 4.
 * Entries in the period: R2 (Jan 2026), R3 (Dec 2025), R4 (Aug and Oct 2025), R5 (Jul 2025):
 * 5 stays, 4 children. Re-entry: of R1, R2, R3, R5 reunified in the window, R1, R3, R5 came back
 * within 12 months: 3 of 4, 75 %.
 */
let t: TestApp;
let ganja: string;
const period = 'asAt=2026-06-30&from=2025-07-01&to=2026-06-30';

let serial = 0;
async function child(given: string, born: string, stays: [string, string, string | null, string | null][]) {
  const [person] = await t.db.query<{ id: string }>(
    `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'Tərifova', 'female', $2) returning id`,
    [given, born],
  );
  const [c] = await t.db.query<{ id: string }>(
    `insert into cases (case_number, child_id, status, location_id, opened_on) values ($1, $2, 'in_care', $3, '2023-01-01') returning id`,
    [`D-${++serial}`, person!.id, ganja],
  );
  for (const [setting, start, end, reason] of stays)
    await t.db.query(
      `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
       values ($1, $2, $3, $4, $5, $6, case when $5::date is null then 'active' else 'ended' end)`,
      [person!.id, c!.id, setting, start, end, reason],
    );
}

type Ind = { rows: Record<string, unknown>[]; summary: Record<string, number | null> };
const indicator = (body: { indicators: { id: string }[] }, id: string) =>
  body.indicators.find((i) => i.id === id) as unknown as Ind;
const row = (ind: Ind, measure: string) => ind.rows.find((r) => r.measure === measure);
const get = async (s: Session, path: string) => {
  const res = await s.request('GET', path);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  await child('Y1', '2007-05-01', [['supervised_independent_living', '2025-01-01', null, null]]);
  await child('Y2', '2008-07-01', [['foster', '2024-01-01', null, null]]);
  await child('Y3', '2008-06-30', [['residential', '2024-01-01', null, null]]);
  await child('K1', '2015-01-01', [['sos_family', '2023-01-01', null, null]]);
  await child('K2', '2016-01-01', [['sos_family', '2023-01-01', null, null]]);
  await child('K3', '2014-01-01', [['foster', '2024-01-01', null, null]]);
  await child('K4', '2012-01-01', [['residential', '2025-01-01', null, null]]);
  await child('R1', '2013-01-01', [
    ['short_term', '2024-08-01', '2024-09-30', 'reunification'],
    ['residential', '2025-03-01', '2025-05-01', 'reunification'],
  ]);
  await child('R2', '2011-01-01', [
    ['short_term', '2024-10-01', '2024-12-01', 'reunification'],
    ['residential', '2026-01-15', null, null],
  ]);
  await child('R3', '2012-01-01', [
    ['foster', '2025-02-01', '2025-06-15', 'reunification'],
    ['foster', '2025-12-01', null, null],
  ]);
  await child('R4', '2014-01-01', [
    ['short_term', '2025-08-01', '2025-09-01', 'reunification'],
    ['short_term', '2025-10-01', null, null],
  ]);
  await child('R5', '2015-01-01', [
    ['short_term', '2024-03-01', '2024-07-01', 'reunification'],
    ['short_term', '2025-07-01', '2025-08-01', 'reunification'],
  ]);
  await child('R6', '2013-01-01', [
    ['kinship_formal', '2024-06-01', '2025-01-01', 'kinship'],
    ['foster', '2025-02-01', null, null],
  ]);
  const admin = await t.signIn('admin');
  const put = await admin.request('PUT', '/api/indicators/child-population', {
    locationId: ganja,
    year: 2026,
    children: 100_000,
    source: 'test',
    version: null,
  });
  expect(put.statusCode, put.body).toBe(200);
});
afterAll(() => t.close());

describe('definitions a ministry will question', () => {
  it('(a) counts young people of 18 or over apart from children, in the table, the rates and the drill-down', async () => {
    const director = await t.signIn('director');
    const body = await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    const inCare = indicator(body, 'children_in_care');
    expect(inCare.summary).toEqual({ total: 9, youngAdults: 2 });
    expect(inCare.rows.some((r) => r.ageBand === '18+')).toBe(false);
    expect(inCare.rows.reduce((s, r) => s + (r.n as number), 0)).toBe(9);
    const core = indicator(body, 'core_indicators');
    expect(row(core, 'in_care_per_100k')?.value).toBe(9);
    expect(core.summary).toMatchObject({ residential: 3, youngAdults: 2 });
    const names = async (q: string) =>
      (await get(director, `/api/indicators/children?${period}&indicator=children_in_care${q}`)).items
        .map((c: { name: string }) => c.name)
        .sort();
    expect(await names('')).toEqual(
      ['K1', 'K2', 'K3', 'K4', 'R2', 'R3', 'R4', 'R6', 'Y2'].map((n) => `Tərifova ${n}`),
    );
    expect(await names('&ageBand=18%2B')).toEqual(['Tərifova Y1', 'Tərifova Y3']);
  });

  it('(b) gives re-entry as the share of children reunified a year before the period who came back within 12 months', async () => {
    const director = await t.signIn('director');
    const body = await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    const st = indicator(body, 'short_term_care');
    // Short-term placements ended by going home in the period: R4 (Sep 2025), R5 (Aug 2025).
    expect(st.rows).toEqual([
      { measure: 'reunified', n: 2 },
      { measure: 'reunifiedFollowed', n: 4 },
      { measure: 'reEntries', n: 3 },
    ]);
    expect(st.summary).toEqual({ reEntryPercent: 75 });
  });

  it('(c) gives entries both as stays and as children', async () => {
    const director = await t.signIn('director');
    const body = await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    const entries = indicator(body, 'entries_by_month');
    expect(entries.summary).toEqual({ total: 5, stays: 5, children: 4 });
    const core = indicator(body, 'core_indicators');
    expect(row(core, 'entries_per_100k')?.value).toBe(4);
    expect(core.summary).toMatchObject({ entryStays: 5 });
    // Gatekeeping is asked of every entry, so its denominator stays the stays.
    expect(indicator(body, 'gatekeeping_on_entry').summary.denominator).toBe(5);
  });

  it('(d) gives SOS family-like care its own category and the ratio both ways, family-like with residential by default', async () => {
    const director = await t.signIn('director');
    const body = await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    const core = indicator(body, 'core_indicators');
    expect(core.summary).toMatchObject({ residential: 3, familyLike: 2, familyBased: 4 });
    // (3 + 2) : 4 by default; 3 : (4 + 2) with SOS families counted as family-based.
    expect(row(core, 'residential_to_family_ratio')?.value).toBe(1.25);
    expect(row(core, 'residential_to_family_ratio_family_like_as_family')?.value).toBe(0.5);
  });

  it('protects the new figures for the analyst and in the exchange document', async () => {
    const analyst = await t.signIn('analyst');
    // The analyst's period: 2026 to the end of October; Y2 is 18 by then.
    const body = await get(analyst, `/api/indicators/dashboard?${period}&locationId=${ganja}`);
    expect(indicator(body, 'children_in_care').summary).toEqual({ total: 5, youngAdults: null });
    expect(indicator(body, 'core_indicators').summary).toMatchObject({
      familyLike: null,
      familyBased: null,
      youngAdults: null,
    });
    expect(indicator(body, 'short_term_care').summary).toEqual({ reEntryPercent: null });
    const director = await t.signIn('director');
    const doc = await get(director, '/api/indicators/exchange?year=2026');
    expect(indicator(doc, 'children_in_care').summary).toEqual({ total: 5, youngAdults: null });
    expect(indicator(doc, 'entries_by_month').summary).toMatchObject({ children: null });
    const back = await director.request('POST', '/api/indicators/exchange', { ...doc, country: 'TR' });
    expect(back.statusCode, back.body).toBe(201);
  });

  it('the annual report counts children and young adults apart, and entries as stays and children', async () => {
    const director = await t.signIn('director');
    // 2025: as at 31 December 2025 — children Y2, Y3, K1, K2, K3, K4, R3, R4, R6; young adult Y1.
    // Entries: Y1, K4, R1, R3 (Feb, Dec), R4 (Aug, Oct), R5, R6 — 9 stays of 7 children.
    const report = await get(director, '/api/reports/annual?year=2025');
    const rows = (report.sections as { table?: { rows: unknown[][] } }[]).flatMap((s) => s.table?.rows ?? []);
    // In the user's language (Azerbaijani unless chosen otherwise).
    const value = (key: string) => rows.find((r) => r[0] === tr('az', key))?.[1];
    expect(value('report.annual.childrenTotal')).toBe(9);
    expect(value('report.annual.youngAdults')).toBe(1);
    expect(value('report.entries')).toBe(9);
    expect(value('report.entryChildren')).toBe(7);
  });
});
