import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Programme pages on hand-built data (the test clock says 25 November 2026):
 *   Ganja day care: Aysu and Bahar enrolled (Bahar joined this month), Cəmil left on 10 November
 *   (moved away); this month's register: 3 present, 1 absent → 75 %.
 *   Ganja family strengthening: the Həsənovs (two children) enrolled, plan review overdue since
 *   1 November; the Qasımovs (one child) exited — their child entered care after enrolment.
 */
let t: TestApp;
let dayCare: string;
let strengthening: string;
let ganja: string;

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;
const person = (given: string, family: string) =>
  id('insert into persons (given_name, family_name, birth_date) values ($1, $2, $3) returning id', [
    given,
    family,
    '2020-01-01',
  ]);

beforeAll(async () => {
  t = await createTestApp();
  ganja = await id(`select id from locations where code = 'ganja'`);
  dayCare = await id(`select id from programmes where code = 'ganja-day-care'`);
  strengthening = await id(`select id from programmes where code = 'ganja-family-strengthening'`);
  const group = await id(
    `insert into programme_groups (programme_id, name, capacity) values ($1, 'Günəş qrupu', 12) returning id`,
    [dayCare],
  );
  const enrol = (personId: string, enrolledOn: string, status = 'enrolled', exitedOn: string | null = null) =>
    id(
      `insert into enrolments (programme_id, group_id, person_id, status, applied_on, enrolled_on, exited_on, outcome)
       values ($1, $2, $3, $4, $5, $5, $6, $7) returning id`,
      [dayCare, group, personId, status, enrolledOn, exitedOn, exitedOn ? 'moved_away' : null],
    );
  const aysu = await enrol(await person('Aysu', 'Əlizadə'), '2026-09-01');
  const bahar = await enrol(await person('Bahar', 'Rzayeva'), '2026-11-03');
  await enrol(await person('Cəmil', 'Quliyev'), '2026-09-01', 'exited', '2026-11-10');
  const s1 = await id(
    `insert into group_sessions (group_id, held_on) values ($1, '2026-11-16') returning id`,
    [group],
  );
  const s2 = await id(
    `insert into group_sessions (group_id, held_on) values ($1, '2026-11-17') returning id`,
    [group],
  );
  const old = await id(
    `insert into group_sessions (group_id, held_on) values ($1, '2026-10-30') returning id`,
    [group],
  );
  await t.db.query(
    `insert into attendance (session_id, enrolment_id, status) values
       ($1, $3, 'present'), ($1, $4, 'present'), ($2, $3, 'present'), ($2, $4, 'absent'), ($5, $3, 'absent')`,
    [s1, s2, aysu, bahar, old],
  );

  const household = async (reference: string, family: string, kids: number) => {
    const h = await id(`insert into households (reference, location_id) values ($1, $2) returning id`, [
      reference,
      ganja,
    ]);
    const mother = await person('Ana', family);
    await t.db.query(
      `insert into household_members (household_id, person_id, relationship) values ($1, $2, 'mother')`,
      [h, mother],
    );
    const children: string[] = [];
    for (let k = 0; k < kids; k++) {
      const c = await person(`Uşaq${k}`, family);
      children.push(c);
      await t.db.query(
        `insert into household_members (household_id, person_id, relationship) values ($1, $2, 'child')`,
        [h, c],
      );
    }
    return { h, children };
  };
  const hasanov = await household('AG-1', 'Həsənova', 2);
  const enrolment = await id(
    `insert into enrolments (programme_id, household_id, status, applied_on, enrolled_on) values ($1, $2, 'enrolled', '2026-03-01', '2026-03-10') returning id`,
    [strengthening, hasanov.h],
  );
  await t.db.query(
    `insert into development_plans (household_id, enrolment_id, started_on, next_review_on) values ($1, $2, '2026-03-15', '2026-11-01')`,
    [hasanov.h, enrolment],
  );
  const qasimov = await household('AG-2', 'Qasımova', 1);
  await t.db.query(
    `insert into enrolments (programme_id, household_id, status, applied_on, enrolled_on, exited_on, outcome)
     values ($1, $2, 'exited', '2026-01-01', '2026-01-05', '2026-11-12', 'child_separated')`,
    [strengthening, qasimov.h],
  );
  const caseId = await id(
    `insert into cases (case_number, child_id, status, location_id, opened_on) values ('T-9', $1, 'in_care', $2, '2026-11-12') returning id`,
    [qasimov.children[0], ganja],
  );
  await t.db.query(
    `insert into placements (child_id, case_id, setting_type, start_date, status) values ($1, $2, 'short_term', '2026-11-12', 'active')`,
    [qasimov.children[0], caseId],
  );
});
afterAll(() => t.close());

describe("a programme's page", () => {
  it('day care: enrolled now, joined and left this month with the reason, attendance rate', async () => {
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const res = await worker.request('GET', `/api/programmes/${dayCare}/overview?month=2026-11`);
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json();
    expect(o.kind).toBe('groups');
    expect(o.enrolledNow.count).toBe(2);
    expect(o.enrolledNow.people.map((p: { name: string }) => p.name)).toEqual([
      'Rzayeva Bahar',
      'Əlizadə Aysu',
    ]);
    expect(o.joined.people.map((p: { name: string }) => p.name)).toEqual(['Rzayeva Bahar']);
    expect(o.left).toMatchObject({ count: 1, reasons: [{ reason: 'moved_away', count: 1 }] });
    expect(o.attendance).toMatchObject({ present: 3, absent: 1, excused: 0, rate: 75 });
    expect(o.attendance.groups[0]).toMatchObject({ name: 'Günəş qrupu', rate: 75 });
  });

  it('family strengthening: overdue plan reviews and the children who stayed with their families', async () => {
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const o = (await worker.request('GET', `/api/programmes/${strengthening}/overview?month=2026-11`)).json();
    expect(o.kind).toBe('households');
    expect(o.enrolledNow.count).toBe(1);
    expect(o.overdueReviews.count).toBe(1);
    expect(o.overdueReviews.people[0].name).toBe('AG-1 — Həsənova');
    expect(o.left.reasons).toEqual([{ reason: 'child_separated', count: 1 }]);
    expect(o.keptWithFamilies).toEqual({ children: 3, stayed: 2, separated: 1 });
  });

  it('shows the analyst protected figures only: no counts of 1 to 4, no names, and nothing out of scope', async () => {
    const analyst = await t.signIn('analyst');
    const o = (await analyst.request('GET', `/api/programmes/${dayCare}/overview`)).json();
    // Decision 0019: two children enrolled, one joined, one left: all "<5" (null), reasons under 5 left out.
    expect(o).toMatchObject({
      names: false,
      rounding: 5,
      enrolledNow: { count: null, people: [] },
      joined: { count: null, people: [] },
      left: { count: null, reasons: [], people: [] },
      attendance: { present: null, absent: null, excused: null, rate: null },
    });
    // Every count on the page (rates and the rounding aside): null or a multiple of 5.
    const counts = (x: unknown): number[] =>
      typeof x === 'number'
        ? [x]
        : x && typeof x === 'object'
          ? Object.entries(x).flatMap(([k, v]) => (k === 'rate' || k === 'rounding' ? [] : counts(v)))
          : [];
    for (const programme of [dayCare, strengthening]) {
      const page = (
        await analyst.request('GET', `/api/programmes/${programme}/overview?month=2026-11`)
      ).json();
      expect(counts(page).filter((n) => n < 5 || n % 5 !== 0)).toEqual([]);
      expect(JSON.stringify(page)).not.toMatch(/Əlizadə|Rzayeva|Quliyev|Həsənova|Qasımova|AG-1|AG-2/);
    }
    const kept = (
      await analyst.request('GET', `/api/programmes/${strengthening}/overview?month=2026-11`)
    ).json();
    expect(kept.keptWithFamilies).toEqual({ children: null, stayed: null, separated: null });
    // Roles that work with these records still see exact figures.
    const director = await t.signIn('director');
    expect((await director.request('GET', `/api/programmes/${dayCare}/overview`)).json()).toMatchObject({
      rounding: 1,
      enrolledNow: { count: 2 },
    });
    const baku = (await t.db.query<{ id: string }>(`select id from locations where code = 'baku'`))[0]!.id;
    const bakuWorker = await t.signIn('social_worker', { locationIds: [baku] });
    expect((await bakuWorker.request('GET', `/api/programmes/${dayCare}/overview`)).statusCode).toBe(404);
    expect(
      (await bakuWorker.request('GET', `/api/programmes/${dayCare}/overview?month=2026-13`)).statusCode,
    ).toBe(400);
  });
});
