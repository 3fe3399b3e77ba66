import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A Quality4Children self-assessment of the Ganja village for 2026 (the test clock says
 * 25 November 2026, so the figures are counted to today): two children in care, one with a
 * current care plan; two reviews this year, the child heard in one; one care leaver's
 * follow-up due and held.
 */
let t: TestApp;
let village: string;
let ganja: string;

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  ganja = await id(`select id from locations where code = 'ganja'`);
  village = await id(`select id from programmes where code = 'ganja-village'`);
  const child = async (n: number) => {
    const person = await id(
      `insert into persons (given_name, family_name, birth_date) values ($1, 'Keyfiyyətova', '2015-01-01') returning id`,
      [`Uşaq${n}`],
    );
    const c = await id(
      `insert into cases (case_number, child_id, status, location_id, programme_id, opened_on)
       values ($1, $2, 'in_care', $3, $4, '2025-01-01') returning id`,
      [`Q-${n}`, person, ganja, village],
    );
    await t.db.query(
      `insert into placements (child_id, case_id, setting_type, programme_id, start_date, status) values ($1, $2, 'sos_family', $3, '2025-01-10', 'active')`,
      [person, c, village],
    );
    return c;
  };
  const first = await child(1);
  const second = await child(2);
  await t.db.query(
    `insert into care_plans (case_id, plan_version, status, approved_at, next_review_on) values ($1, 1, 'active', '2025-02-01', '2027-02-01')`,
    [first],
  );
  await t.db.query(
    `insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, child_heard) values
       ($1, '2026-03-01', 'periodic', true, true, 'Wants to keep seeing her grandmother.'),
       ($2, '2026-04-01', 'periodic', true, true, '')`,
    [first, second],
  );
  await t.db.query(
    `insert into follow_ups (case_id, kind, due_on, held_on, status) values ($1, 'after_care', '2026-06-01', '2026-06-03', 'held')`,
    [second],
  );
});
afterAll(() => t.close());

describe('Quality4Children self-assessment', () => {
  it('lists the 18 standards in the four languages', async () => {
    const director = await t.signIn('director');
    const res = await director.request('GET', '/api/quality/standards');
    expect(res.json().items).toHaveLength(18);
    expect(res.json().items[3]).toMatchObject({
      number: 4,
      measure: 'siblings_together',
      title: { az: 'Bacı-qardaşlara birlikdə qayğı göstərilir', en: 'Siblings are cared for together' },
    });
  });

  it("fills in Yuva's own figures, saves scores with evidence and actions, and compares with last year", async () => {
    const director = await t.signIn('director');
    const url = `/api/quality/assessments/${village}/2026`;
    const empty = (await director.request('GET', url)).json();
    expect(empty.version).toBeNull();
    const byStandard = (a: { standards: { standard: number }[] }, n: number) =>
      a.standards.find((s) => s.standard === n) as unknown as Record<string, unknown>;
    expect(byStandard(empty, 6).measured).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(byStandard(empty, 11).measured).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(byStandard(empty, 18).measured).toEqual({ numerator: 1, denominator: 1, percent: 100 });
    expect(byStandard(empty, 1).measured).toBeNull();

    const lastYear = await director.request('PUT', `/api/quality/assessments/${village}/2025`, {
      version: null,
      scores: [
        { standard: 6, score: 2, evidence: 'Plans missing for half the children.', actions: 'Train staff.' },
      ],
    });
    expect(lastYear.statusCode, lastYear.body).toBe(200);
    const saved = await director.request('PUT', url, {
      version: null,
      scores: [
        {
          standard: 6,
          score: 3,
          evidence: 'Care plans for most children.',
          actions: 'Write the missing plan.',
        },
        { standard: 8, score: 4, evidence: 'Monthly visits.', actions: '' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const six = byStandard(saved.json(), 6);
    expect(six).toMatchObject({ score: 3, savedMeasured: 50, previous: { score: 2 } });
    expect(saved.json().years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);

    const stale = await director.request('PUT', url, { version: null, scores: [] });
    expect(stale.statusCode).toBe(409);
    const again = await director.request('PUT', url, {
      version: saved.json().version,
      scores: [{ standard: 6, score: 4, evidence: '', actions: '' }],
    });
    expect(again.statusCode).toBe(200);
    expect(
      (await director.request('PUT', url, { version: saved.json().version, scores: [] })).statusCode,
    ).toBe(409);
  });

  it('refuses bad scores and duplicate standards, a programme out of scope, and writers without the role', async () => {
    const director = await t.signIn('director');
    const url = `/api/quality/assessments/${village}/2024`;
    expect(
      (await director.request('PUT', url, { version: null, scores: [{ standard: 19, score: 2 }] }))
        .statusCode,
    ).toBe(400);
    expect(
      (await director.request('PUT', url, { version: null, scores: [{ standard: 2, score: 5 }] })).statusCode,
    ).toBe(400);
    expect(
      (
        await director.request('PUT', url, {
          version: null,
          scores: [
            { standard: 2, score: 2 },
            { standard: 2, score: 3 },
          ],
        })
      ).statusCode,
    ).toBe(400);
    const baku = (await t.db.query<{ id: string }>(`select id from locations where code = 'baku'`))[0]!.id;
    const bakuSupervisor = await t.signIn('supervisor', { locationIds: [baku] });
    expect((await bakuSupervisor.request('GET', url)).statusCode).toBe(404);
    const analyst = await t.signIn('analyst');
    const read = await analyst.request('GET', `/api/quality/assessments/${village}/2026`);
    expect(read.statusCode).toBe(200);
    // Two children in care: too few to show to an aggregate-only role.
    expect(read.json().standards[5].measured).toEqual({ numerator: null, denominator: null, percent: null });
    expect((await analyst.request('PUT', url, { version: null, scores: [] })).statusCode).toBe(403);
  });
});

describe('Quality4Children figures for the analyst (decision 0019)', () => {
  /**
   * The Ganja youth house: 13 young people in care since 2025, 7 with a current care plan;
   * 12 reviews in 2026, the young person heard in 6; 8 after-care follow-ups due, 3 held.
   * The earlier share rule showed 7 of 13 and 6 of 12 exactly; such counts could be taken
   * from the dashboard's rounded ones to find a withheld cell.
   */
  let youthHouse: string;
  beforeAll(async () => {
    youthHouse = await id(`select id from programmes where code = 'ganja-youth-house'`);
    for (let n = 1; n <= 13; n++) {
      const person = await id(
        `insert into persons (given_name, family_name, birth_date) values ($1, 'Gənclər', '2009-01-01') returning id`,
        [`Gənc${n}`],
      );
      const c = await id(
        `insert into cases (case_number, child_id, status, location_id, programme_id, opened_on)
         values ($1, $2, 'in_care', $3, $4, '2025-01-01') returning id`,
        [`Y-${n}`, person, ganja, youthHouse],
      );
      await t.db.query(
        `insert into placements (child_id, case_id, setting_type, programme_id, start_date, status)
         values ($1, $2, 'supervised_independent_living', $3, '2025-01-10', 'active')`,
        [person, c, youthHouse],
      );
      if (n <= 7)
        await t.db.query(
          `insert into care_plans (case_id, plan_version, status, approved_at, next_review_on) values ($1, 1, 'active', '2025-02-01', '2027-02-01')`,
          [c],
        );
      if (n <= 12)
        await t.db.query(
          `insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, child_heard)
           values ($1, '2026-03-01', 'periodic', true, true, $2)`,
          [c, n <= 6 ? 'Wants to study cooking.' : ''],
        );
      if (n <= 8)
        await t.db.query(
          `insert into follow_ups (case_id, kind, due_on, held_on, status) values ($1, 'after_care', '2026-05-01', $2, $3)`,
          [c, n <= 3 ? '2026-05-02' : null, n <= 3 ? 'held' : 'missed'],
        );
    }
  });

  type Row = {
    standard: number;
    measured: { numerator: number | null; denominator: number | null; percent: number | null } | null;
    savedMeasured: number | null;
    previous: { measured: number | null } | null;
  };
  const row = (a: { standards: Row[] }, n: number) => a.standards.find((s) => s.standard === n)!;

  it('gives the analyst no count of 1–4 and no exact count, now or as saved with the score, where the director sees exact ones', async () => {
    const director = await t.signIn('director');
    const url = `/api/quality/assessments/${youthHouse}/2026`;
    for (const [year, score] of [
      [2025, 2],
      [2026, 3],
    ] as const) {
      const put = await director.request('PUT', `/api/quality/assessments/${youthHouse}/${year}`, {
        version: null,
        scores: [{ standard: 6, score, evidence: '', actions: '' }],
      });
      expect(put.statusCode, put.body).toBe(200);
    }
    const exact = (await director.request('GET', url)).json();
    expect(exact.rounding).toBe(1);
    expect(row(exact, 6).measured).toEqual({ numerator: 7, denominator: 13, percent: 53.8 });
    expect(row(exact, 11).measured).toEqual({ numerator: 6, denominator: 12, percent: 50 });
    expect(row(exact, 18).measured).toEqual({ numerator: 3, denominator: 8, percent: 37.5 });
    expect(row(exact, 6)).toMatchObject({ savedMeasured: 53.8, previous: { measured: 53.8 } });

    const analyst = await t.signIn('analyst');
    const res = await analyst.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.rounding).toBe(5);
    // Calendar years only: the current year runs to the end of the last whole month.
    expect(a.asAt).toBe('2026-10-31');
    for (const s of a.standards as Row[]) {
      if (!s.measured) continue;
      const { numerator, denominator, percent } = s.measured;
      for (const count of [numerator, denominator]) {
        if (count !== null)
          expect(count >= 5 && count % 5 === 0, `standard ${s.standard}: ${count}`).toBe(true);
      }
      expect(percent).toBe(
        numerator === null || denominator === null || denominator === 0
          ? null
          : Math.round((1000 * numerator) / denominator) / 10,
      );
    }
    expect(row(a, 6).measured).toEqual({ numerator: 5, denominator: 10, percent: 50 });
    expect(row(a, 11).measured).toEqual({ numerator: 5, denominator: 10, percent: 50 });
    expect(row(a, 18).measured).toEqual({ numerator: null, denominator: 5, percent: null });
    // The figures kept with the saved scores are protected on the way out too.
    expect(row(a, 6)).toMatchObject({ savedMeasured: 50, previous: { measured: 50 } });
  });
});
