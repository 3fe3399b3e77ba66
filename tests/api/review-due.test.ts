import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshNextReview } from '../../server/db/repositories/cases.repository';
import { seedDemo } from '../../server/db/seeds/demo';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * One rule for when a review falls due (decision 0022), counted by hand. Ganja, as at
 * 30 June 2026; no programme means reviews every 3 months, programme X every 6:
 *   P placed 1 May 2026, no review                                → due 1 Aug 2026   on time
 *   Q placed 10 Jan 2026, no review                               → due 10 Apr 2026  overdue
 *   R in care since 2025, reviewed 15 Apr 2026                    → due 15 Jul 2026  on time
 *   S in care since 2025, reviewed 1 Feb 2026                     → due 1 May 2026   overdue
 *   T in care 2024–31 Dec 2025 (reviewed 1 Dec 2025), home, back 15 May 2026: a new stay, the
 *     old review does not count                                   → due 15 Aug 2026  on time
 *   U short-term from 1 Jun 2025, moved to foster 1 Apr 2026 (same stay: a move does not
 *     restart the clock), no review                               → due 1 Sep 2025   overdue
 *   V reviewed 1 Mar 2026, next review set for 1 Dec 2026         → due 1 Dec 2026   on time
 *   W placed 1 Feb 2026, reviewed 10 Jul 2026 (after 30 June)     → due 1 May 2026   overdue
 *   X programme X (6 months), placed 15 Jan 2026, no review       → due 15 Jul 2026  on time
 * On time: P, R, T, V, X — 5 of 9. What the case stores (as at everything recorded) is the same
 * rule, except W's later review: due 10 Oct 2026. So today (25 Nov 2026) only V is on time.
 */
let t: TestApp;
let ganja: string;
const ids: Record<string, string> = {};
const names: Record<string, string> = {};

async function childCase(key: string, programmeId: string | null = null) {
  const child = (
    await t.db.query<{ id: string }>(
      `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'Baxış', 'female', '2014-04-04') returning id`,
      [key],
    )
  )[0]!.id;
  const caseId = (
    await t.db.query<{ id: string }>(
      `insert into cases (case_number, child_id, status, location_id, programme_id, opened_on)
       values ($1, $2, 'in_care', $3, $4, '2024-01-01') returning id`,
      [`RD-${key}`, child, ganja, programmeId],
    )
  )[0]!.id;
  ids[key] = caseId;
  names[caseId] = key;
  return { child, caseId };
}
async function place(
  k: { child: string; caseId: string },
  setting: string,
  start: string,
  end: string | null = null,
) {
  await t.db.query(
    `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
     values ($1, $2, $3, $4, $5, case when $5::date is null then null
       when $3 = 'short_term' and $4::date > '2025-01-01' then 'planned_move' else 'reunification' end,
       case when $5::date is null then 'active' else 'ended' end)`,
    [k.child, k.caseId, setting, start, end],
  );
}
async function review(k: { caseId: string }, heldOn: string, nextReviewOn: string | null = null) {
  await t.db.query(
    `insert into reviews (case_id, held_on, kind, necessity_holds, suitability_holds, next_review_on)
     values ($1, $2, 'periodic', true, true, $3)`,
    [k.caseId, heldOn, nextReviewOn],
  );
}

const reviewsOnTime = async (s: Session, query: string) =>
  (await s.request('GET', `/api/indicators/dashboard?${query}`))
    .json()
    .indicators.find((i: { id: string }) => i.id === 'reviews_on_time').summary;
const overdueInDrillDown = async (s: Session, query: string) => {
  const res = await s.request('GET', `/api/indicators/children?${query}&indicator=reviews_overdue`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(body.items.length).toBe(body.total);
  return body.items.map((c: { caseId: string }) => c.caseId).sort() as string[];
};
const overdueInCaseList = async (s: Session) => {
  const found: string[] = [];
  for (let page = 1; ; page++) {
    const res = await s.request('GET', `/api/cases?overdue=true&pageSize=200&page=${page}`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; overdue: boolean }[];
    for (const c of items) {
      expect(c.overdue).toBe(true);
      found.push(c.id);
    }
    if (items.length < 200) return found.sort();
  }
};

describe('when a review falls due, counted by hand', () => {
  beforeAll(async () => {
    t = await createTestApp();
    ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
    const programme = (
      await t.db.query<{ id: string }>('select id from programmes order by code limit 1')
    )[0]!.id;
    await t.db.query('update programmes set review_interval_months = 6 where id = $1', [programme]);

    const p = await childCase('P');
    await place(p, 'residential', '2026-05-01');
    const q = await childCase('Q');
    await place(q, 'residential', '2026-01-10');
    const r = await childCase('R');
    await place(r, 'residential', '2025-01-01');
    await review(r, '2025-10-01');
    await review(r, '2026-04-15');
    const s = await childCase('S');
    await place(s, 'residential', '2025-01-01');
    await review(s, '2026-02-01');
    const tt = await childCase('T');
    await place(tt, 'residential', '2024-01-01', '2025-12-31');
    await review(tt, '2025-12-01');
    await place(tt, 'residential', '2026-05-15');
    const u = await childCase('U');
    await place(u, 'short_term', '2025-06-01', '2026-04-01');
    await place(u, 'foster', '2026-04-01');
    const v = await childCase('V');
    await place(v, 'residential', '2025-09-01');
    await review(v, '2026-03-01', '2026-12-01');
    const w = await childCase('W');
    await place(w, 'residential', '2026-02-01');
    await review(w, '2026-07-10');
    const x = await childCase('X', programme);
    await place(x, 'residential', '2026-01-15');
    for (const caseId of Object.values(ids)) await refreshNextReview(t.db, caseId);
  });
  afterAll(() => t.close());

  it('counts the reviews on time as at a past date: 5 of 9', async () => {
    const director = await t.signIn('director');
    const query = `asAt=2026-06-30&from=2025-07-01&to=2026-06-30&locationId=${ganja}`;
    expect(await reviewsOnTime(director, query)).toMatchObject({ numerator: 5, denominator: 9 });
    const overdue = await overdueInDrillDown(director, query);
    expect(overdue.map((id) => names[id]).sort()).toEqual(['Q', 'S', 'U', 'W']);
  });

  it('stores the same due date on the case, and the case list agrees with the dashboard today', async () => {
    const director = await t.signIn('director');
    const stored = await t.db.query<{ id: string; next: string }>(
      `select id, to_char(next_review_on, 'YYYY-MM-DD') as next from cases where case_number like 'RD-%'`,
    );
    expect(Object.fromEntries(stored.map((c) => [names[c.id], c.next]))).toEqual({
      P: '2026-08-01',
      Q: '2026-04-10',
      R: '2026-07-15',
      S: '2026-05-01',
      T: '2026-08-15',
      U: '2025-09-01',
      V: '2026-12-01',
      W: '2026-10-10',
      X: '2026-07-15',
    });
    const page = (await director.request('GET', `/api/cases/${ids.T}`)).json();
    expect(page.due.find((d: { kind: string }) => d.kind === 'review')).toMatchObject({
      dueOn: '2026-08-15',
      overdue: true,
    });
    const query = `asAt=2026-11-25&from=2026-01-01&to=2026-10-31`;
    expect(await reviewsOnTime(director, query)).toMatchObject({ numerator: 1, denominator: 9 });
    const drill = await overdueInDrillDown(director, query);
    expect(drill.map((id) => names[id]).sort()).toEqual(['P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X']);
    expect(await overdueInCaseList(director)).toEqual(drill);
  });
});

describe('over the demo data', () => {
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.deps, { children: 60, seed: 2000, today: '2026-11-25' });
    ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  }, 300_000);
  afterAll(() => t.close());

  it("lists as 'reviews not on time' exactly the cases the case list calls overdue, for each user", async () => {
    const query = 'asAt=2026-11-25&from=2026-01-01&to=2026-10-31';
    for (const s of [
      await t.signIn('director'),
      await t.signIn('supervisor', { locationIds: [ganja] }),
      await t.signIn('social_worker', { locationIds: [ganja] }),
    ]) {
      const drill = await overdueInDrillDown(s, query);
      const summary = await reviewsOnTime(s, query);
      expect(drill.length).toBe(summary.denominator - summary.numerator);
      expect(await overdueInCaseList(s)).toEqual(drill);
    }
    const director = await t.signIn('director');
    const all = await reviewsOnTime(director, query);
    // About one child in ten has a late review in the demo histories.
    expect(all.numerator / all.denominator).toBeGreaterThan(0.8);
    expect(all.denominator - all.numerator).toBeGreaterThan(0);
  });
});
