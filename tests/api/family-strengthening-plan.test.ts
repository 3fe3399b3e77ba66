import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { base, enrolledFamily, household, ids, openStrengthening } from './support/strengthening';

/** Family strengthening: the development plan of an enrolled family, its reviews and review interval. */
let t: TestApp;
let worker: Session;
let admin: Session;
let bakuWorker: Session;

beforeAll(async () => {
  ({ t, worker, admin, bakuWorker } = await openStrengthening());
  await enrolledFamily(worker);
});
afterAll(() => t.close());

describe('the family development plan', () => {
  let goals: { id: string; version: number }[] = [];

  it('writes the plan with its goals; the first review falls due after the programme interval', async () => {
    const res = await worker.request('POST', `${base}/enrolments/${ids.enrolment}/plan`, {
      startedOn: '2026-03-01',
      goals: [
        {
          domain: 'income',
          goal: 'The mother has a regular income',
          actions: 'Vocational course, job centre registration',
          responsible: 'Mother, worker',
          targetOn: '2026-12-31',
        },
        { domain: 'housing', goal: 'Rent arrears paid', responsible: 'Worker' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({
      startedOn: '2026-03-01',
      nextReviewOn: '2026-09-01',
      overdue: true,
      status: 'active',
    });
    ids.plan = plan.id;
    goals = plan.goals;
    expect(goals).toHaveLength(2);
    const tasks = await t.db.query<{ due_on: string; assigned_to: string; status: string }>(
      "select due_on, assigned_to, status from tasks where household_id = $1 and kind = 'development_plan_review'",
      [ids.household],
    );
    expect(tasks).toEqual([{ due_on: '2026-09-01', assigned_to: worker.userId, status: 'open' }]);
    const again = await worker.request('POST', `${base}/enrolments/${ids.enrolment}/plan`, {
      startedOn: '2026-03-02',
      goals: [{ domain: 'health', goal: 'x' }],
    });
    expect(again.json().error.details.rule).toBe('plan_exists');
  });

  it('lists the overdue review', async () => {
    const due = (await worker.request('GET', `${base}/reviews-due`)).json().items;
    expect(due).toEqual([
      expect.objectContaining({
        planId: ids.plan,
        householdId: ids.household,
        nextReviewOn: '2026-09-01',
        overdue: true,
      }),
    ]);
    expect((await bakuWorker.request('GET', `${base}/reviews-due`)).json().items).toEqual([]);
  });

  it('records a review with progress on every open goal, and sets the next review date', async () => {
    const url = `${base}/plans/${ids.plan}/reviews`;
    const body = {
      version: 1,
      heldOn: '2026-09-05',
      participants: 'Mother, worker, Aysel',
      summary: 'Income improving; arrears half paid.',
      goals: [
        { goalId: goals[0]!.id, status: 'in_progress', progress: 'Course finished, part-time work' },
        { goalId: goals[1]!.id, status: 'achieved', progress: 'Paid off in August' },
      ],
    };
    const missing = await worker.request('POST', url, { ...body, goals: body.goals.slice(0, 1) });
    expect(missing.json().error.details.rule).toBe('review_goals_missing');
    const stranger = await worker.request('POST', url, {
      ...body,
      goals: [...body.goals, { goalId: ids.household, status: 'achieved' }],
    });
    // Not a goal at all (a household's id): answered as an id that names nothing.
    expect([stranger.statusCode, stranger.json().error.details]).toEqual([404, { field: 'goals.2.goalId' }]);
    const stale = await worker.request('POST', url, { ...body, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');

    const res = await worker.request('POST', url, body);
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    expect(plan).toMatchObject({ nextReviewOn: '2027-03-05', overdue: false, version: 2 });
    expect(plan.goals.map((g: { status: string }) => g.status)).toEqual(['in_progress', 'achieved']);
    expect(plan.reviews[0]).toMatchObject({ heldOn: '2026-09-05', nextReviewOn: '2027-03-05' });
    expect(plan.reviews[0].goals).toHaveLength(2);
    const tasks = await t.db.query<{ due_on: string; status: string }>(
      'select due_on, status from tasks where household_id = $1 order by due_on',
      [ids.household],
    );
    expect(tasks).toEqual([
      { due_on: '2026-09-01', status: 'done' },
      { due_on: '2027-03-05', status: 'open' },
    ]);
    // The same review sent again (the plan moved on) is refused, naming who changed it.
    const twice = await worker.request('POST', url, body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.details.changedBy).toBe(worker.username);
    expect((await worker.request('GET', `${base}/reviews-due`)).json().items).toEqual([]);
  });

  it('answers 409 to a goal edited from a stale version, and saves the current one', async () => {
    const url = `${base}/goals/${goals[0]!.id}`;
    const goal = {
      domain: 'income',
      goal: 'The mother has a regular full-time income',
      status: 'in_progress',
    };
    const stale = await worker.request('PUT', url, { ...goal, version: goals[0]!.version });
    expect(stale.statusCode).toBe(409);
    const current = (await household(worker)).json().plans[0].goals[0];
    const saved = await worker.request('PUT', url, { ...goal, version: current.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().goals[0].goal).toBe('The mother has a regular full-time income');
  });

  it('lets an administrator change the review interval of the programme', async () => {
    const programmes = (await worker.request('GET', `${base}/programmes`)).json().items;
    const ganja = programmes.find((p: { id: string }) => p.id === ids.ganjaFs);
    expect(ganja).toMatchObject({ planReviewMonths: 6, enrolled: 1 });
    expect(programmes.some((p: { id: string }) => p.id === ids.bakuFs)).toBe(false);
    const url = `${base}/programmes/${ids.ganjaFs}/settings`;
    expect(
      (await worker.request('PUT', url, { version: ganja.version, planReviewMonths: 3 })).statusCode,
    ).toBe(403);
    expect(
      (await admin.request('PUT', url, { version: ganja.version, planReviewMonths: 0 })).statusCode,
    ).toBe(400);
    const ok = await admin.request('PUT', url, { version: ganja.version, planReviewMonths: 4 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().planReviewMonths).toBe(4);
    expect(
      (await admin.request('PUT', url, { version: ganja.version, planReviewMonths: 5 })).statusCode,
    ).toBe(409);
  });
});
