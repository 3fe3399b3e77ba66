import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISK_DOMAINS } from '../../common/strengthening';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let worker: Session;
let admin: Session;
let bakuWorker: Session;
let dayCareWorker: Session;
let villageWorker: Session;
let director: Session;
const ids = {} as Record<
  | 'ganja'
  | 'baku'
  | 'ganjaFs'
  | 'bakuFs'
  | 'ganjaDayCare'
  | 'ganjaVillage'
  | 'household'
  | 'mother'
  | 'aysel'
  | 'murad'
  | 'ayselCase'
  | 'enrolment'
  | 'plan',
  string
>;

async function id(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ id: string }>(sql, params))[0]!.id;
}
async function count(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]!.n;
}

const scores = (values: number[], note = '') =>
  RISK_DOMAINS.map((domain, i) => ({ domain, score: values[i]!, note }));
const base = '/api/strengthening';
const household = (s: Session, householdId = ids.household) =>
  s.request('GET', `${base}/households/${householdId}`);

beforeAll(async () => {
  t = await createTestApp();
  ids.ganja = await id("select id from locations where code = 'ganja'");
  ids.baku = await id("select id from locations where code = 'baku'");
  ids.ganjaFs = await id("select id from programmes where code = 'ganja-family-strengthening'");
  ids.bakuFs = await id("select id from programmes where code = 'baku-family-strengthening'");
  ids.ganjaDayCare = await id("select id from programmes where code = 'ganja-day-care'");
  ids.ganjaVillage = await id("select id from programmes where code = 'ganja-village'");
  worker = await t.signIn('social_worker', { locationIds: [ids.ganja] });
  admin = await t.signIn('admin');
  director = await t.signIn('director');
  bakuWorker = await t.signIn('social_worker', { locationIds: [ids.baku] });
  dayCareWorker = await t.signIn('social_worker', { programmeIds: [ids.ganjaDayCare] });
  villageWorker = await t.signIn('social_worker', { programmeIds: [ids.ganjaVillage] });
});
afterAll(() => t.close());

describe('a family at risk: registered, assessed, enrolled', () => {
  it('registers the household, linking a child already known to alternative care instead of copying her', async () => {
    const referral = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-01-15',
      source: 'school',
      reasons: ['parental_incapacity'],
      description: 'Mother ill; the school asked for an assessment.',
      locationId: ids.ganja,
      programmeId: ids.ganjaVillage,
      children: [{ givenName: 'Aysel', familyName: 'Quliyeva', sex: 'female', birthDate: '2015-05-02' }],
    });
    expect(referral.statusCode, referral.body).toBe(201);
    ids.ayselCase = referral.json().cases[0].id;
    ids.aysel = referral.json().cases[0].childId;

    const members = [
      {
        relationship: 'mother',
        givenName: 'Nərgiz',
        familyName: 'Quliyeva',
        sex: 'female',
        birthDate: '1988-03-09',
      },
      {
        relationship: 'child',
        givenName: 'Aysel',
        familyName: 'Quliyeva',
        sex: 'female',
        birthDate: '2015-05-02',
      },
      {
        relationship: 'child',
        givenName: 'Murad',
        familyName: 'Quliyev',
        sex: 'male',
        birthDate: '2019-10-20',
      },
    ];
    const body = {
      locationId: ids.ganja,
      address: 'Gəncə, Nizami küç. 12',
      phone: '+994 50 123 45 67',
      members,
    };
    const refused = await worker.request('POST', `${base}/households`, body);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details).toMatchObject({ rule: 'member_possible_duplicate', member: 1 });
    expect(refused.json().error.details.candidates[0]).toMatchObject({ visible: true, personId: ids.aysel });
    expect(await count('households')).toBe(0);

    members[1] = { ...members[1]!, existingPersonId: ids.aysel } as (typeof members)[number];
    const created = await worker.request('POST', `${base}/households`, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().reference).toMatch(/^AG-2026-\d{5}$/);
    ids.household = created.json().id;
    expect(await count("persons where given_name = 'Aysel' and family_name = 'Quliyeva'")).toBe(1);

    const read = await household(worker);
    expect(read.statusCode, read.body).toBe(200);
    const detail = read.json();
    expect(detail.access).toEqual({ level: 'full', canWrite: true });
    expect(detail.workerName).toBe('Test social_worker');
    expect(detail.members.map((m: { givenName: string }) => m.givenName)).toEqual([
      'Nərgiz',
      'Aysel',
      'Murad',
    ]);
    expect(detail.members[1]).toMatchObject({ personId: ids.aysel, caseId: ids.ayselCase });
    ids.mother = detail.members[0].personId;
    ids.murad = detail.members[2].personId;
    // Reading the household is a read of the child's record: it is in her case's access log.
    const log = (await admin.request('GET', `/api/cases/${ids.ayselCase}/access-log`)).json().items;
    expect(JSON.stringify(log)).toContain('household');
  });

  it('enrols the family only after a risk-of-separation assessment, and with its consent', async () => {
    const enrol = (programmeId = ids.ganjaFs, on = '2026-02-20') =>
      worker.request('POST', `${base}/households/${ids.household}/enrolments`, { programmeId, on });
    const first = await enrol();
    expect(first.statusCode).toBe(422);
    expect(first.json().error.details.rule).toBe('assessment_required');
    expect(first.json().error.message).toContain('qiymətləndiril');

    const assessed = await worker.request('POST', `${base}/households/${ids.household}/assessments`, {
      assessedOn: '2026-02-10',
      scores: scores([2, 1, 3, 2, 3, 3], 'first visit'),
      summary: 'Rent arrears; the mother lost her job.',
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect(assessed.json().riskLevel).toBe('high');

    expect((await enrol()).json().error.details.rule).toBe('consent_required');
    const consent = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: ids.mother,
      givenOn: '2026-02-10',
      shareWith: ['alternative_care'],
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json()).toMatchObject({ active: true, givenByName: 'Quliyeva Nərgiz' });
    // A person the worker may see (the child of another case) who is not of the household.
    const other = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-01-20',
      source: 'school',
      reasons: ['parental_incapacity'],
      locationId: ids.ganja,
      children: [{ givenName: 'Orxan', familyName: 'Həsənov', sex: 'male', birthDate: '2014-07-11' }],
    });
    expect(other.statusCode, other.body).toBe(201);
    const notMember = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: other.json().cases[0].childId,
      givenOn: '2026-02-10',
    });
    expect(notMember.json().error.details.rule).toBe('consent_giver_not_member');
    // A user's id is no person's: answered as an id that names nothing.
    const notAPerson = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: (await worker.request('GET', `/api/cases/${ids.ayselCase}`)).json().assignedWorkerId,
      givenOn: '2026-02-10',
    });
    expect(notAPerson.statusCode).toBe(404);

    // Baku's programme is out of a Ganja worker's scope: as if it did not exist.
    const baku = await enrol(ids.bakuFs);
    expect([baku.statusCode, baku.json().error.details]).toEqual([404, { field: 'programmeId' }]);
    expect((await enrol(ids.ganjaDayCare)).statusCode).toBe(400);
    expect((await enrol(ids.ganjaFs, '2026-02-01')).json().error.details.rule).toBe('assessment_required');
    const enrolled = await enrol();
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.json()).toMatchObject({
      status: 'enrolled',
      enrolledOn: '2026-02-20',
      planReviewMonths: 6,
    });
    ids.enrolment = enrolled.json().id;
    expect((await enrol()).json().error.details.rule).toBe('already_enrolled');
  });

  it('keeps the assessments over time for the chart, refusing bad scores without changing anything', async () => {
    const post = (body: unknown) =>
      worker.request('POST', `${base}/households/${ids.household}/assessments`, body);
    expect((await post({ assessedOn: '2026-08-10', scores: scores([3, 3, 3, 3, 4, 4]) })).statusCode).toBe(
      201,
    );
    expect((await post({ assessedOn: '2026-05-10', scores: scores([3, 2, 3, 3, 3, 4]) })).statusCode).toBe(
      201,
    );
    const before = await count('risk_assessments');
    const bad = [
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 3]).slice(1) },
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 6]) },
      {
        assessedOn: '2026-09-01',
        scores: scores([3, 3, 3, 3, 3, 3]).map((s) => ({ ...s, domain: 'housing' })),
      },
      { assessedOn: 'yesterday', scores: scores([3, 3, 3, 3, 3, 3]) },
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 2.5]) },
    ];
    for (const body of bad) expect((await post(body)).statusCode).toBe(400);
    const future = await post({ assessedOn: '2027-01-01', scores: scores([3, 3, 3, 3, 3, 3]) });
    expect(future.json().error.details.rule).toBe('date_in_future');
    expect(await count('risk_assessments')).toBe(before);

    const detail = (await household(worker)).json();
    expect(detail.assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      '2026-02-10',
      '2026-05-10',
      '2026-08-10',
    ]);
    const income = detail.assessments.map(
      (a: { scores: { domain: string; score: number }[] }) =>
        a.scores.find((s) => s.domain === 'income')!.score,
    );
    expect(income).toEqual([1, 2, 3]);
    expect(detail.assessments.at(-1).riskLevel).toBe('medium');
  });
});

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

describe('services and referrals', () => {
  it('records services with their cost in manats', async () => {
    const url = `${base}/households/${ids.household}/services`;
    const ok = await worker.request('POST', url, {
      deliveredOn: '2026-04-02',
      type: 'food_support',
      provider: 'SOS Social Centre',
      cost: 45.5,
      note: 'Monthly food parcel',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ type: 'food_support', cost: 45.5, provider: 'SOS Social Centre' });
    const before = await count('services_delivered');
    for (const cost of [12.345, -1, '45'])
      expect(
        (await worker.request('POST', url, { deliveredOn: '2026-04-02', type: 'food_support', cost }))
          .statusCode,
      ).toBe(400);
    expect(
      (await worker.request('POST', url, { deliveredOn: '2026-04-02', type: 'massage' })).statusCode,
    ).toBe(400);
    expect(await count('services_delivered')).toBe(before);
    const free = await worker.request('POST', url, { deliveredOn: '2026-05-02', type: 'parenting_training' });
    expect(free.json().cost).toBeNull();
  });

  it('refers the family to another service and records the outcome', async () => {
    const made = await worker.request('POST', `${base}/households/${ids.household}/referrals`, {
      referredOn: '2026-04-10',
      toWhom: 'Ganja polyclinic No. 2',
      reason: "Murad's hearing check",
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().status).toBe('pending');
    const url = `${base}/referrals/${made.json().id}`;
    const done = await worker.request('PUT', url, {
      version: 1,
      status: 'completed',
      outcome: 'Hearing aid fitted',
    });
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'Hearing aid fitted', version: 2 });
    expect((await worker.request('PUT', url, { version: 1, status: 'declined' })).statusCode).toBe(409);
  });
});

describe('consent bounds what other programmes see', () => {
  it('answers 404 to a worker of another location, in the list and the record', async () => {
    expect((await household(bakuWorker)).statusCode).toBe(404);
    expect((await bakuWorker.request('GET', `${base}/households`)).json().total).toBe(0);
    const write = await bakuWorker.request('POST', `${base}/households/${ids.household}/assessments`, {
      assessedOn: '2026-09-01',
      scores: scores([3, 3, 3, 3, 3, 3]),
    });
    expect(write.statusCode).toBe(404);
    // A day-care worker who does not know any member sees nothing either.
    expect((await household(dayCareWorker)).statusCode).toBe(404);
  });

  it('shows a day-care worker only that the family is supported, and by whom', async () => {
    const groupId = await id(
      "insert into programme_groups (programme_id, name, capacity) values ($1, 'Günəş', 20) returning id",
      [ids.ganjaDayCare],
    );
    await t.db.query(
      `insert into enrolments (programme_id, group_id, person_id, status, applied_on, enrolled_on)
       values ($1, $2, $3, 'enrolled', '2026-09-01', '2026-09-01')`,
      [ids.ganjaDayCare, groupId, ids.murad],
    );
    const res = await household(dayCareWorker);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.access).toEqual({ level: 'summary', canWrite: false });
    expect(d).toMatchObject({
      assessments: null,
      plans: null,
      services: null,
      consents: null,
      address: null,
    });
    expect(d.members.map((m: { givenName: string }) => m.givenName)).toEqual(['Murad']);
    expect(d.workerName).toBe('Test social_worker');
    expect(d.enrolments[0]).toMatchObject({ status: 'enrolled', programmeId: ids.ganjaFs });
    const list = (await dayCareWorker.request('GET', `${base}/households`)).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id: ids.household,
        access: 'summary',
        names: ['Quliyev Murad'],
        riskLevel: null,
      }),
    ]);
    const write = await dayCareWorker.request('POST', `${base}/households/${ids.household}/services`, {
      deliveredOn: '2026-09-02',
      type: 'childcare',
    });
    expect(write.statusCode).toBe(403);
  });

  it('shares the record read-only with alternative care as the consent allows, until it is withdrawn', async () => {
    const shared = (await household(villageWorker)).json();
    expect(shared.access).toEqual({ level: 'shared', canWrite: false });
    expect(shared.assessments).toHaveLength(3);
    expect(shared.members).toHaveLength(3);
    const write = await villageWorker.request('PUT', `${base}/households/${ids.household}`, {
      version: 1,
      address: 'x',
      phone: '',
      workerId: null,
    });
    expect(write.statusCode).toBe(403);
    // The day-care centre is not named by that consent.
    expect((await household(dayCareWorker)).json().access.level).toBe('summary');

    const consent = (await household(worker)).json().consents[0];
    const url = `${base}/consents/${consent.id}/withdraw`;
    expect(
      (await worker.request('POST', url, { version: consent.version, withdrawnOn: '2026-01-01' })).json()
        .error.details.rule,
    ).toBe('withdrawn_before_given');
    const withdrawn = await worker.request('POST', url, {
      version: consent.version,
      withdrawnOn: '2026-10-01',
    });
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawnOn: '2026-10-01' });
    expect(
      (await worker.request('POST', url, { version: consent.version, withdrawnOn: '2026-10-01' })).statusCode,
    ).toBe(409);
    expect((await household(villageWorker)).json().access.level).toBe('summary');

    await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: ids.mother,
      givenOn: '2026-10-02',
      shareWith: ['other_programmes'],
    });
    expect((await household(dayCareWorker)).json().access.level).toBe('shared');
    expect((await household(villageWorker)).json().access.level).toBe('summary');
  });

  it('audits every read of the record', async () => {
    const reads = await count("audit_events where action = 'household.viewed' and entity_id = $1", [
      ids.household,
    ]);
    await household(director);
    expect(
      await count("audit_events where action = 'household.viewed' and entity_id = $1", [ids.household]),
    ).toBe(reads + 1);
    expect((await household(director)).json().access).toEqual({ level: 'full', canWrite: false });
  });
});

describe('exit', () => {
  it('refuses a graduation the assessments do not support, and another exit without a reason', async () => {
    const url = `${base}/enrolments/${ids.enrolment}/exit`;
    const version = (await household(worker)).json().enrolments[0].version;
    const graduate = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'graduated_self_reliant',
    });
    expect(graduate.json().error.details.rule).toBe('graduation_needs_self_reliance');
    const other = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'exited_other',
    });
    expect(other.json().error.details.rule).toBe('exit_reason_required');
    const noChild = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'child_separated',
    });
    expect(noChild.json().error.details.rule).toBe('separated_child_required');
    const mother = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'child_separated',
      separation: { childIds: [ids.mother], reasons: ['parental_incapacity'] },
    });
    expect(mother.json().error.details.rule).toBe('separated_child_not_in_household');
    expect((await household(worker)).json().enrolments[0].status).toBe('enrolled');
  });

  it('links the open case of a separated child instead of opening another', async () => {
    const version = (await household(worker)).json().enrolments[0].version;
    const url = `${base}/enrolments/${ids.enrolment}/exit`;
    const body = {
      version,
      exitedOn: '2026-11-10',
      outcome: 'child_separated',
      note: 'Mother hospitalised for a long treatment.',
      separation: { childIds: [ids.aysel], reasons: ['parental_incapacity'] },
    };
    expect((await worker.request('POST', url, { ...body, version: version + 1 })).statusCode).toBe(409);
    const res = await worker.request('POST', url, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exited',
      outcome: 'child_separated',
      exitedOn: '2026-11-10',
    });
    expect(res.json().separations).toEqual([
      expect.objectContaining({ caseId: ids.ayselCase, caseOpened: false }),
    ]);
    expect(await count('cases where child_id = $1', [ids.aysel])).toBe(1);
    const family = (await worker.request('GET', `/api/cases/${ids.ayselCase}/family`)).json().items;
    expect(family.map((f: { relationship: string }) => f.relationship).sort()).toEqual(['mother', 'sibling']);
    const detail = (await household(worker)).json();
    expect(detail.plans[0].status).toBe('closed');
    expect(await count("tasks where household_id = $1 and status = 'open'", [ids.household])).toBe(0);
    expect((await worker.request('POST', url, body)).statusCode).toBe(409);
  });

  it('opens a case for a separated child who has none, through a referral, in the same step', async () => {
    const created = await worker.request('POST', `${base}/households`, {
      locationId: ids.ganja,
      address: 'Gəncə, Atatürk pr. 5',
      members: [
        {
          relationship: 'mother',
          givenName: 'Səbinə',
          familyName: 'Həsənova',
          sex: 'female',
          birthDate: '1990-01-01',
        },
        {
          relationship: 'child',
          givenName: 'Ləman',
          familyName: 'Həsənova',
          sex: 'female',
          birthDate: '2017-02-02',
        },
        {
          relationship: 'child',
          givenName: 'Orxan',
          familyName: 'Həsənov',
          sex: 'male',
          birthDate: '2020-03-03',
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const hid = created.json().id;
    const d = (await household(worker, hid)).json();
    const [mother, leman] = d.members;
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2026-06-01',
      scores: scores([2, 2, 1, 3, 3, 1]),
    });
    await worker.request('POST', `${base}/households/${hid}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: mother.personId,
      givenOn: '2026-06-01',
    });
    const enrolment = (
      await worker.request('POST', `${base}/households/${hid}/enrolments`, {
        programmeId: ids.ganjaFs,
        on: '2026-06-02',
      })
    ).json();
    const casesBefore = await count('cases');
    const res = await worker.request('POST', `${base}/enrolments/${enrolment.id}/exit`, {
      version: enrolment.version,
      exitedOn: '2026-11-20',
      outcome: 'child_separated',
      separation: {
        childIds: [leman.personId],
        reasons: ['abuse_neglect_exploitation'],
        description: 'Police report.',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [separation] = res.json().separations;
    expect(separation).toMatchObject({ childId: leman.personId, caseOpened: true });
    expect(separation.caseNumber).toMatch(/^YV-2026-/);
    expect(await count('cases')).toBe(casesBefore + 1);
    const c = (await worker.request('GET', `/api/cases/${separation.caseId}`)).json();
    expect(c).toMatchObject({ status: 'referred', child: { id: leman.personId } });
    // Gatekeeping starts on the new case; the household is the child's family.
    expect((await worker.request('POST', `/api/cases/${separation.caseId}/gatekeeping`, {})).statusCode).toBe(
      201,
    );
    const family = (await worker.request('GET', `/api/cases/${separation.caseId}/family`)).json().items;
    expect(family.map((f: { relationship: string }) => f.relationship).sort()).toEqual(['mother', 'sibling']);
    expect(
      await count("audit_events where action = 'case.opened_from_strengthening' and case_id = $1", [
        separation.caseId,
      ]),
    ).toBe(1);
  });

  it('graduates a family whose latest assessment shows it self-reliant', async () => {
    const created = await worker.request('POST', `${base}/households`, {
      locationId: ids.ganja,
      members: [{ relationship: 'father', givenName: 'Tural', familyName: 'Babayev', sex: 'male' }],
    });
    const hid = created.json().id;
    const father = (await household(worker, hid)).json().members[0].personId;
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2023-01-05',
      scores: scores([2, 2, 3, 3, 2, 3]),
    });
    await worker.request('POST', `${base}/households/${hid}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: father,
      givenOn: '2023-01-05',
    });
    const enrolment = (
      await worker.request('POST', `${base}/households/${hid}/enrolments`, {
        programmeId: ids.ganjaFs,
        status: 'waiting',
        on: '2023-01-10',
      })
    ).json();
    expect(enrolment.status).toBe('waiting');
    const admitted = await worker.request('POST', `${base}/enrolments/${enrolment.id}/admit`, {
      version: enrolment.version,
      enrolledOn: '2023-02-01',
    });
    expect(admitted.json()).toMatchObject({ status: 'enrolled', enrolledOn: '2023-02-01' });
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2026-10-01',
      scores: scores([4, 4, 5, 4, 4, 5]),
    });
    const res = await worker.request('POST', `${base}/enrolments/${enrolment.id}/exit`, {
      version: admitted.json().version,
      exitedOn: '2026-10-15',
      outcome: 'graduated_self_reliant',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exited',
      outcome: 'graduated_self_reliant',
      separations: [],
    });
  });
});

describe('bad input', () => {
  it('answers 4xx and changes nothing', async () => {
    const before = [await count('households'), await count('persons'), await count('audit_events')];
    const post = (body: unknown) => worker.request('POST', `${base}/households`, body);
    const member = { relationship: 'mother', givenName: 'A', familyName: 'B', sex: 'female' };
    for (const body of [
      {},
      { locationId: ids.ganja, members: [] },
      { locationId: 'ganja', members: [member] },
      { locationId: ids.ganja, members: [{ ...member, relationship: 'cousin' }] },
      { locationId: ids.ganja, members: [{ ...member, relationship: 'child' }] },
      { locationId: ids.ganja, members: [{ ...member, nationalId: '12' }] },
      { locationId: ids.ganja, members: [{ ...member, givenName: 42 }] },
      { locationId: ids.ganja, members: [member], phone: 'x'.repeat(41) },
    ])
      expect((await post(body)).statusCode).toBe(400);
    expect(
      (await post({ locationId: ids.ganja, members: [{ ...member, birthDate: '2030-01-01' }] })).statusCode,
    ).toBe(422);
    // A location out of the worker's scope answers as if it did not exist.
    expect((await post({ locationId: ids.baku, members: [member] })).statusCode).toBe(404);
    expect((await worker.request('GET', `${base}/households/not-a-uuid`)).statusCode).toBe(400);
    expect((await worker.request('GET', `${base}/households?pageSize=1000`)).statusCode).toBe(400);
    expect(
      (await worker.request('POST', `${base}/enrolments/${ids.enrolment}/exit`, { version: 'x' })).statusCode,
    ).toBe(400);
    const after = [await count('households'), await count('persons'), await count('audit_events')];
    expect(after).toEqual(before);
  });

  it('searches the list by name in any script', async () => {
    const list = (q: string) => worker.request('GET', `${base}/households?q=${encodeURIComponent(q)}`);
    const hit = (await list('Quliyeva')).json();
    expect(hit.items.map((i: { id: string }) => i.id)).toEqual([ids.household]);
    expect((await list('Кулиева')).json().total).toBe(1);
    expect((await list('Zzzz')).json().total).toBe(0);
    const all = (await worker.request('GET', `${base}/households`)).json();
    expect(all.total).toBe(3);
    expect(all.items.every((i: { access: string }) => i.access === 'full')).toBe(true);
  });
});
