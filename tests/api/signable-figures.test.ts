import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * Figures a ministry can sign (issue 23, items 2, 3 and 5), on children built by hand and
 * counted in the comments. Period 1 January – 31 October 2026 (the test clock says 25 November).
 *
 * Ganja, cases without a programme:
 *   Anar    residential 10 Jan – 10 Feb 2026, home; residential again 1 Apr – 1 May 2026, home.
 *           One gatekeeping decision, 5 Jan 2026 (before his first admission only).
 *   Bahar   short-term 1 – 20 Mar 2026, then straight to a foster family (family 1), still there.
 *           Decision 25 Feb 2026.
 *   Cəlal   residential 1 Feb – 30 Jun 2026, left at 18 without a plan. No decision.
 *   Dəniz   residential 1 Jan – 1 Mar 2026, then straight to a small group home, still there.
 *           Decision 20 Dec 2025.
 *   Elçin   short-term 1 Oct – 1 Nov 2025, home (decision 25 Sep 2025); back 1 Jul 2026,
 *           with a decision of his own on 25 Jun 2026.
 * Baku, cases of the Baku short-term care programme, placements without one:
 *   Fərid   short-term 1 Feb – 1 Mar 2026, then straight to a foster family (family 1).
 *   Gülnar  a foster family (family 2) since 1 May 2026.
 * Kept out of care (never placed), each with a "family support only" decision:
 *   Həsən   Ganja, decided 10 Mar 2026 and again 1 Sep 2026 (one child: counted once).
 *   İlqar   Ganja, decided 15 Dec 2025 (before the period: not counted).
 *   Kamran  Baku, decided 20 Apr 2026.
 */
let t: TestApp;
let ganja: string;
const period = 'asAt=2026-10-31&from=2026-01-01&to=2026-10-31';

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  ganja = await id(`select id from locations where code = 'ganja'`);
  const baku = await id(`select id from locations where code = 'baku'`);
  const shortTermBaku = await id(`select id from programmes where code = 'baku-short-term-care'`);
  const family = (reference: string) =>
    id(
      `insert into foster_families (reference, country, status, two_parent, district) values ($1, 'AZ', 'active', true, 'Nizami') returning id`,
      [reference],
    );
  const family1 = await family('FF-AZ-2026-09001');
  const family2 = await family('FF-AZ-2026-09002');
  let n = 0;
  const child = async (given: string, location: string, programme: string | null = null) => {
    const person = await id(
      `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'İmzalı', 'male', '2014-04-04') returning id`,
      [given],
    );
    const caseId = await id(
      `insert into cases (case_number, child_id, status, location_id, programme_id, opened_on)
       values ($1, $2, 'in_care', $3, $4, '2025-01-01') returning id`,
      [`S-${++n}`, person, location, programme],
    );
    const place = (
      setting: string,
      start: string,
      end: string | null = null,
      endReason: string | null = null,
      fosterFamily: string | null = null,
    ) =>
      t.db.query(
        `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, foster_family_id, status)
         values ($1, $2, $3, $4, $5, $6, $7, case when $5::date is null then 'active' else 'ended' end)`,
        [person, caseId, setting, start, end, endReason, fosterFamily],
      );
    const decided = (on: string, decision = 'short_term_care') =>
      t.db.query(
        `insert into gatekeeping_assessments (case_id, status, decision, reviewed_at) values ($1, 'approved', $3, $2)`,
        [caseId, on, decision],
      );
    return { place, decided };
  };

  const anar = await child('Anar', ganja);
  await anar.place('residential', '2026-01-10', '2026-02-10', 'reunification');
  await anar.place('residential', '2026-04-01', '2026-05-01', 'reunification');
  await anar.decided('2026-01-05');

  const bahar = await child('Bahar', ganja);
  await bahar.place('short_term', '2026-03-01', '2026-03-20', 'planned_move');
  await bahar.place('foster', '2026-03-20', null, null, family1);
  await bahar.decided('2026-02-25');

  const celal = await child('Cəlal', ganja);
  await celal.place('residential', '2026-02-01', '2026-06-30', 'aged_out_without_plan');

  const deniz = await child('Dəniz', ganja);
  await deniz.place('residential', '2026-01-01', '2026-03-01', 'planned_move');
  await deniz.place('small_group_home', '2026-03-01');
  await deniz.decided('2025-12-20');

  const elcin = await child('Elçin', ganja);
  await elcin.place('short_term', '2025-10-01', '2025-11-01', 'reunification');
  await elcin.decided('2025-09-25');
  await elcin.place('short_term', '2026-07-01');
  await elcin.decided('2026-06-25');

  const ferid = await child('Fərid', baku, shortTermBaku);
  await ferid.place('short_term', '2026-02-01', '2026-03-01', 'planned_move');
  await ferid.place('foster', '2026-03-01', null, null, family1);

  const gulnar = await child('Gülnar', baku, shortTermBaku);
  await gulnar.place('foster', '2026-05-01', null, null, family2);

  const hasan = await child('Həsən', ganja);
  await hasan.decided('2026-03-10', 'family_support_only');
  await hasan.decided('2026-09-01', 'family_support_only');
  await (await child('İlqar', ganja)).decided('2025-12-15', 'family_support_only');
  await (await child('Kamran', baku)).decided('2026-04-20', 'family_support_only');
});
afterAll(() => t.close());

const get = (s: Session, path: string) => s.request('GET', path);
const indicator = (body: { indicators: { id: string }[] }, id: string) =>
  body.indicators.find((i) => i.id === id) as unknown as {
    rows: Record<string, unknown>[];
    summary: Record<string, number | null>;
  };

describe('figures a ministry can sign', () => {
  it('counts an admission as gatekept only by a decision made for it, after the previous stay ended', async () => {
    const director = await t.signIn('director');
    const body = (await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`)).json();
    // Entries: Anar twice, Bahar, Cəlal, Dəniz, Elçin's return = 6. Gatekept: Anar's first,
    // Bahar, Dəniz, and Elçin's return (decided 25 Jun, after he went home) = 4. Anar's
    // second admission had no decision after his first stay ended; Cəlal had none at all.
    // Kept out of care by a "family support only" decision in the period, in Ganja: Həsən, once
    // (İlqar's decision came before the period; Kamran is in Baku).
    expect(indicator(body, 'gatekeeping_on_entry').summary).toEqual({
      numerator: 4,
      denominator: 6,
      percent: 66.7,
      prevented: 1,
    });
    expect(indicator(body, 'gatekeeping_on_entry').rows).toEqual([
      { measure: 'yes', n: 4 },
      { measure: 'no', n: 2 },
    ]);
  });

  it('counts the children who left residential care for a family, once each, of all who left it', async () => {
    const director = await t.signIn('director');
    const body = (await get(director, `/api/indicators/dashboard?${period}&locationId=${ganja}`)).json();
    // Left residential care: Anar (home twice, one child), Bahar (to a foster family), Cəlal
    // (aged out) = 3; Dəniz moved to another residential setting and Elçin went home in 2025.
    // For a family: Anar and Bahar = 2, 66.7 %.
    const core = indicator(body, 'core_indicators');
    expect(core.rows.find((r) => r.measure === 'left_residential_for_family')).toEqual({
      measure: 'left_residential_for_family',
      value: 2,
    });
    expect(core.summary).toMatchObject({ leftResidential: 3, leftResidentialForFamilyPercent: 66.7 });

    // The ministry's report counts the same way, for every location: Fərid in Baku also left
    // short-term care for a foster family, so 3 of 4.
    await t.db.query(`update users set locale = 'en' where username = $1`, [director.username]);
    const report = (await get(director, '/api/reports/ministry?year=2026')).json();
    const returns = report.sections.find((s: { heading: string }) => /Returns/.test(s.heading));
    expect(returns.table.rows).toEqual([
      ['Children who left residential care for a family', 3],
      ['Children who left residential care', 4],
    ]);

    // The analyst sees them protected: 2 and 3 are under 5, so withheld, and no percent.
    const analyst = await t.signIn('analyst');
    const hidden = indicator(
      (await get(analyst, `/api/indicators/dashboard?${period}&locationId=${ganja}`)).json(),
      'core_indicators',
    );
    expect(hidden.rows.find((r) => r.measure === 'left_residential_for_family')!.value).toBeNull();
    expect(hidden.summary).toMatchObject({ leftResidential: null, leftResidentialForFamilyPercent: null });
  });

  it("counts foster children under foster care in the annual report, not under their case's short-term care", async () => {
    const director = await t.signIn('director');
    await t.db.query(`update users set locale = 'en' where username = $1`, [director.username]);
    const report = (await get(director, '/api/reports/annual?year=2026')).json();
    const reached = report.sections.find((s: { heading: string }) => /people they reached/.test(s.heading));
    const row = (name: string) => reached.table.rows.find((r: unknown[]) => r[0] === name);
    // Baku short-term care reached Fərid (placed there Feb 2026); Gülnar was only ever with a
    // foster family. Ganja short-term care: Bahar's and Elçin's cases have no programme.
    expect(row('Short-term care, Baku')).toEqual(['Short-term care, Baku', 'Short-term care', 1, 0]);
    // Foster care: Bahar, Fərid and Gülnar, with two foster families.
    expect(row('Foster care')).toEqual(['Foster care', 'Foster family', 3, 2]);
  });
});
