import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * "Current care plan" (issue 23, item 6): a plan is current only until its review, on children
 * built by hand and counted in the comments. All in Ganja, cases without a programme (so the
 * review interval is 3 months), every child in residential care since 1 January 2026; as at
 * 31 October 2026.
 *
 *   Aysel   plan approved 1 Mar 2026, next review 1 Dec 2026           → current
 *   Babək   plan approved 1 Mar 2026, next review 1 Jun 2026, no review → past its review
 *   Cavid   plan approved 1 Mar 2026, next review 1 Jun 2026; a case review on 20 Aug 2026
 *           kept it (next date: 20 Aug + 3 months = 20 Nov)             → current
 *   Dilarə  plan approved 1 Sep 2026, no date of its own (1 Sep + 3 months = 1 Dec) → current
 *   Emin    plan approved 1 Jan 2026 without a date of its own (1 Apr); a case review on
 *           15 Feb 2026 set the next for 15 May 2026                   → past its review
 *   Fidan   plan approved 1 Mar 2026 with next review 1 Dec 2026, revised on 1 Oct 2026 → not in force
 *   Gündüz  no plan at all                                              → none
 * Current: Aysel, Cavid, Dilarə = 3 of 7. Before, every plan in force counted, however long past its review: 5 of 7.
 */
let t: TestApp;
let ganja: string;

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  ganja = await id(`select id from locations where code = 'ganja'`);
  let n = 0;
  const child = async (given: string) => {
    const person = await id(
      `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'Planlı', 'female', '2013-03-03') returning id`,
      [given],
    );
    const caseId = await id(
      `insert into cases (case_number, child_id, status, location_id, opened_on)
       values ($1, $2, 'in_care', $3, '2025-12-01') returning id`,
      [`P-${++n}`, person, ganja],
    );
    await t.db.query(
      `insert into placements (child_id, case_id, setting_type, start_date, status)
       values ($1, $2, 'residential', '2026-01-01', 'active')`,
      [person, caseId],
    );
    const plan = (approved: string, nextReview: string | null, status = 'active', updated = approved) =>
      t.db.query(
        `insert into care_plans (case_id, plan_version, status, next_review_on, approved_at, updated_at)
         values ($1, 1, $2, $3, $4, $5)`,
        [caseId, status, nextReview, approved, updated],
      );
    const review = (heldOn: string, nextReview: string | null) =>
      t.db.query(
        `insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, next_review_on)
         values ($1, $2, 'periodic', true, true, $3)`,
        [caseId, heldOn, nextReview],
      );
    return { plan, review };
  };

  await (await child('Aysel')).plan('2026-03-01', '2026-12-01');
  await (await child('Babək')).plan('2026-03-01', '2026-06-01');
  const cavid = await child('Cavid');
  await cavid.plan('2026-03-01', '2026-06-01');
  await cavid.review('2026-08-20', null);
  await (await child('Dilarə')).plan('2026-09-01', null);
  const emin = await child('Emin');
  await emin.plan('2026-01-01', null);
  await emin.review('2026-02-15', '2026-05-15');
  await (await child('Fidan')).plan('2026-03-01', '2026-12-01', 'revised', '2026-10-01');
  await child('Gündüz');
});
afterAll(() => t.close());

type Indicator = { id: string; summary: Record<string, number | null> };

describe('a current care plan', () => {
  it('is one in force and not past its review, moved on by a review that kept it', async () => {
    const director = await t.signIn('director');
    const query = `asAt=2026-10-31&from=2026-01-01&to=2026-10-31&locationId=${ganja}`;
    const body = (await director.request('GET', `/api/indicators/dashboard?${query}`)).json();
    const plan = body.indicators.find((i: Indicator) => i.id === 'care_plan_current') as Indicator;
    expect(plan.summary).toMatchObject({ numerator: 3, denominator: 7 });

    // The drill-down lists the four without a current plan, and no one else.
    const drill = (
      await director.request('GET', `/api/indicators/children?${query}&indicator=care_plan_missing`)
    ).json();
    const names = drill.items.map((c: { name: string }) => c.name.replace('Planlı', '').trim()).sort();
    expect(names).toEqual(['Babək', 'Emin', 'Fidan', 'Gündüz']);
  });

  it('was current as long as its review had not passed', async () => {
    const director = await t.signIn('director');
    // On 31 May 2026 Babək's and Cavid's plans were still before their review (1 June), Emin's
    // before 15 May had passed, Dilarə had no plan yet, Fidan's was in force: Aysel, Babək,
    // Cavid, Fidan = 4 of 7.
    const query = `asAt=2026-05-31&from=2026-01-01&to=2026-05-31&locationId=${ganja}`;
    const body = (await director.request('GET', `/api/indicators/dashboard?${query}`)).json();
    const plan = body.indicators.find((i: Indicator) => i.id === 'care_plan_current') as Indicator;
    expect(plan.summary).toMatchObject({ numerator: 4, denominator: 7 });
  });
});
