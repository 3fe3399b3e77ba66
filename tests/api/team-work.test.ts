import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTask } from '../../server/db/repositories/due.repository';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The supervisor's start page (issue 16, item 3): the team's due and overdue work by worker, and
 * handing a case from one worker of the team to another — checked for role, scope, both workers,
 * a case moved meanwhile, and the audit log.
 */
let t: TestApp;
let ganja: string;
let workerA: Session;
let workerB: Session;
let bakuWorker: Session;
let supervisor: Session;
let teacher: Session;
let caseOfA: string;
let otherCaseOfA: string;

interface Row {
  workerId: string | null;
  inTeam: boolean;
  openCases: number;
  overdue: number;
  dueSoon: number;
  items: { caseId: string; overdue: boolean }[];
}

async function referChild(worker: Session, givenName: string): Promise<string> {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-11-20',
    source: 'guardianship_body',
    reasons: ['abandonment'],
    locationId: ganja,
    children: [{ givenName, familyName: 'Quliyeva', sex: 'female', birthDate: '2015-03-01' }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases[0].id;
}

const task = (caseId: string, dueOn: string, assignedTo: string) =>
  insertTask(t.db, { caseId, kind: 'follow_up', title: 'home_visit', dueOn, assignedTo });

const rowOf = async (s: Session, workerId: string | null): Promise<Row | undefined> =>
  (await s.request('GET', '/api/team-work')).json().workers.find((w: Row) => w.workerId === workerId);

beforeAll(async () => {
  t = await createTestApp();
  const loc = await t.db.query<{ code: string; id: string }>('select code, id from locations');
  ganja = loc.find((l) => l.code === 'ganja')!.id;
  const baku = loc.find((l) => l.code === 'baku')!.id;
  const [dayCare] = await t.db.query<{ id: string }>(
    "select id from programmes where code = 'ganja-day-care'",
  );
  workerA = await t.signIn('social_worker', { locationIds: [ganja] });
  workerB = await t.signIn('social_worker', { locationIds: [ganja] });
  bakuWorker = await t.signIn('social_worker', { locationIds: [baku] });
  supervisor = await t.signIn('supervisor', { locationIds: [ganja] });
  teacher = await t.signIn('teacher', { programmeIds: [dayCare!.id] });
  caseOfA = await referChild(workerA, 'Leyla');
  otherCaseOfA = await referChild(workerA, 'Nigar');
  // Today is 2026-11-25 on the test clock: two overdue visits and one due next week.
  await task(caseOfA, '2026-11-01', workerA.userId);
  await task(otherCaseOfA, '2026-11-10', workerA.userId);
  await task(otherCaseOfA, '2026-12-02', workerA.userId);
});
afterAll(() => t.close());

describe("the team's work by worker", () => {
  it("counts each worker's overdue and due items, busiest first, and only the supervisor's team", async () => {
    const res = await supervisor.request('GET', '/api/team-work');
    expect(res.statusCode, res.body).toBe(200);
    const workers: Row[] = res.json().workers;
    expect(workers[0]).toMatchObject({ workerId: workerA.userId, inTeam: true, openCases: 2 });
    expect(workers[0]).toMatchObject({ overdue: 2, dueSoon: 1 });
    expect(workers[0]!.items.map((i) => i.overdue)).toEqual([true, true, false]);
    expect(workers.find((w) => w.workerId === workerB.userId)).toMatchObject({ overdue: 0, openCases: 0 });
    const ids = workers.map((w) => w.workerId);
    expect(ids).toContain(supervisor.userId);
    expect(ids).not.toContain(bakuWorker.userId);
    // A teacher of a Ganja programme works there but cannot hold a case.
    expect(ids).not.toContain(teacher.userId);
  });

  it('writes the look at the list to the audit log', async () => {
    await supervisor.request('GET', '/api/team-work');
    const [row] = await t.db.query<{ changes: { list: string } }>(
      `select changes from audit_events where actor_user_id = $1 and action = 'cases.listed' order by id desc limit 1`,
      [supervisor.userId],
    );
    expect(row?.changes.list).toBe('team_work');
  });

  it('is refused to a social worker and a teacher', async () => {
    expect((await workerA.request('GET', '/api/team-work')).statusCode).toBe(403);
    expect((await teacher.request('GET', '/api/team-work')).statusCode).toBe(403);
  });
});

describe('handing a case to another worker of the team', () => {
  const reassign = (s: Session, caseId: string, body: Record<string, unknown>) =>
    s.request('POST', `/api/cases/${caseId}/reassignment`, body);

  it('is refused to a social worker, even their own case', async () => {
    const res = await reassign(workerA, caseOfA, {
      fromWorkerId: workerA.userId,
      toWorkerId: workerB.userId,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a new worker outside the scope or one who cannot hold cases, and a case not with the worker named', async () => {
    const toBaku = await reassign(supervisor, caseOfA, {
      fromWorkerId: workerA.userId,
      toWorkerId: bakuWorker.userId,
    });
    expect(toBaku.statusCode).toBe(404);
    expect(toBaku.json().error.details.field).toBe('toWorkerId');
    // The worker named as holding the case is only compared with the case's: not the one, a 409.
    const fromBaku = await reassign(supervisor, caseOfA, {
      fromWorkerId: bakuWorker.userId,
      toWorkerId: workerB.userId,
    });
    expect(fromBaku.statusCode).toBe(409);
    const toTeacher = await reassign(supervisor, caseOfA, {
      fromWorkerId: workerA.userId,
      toWorkerId: teacher.userId,
    });
    expect(toTeacher.statusCode).toBe(422);
    expect(toTeacher.json().error.details.rule).toBe('worker_not_at_location');
  });

  it("moves the case and its due work to the new worker's row, recorded and audited", async () => {
    const res = await reassign(supervisor, otherCaseOfA, {
      fromWorkerId: workerA.userId,
      toWorkerId: workerB.userId,
      reason: 'Elvin has too many overdue visits',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignedWorkerId).toBe(workerB.userId);
    expect(await rowOf(supervisor, workerB.userId)).toMatchObject({ openCases: 1, overdue: 1, dueSoon: 1 });
    expect(await rowOf(supervisor, workerA.userId)).toMatchObject({ openCases: 1, overdue: 1, dueSoon: 0 });
    const [audit] = await t.db.query<{ actor_user_id: string; changes: Record<string, unknown> }>(
      `select actor_user_id, changes from audit_events where action = 'case.transferred' and entity_id = $1`,
      [otherCaseOfA],
    );
    expect(audit).toMatchObject({
      actor_user_id: supervisor.userId,
      changes: { assignedWorkerId: { from: workerA.userId, to: workerB.userId } },
    });
    const [transfer] = await t.db.query<{ reason: string; transferred_by: string }>(
      'select reason, transferred_by from case_transfers where case_id = $1',
      [otherCaseOfA],
    );
    expect(transfer).toEqual({
      reason: 'Elvin has too many overdue visits',
      transferred_by: supervisor.userId,
    });
  });

  it('answers 409 when the case is no longer with the worker the supervisor saw', async () => {
    const stale = await reassign(supervisor, otherCaseOfA, {
      fromWorkerId: workerA.userId,
      toWorkerId: supervisor.userId,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const same = await reassign(supervisor, otherCaseOfA, {
      fromWorkerId: workerB.userId,
      toWorkerId: workerB.userId,
    });
    expect(same.json().error.details.rule).toBe('reassign_same_worker');
  });

  it("is refused for a case outside the supervisor's scope", async () => {
    const baku = (await t.db.query<{ id: string }>("select id from locations where code = 'baku'"))[0]!.id;
    const bakuSupervisor = await t.signIn('supervisor', { locationIds: [baku] });
    const res = await reassign(bakuSupervisor, caseOfA, {
      fromWorkerId: bakuSupervisor.userId,
      toWorkerId: bakuWorker.userId,
    });
    expect(res.statusCode).toBe(404);
  });

  it('hands on the case of a worker who moved to another place', async () => {
    const moving = await t.signIn('social_worker', { locationIds: [ganja] });
    const left = await referChild(moving, 'Nərmin');
    await t.db.query(
      "update users set scope_location_ids = array[(select id from locations where code = 'baku')] where id = $1",
      [moving.userId],
    );
    const res = await reassign(supervisor, left, { fromWorkerId: moving.userId, toWorkerId: workerB.userId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().assignedWorkerId).toBe(workerB.userId);
  });
});
