import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import {
  count,
  groupWithWaitingList,
  ids,
  mark,
  openDayCare,
  openTasks,
  type Row,
  register,
} from './support/day-care';

/**
 * Day care: the daily register saved for a whole group at once, the absence follow-up it raises
 * for the family's social worker, and who may read it. Starts from the Günəş group as
 * programmes.test.ts leaves it.
 */
let t: TestApp;
let admin: Session;
let worker: Session;
let caseWorker: Session;
let teacher: Session;

beforeAll(async () => {
  ({ t, admin, worker, caseWorker, teacher } = await openDayCare());
  await groupWithWaitingList(admin, teacher);
});
afterAll(() => t.close());

describe('the daily register', () => {
  it('lists the children enrolled on the date, all unrecorded at first', async () => {
    const reg = await register(teacher, ids.group, '2026-11-16');
    expect(reg.sessionId).toBeNull();
    // Amina left on 2 November and Nərmin took her place; Zeynəb got hers today; Sara is waiting.
    expect(reg.rows.map((r) => r.child.givenName).sort()).toEqual(['Leyla', 'Nərmin']);
    expect(reg.rows.every((r) => r.status === null && r.version === null)).toBe(true);
    const october = await register(teacher, ids.group, '2026-10-15');
    expect(october.rows.map((r) => r.child.givenName).sort()).toEqual(['Amina', 'Leyla']);
  });

  it('saves a whole group in one call, and refuses a stale register with 409 changing nothing', async () => {
    const res = await mark(teacher, ids.group, '2026-11-16', { Nərmin: 'excused' });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json().register.rows as Row[];
    expect(saved.map((r) => [r.child.givenName, r.status, r.version]).sort()).toEqual([
      ['Leyla', 'present', 1],
      ['Nərmin', 'excused', 1],
    ]);
    expect(await count('select count(*) as n from attendance')).toBe(2);

    // A second tablet still showing the empty register.
    const stale = await teacher.request('PUT', `/api/groups/${ids.group}/register`, {
      date: '2026-11-16',
      rows: saved.map((r) => ({ enrolmentId: r.enrolmentId, status: 'absent', version: null })),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.changedBy).toBe(teacher.username);
    expect(await count("select count(*) as n from attendance where status = 'absent'")).toBe(0);

    // Saving again at the versions read changes only what changed.
    const edit = await teacher.request('PUT', `/api/groups/${ids.group}/register`, {
      date: '2026-11-16',
      rows: saved.map((r) => ({
        enrolmentId: r.enrolmentId,
        status: r.status,
        absenceReason: r.child.givenName === 'Nərmin' ? 'illness' : null,
        version: r.version,
      })),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const versions = Object.fromEntries(
      (edit.json().register.rows as Row[]).map((r) => [r.child.givenName, r.version]),
    );
    expect(versions).toEqual({ Leyla: 1, Nərmin: 2 });
  });

  it('refuses bad registers with a 4xx and saves nothing', async () => {
    const { rows } = await register(teacher, ids.group, '2026-11-17');
    const rowsOf = (status = 'present') =>
      rows.map((r) => ({ enrolmentId: r.enrolmentId, status, version: null }));
    const attendance = await count('select count(*) as n from attendance');
    const sessions = await count('select count(*) as n from group_sessions');
    const put = (body: object) => teacher.request('PUT', `/api/groups/${ids.group}/register`, body);
    const tries: [object, number, string?][] = [
      [{ date: '2026-11-17', rows: [] }, 400],
      [{ date: '2026-11-17', rows: rowsOf('late') }, 400],
      [{ date: '17.11.2026', rows: rowsOf() }, 400],
      [
        {
          date: '2026-11-17',
          rows: [{ ...rowsOf()[0], absenceReason: 'illness' }],
        },
        400,
      ],
      [{ date: '2026-11-17', rows: [...rowsOf(), rowsOf()[0]] }, 422, 'register_duplicate_child'],
      [
        {
          date: '2026-11-17',
          rows: [...rowsOf(), { enrolmentId: ids.sara, status: 'present', version: null }],
        },
        422,
        'register_not_on_register',
      ],
      [{ date: '2026-12-01', rows: rowsOf() }, 422, 'date_in_future'],
      [{ date: '2026-08-31', rows: rowsOf() }, 422, 'register_outside_group_dates'],
    ];
    for (const [body, status, rule] of tries) {
      const res = await put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      if (rule) expect(res.json().error.details.rule).toBe(rule);
    }
    expect(await count('select count(*) as n from attendance')).toBe(attendance);
    expect(await count('select count(*) as n from group_sessions')).toBe(sessions);
  });
});

describe('absence follow-up', () => {
  it("raises one task for the enrolment's worker on the third absence in a row, never two", async () => {
    // Leyla (worker named on her enrolment) absent on the 17th and 18th: no task yet.
    expect((await mark(teacher, ids.group, '2026-11-17', { Leyla: 'absent' })).statusCode).toBe(200);
    const second = await mark(teacher, ids.group, '2026-11-18', { Leyla: 'absent' });
    expect(second.json().followUps).toEqual([]);
    expect(await openTasks(ids.leyla)).toBe(0);
    const before = (await register(teacher, ids.group, '2026-11-19')).rows.find(
      (r) => r.child.givenName === 'Leyla',
    ) as Row & { absentBefore: number };
    expect(before.absentBefore).toBe(2);

    const third = await mark(teacher, ids.group, '2026-11-19', { Leyla: 'absent' });
    expect(third.statusCode).toBe(200);
    expect(third.json().followUps).toEqual([
      { enrolmentId: ids.leyla, childName: 'Bağçayeva Leyla', workerName: 'Test social_worker' },
    ]);
    const tasks = await t.db.query<{ assigned_to: string; kind: string; case_id: string | null }>(
      'select assigned_to, kind, case_id from tasks where enrolment_id = $1',
      [ids.leyla],
    );
    expect(tasks).toEqual([{ assigned_to: worker.userId, kind: 'absence_follow_up', case_id: null }]);

    // A fourth absence, and saving the same day again, raise no second task.
    const fourth = await mark(teacher, ids.group, '2026-11-20', { Leyla: 'absent' });
    expect(fourth.json().followUps).toEqual([]);
    expect((await mark(teacher, ids.group, '2026-11-19', { Leyla: 'absent' })).statusCode).toBe(200);
    expect(await count('select count(*) as n from tasks where enrolment_id = $1', [ids.leyla])).toBe(1);
  });

  it('does not count excused absences', async () => {
    // Nərmin: absent, excused (the family called), absent: one unexcused absence in a row.
    await mark(teacher, ids.group, '2026-11-23', { Nərmin: 'absent' });
    await mark(teacher, ids.group, '2026-11-24', { Nərmin: 'excused' });
    const res = await mark(teacher, ids.group, '2026-11-25', { Nərmin: 'absent' });
    expect(res.statusCode).toBe(200);
    expect(res.json().followUps).toEqual([]);
    const history = await t.db.query<{ status: string }>(
      `select a.status from attendance a join group_sessions s on s.id = a.session_id
        where a.enrolment_id = $1 order by s.held_on`,
      [ids.nermin],
    );
    expect(history.map((h) => h.status)).toEqual([
      'excused',
      'present',
      'present',
      'present',
      'present',
      'absent',
      'excused',
      'absent',
    ]);
    expect(await openTasks(ids.nermin)).toBe(0);
  });

  it("shows the task on the worker's list with the child and the group, and lets them mark it done", async () => {
    const work = (await worker.request('GET', '/api/my-work')).json();
    const item = work.due.items.find((d: { enrolmentId: string | null }) => d.enrolmentId === ids.leyla);
    expect(item).toMatchObject({
      kind: 'task',
      caseId: null,
      caseNumber: null,
      childName: 'Leyla Bağçayeva',
      title: 'absence_follow_up',
      groupId: ids.group,
      dueOn: '2026-11-27',
      overdue: false,
    });
    // Nobody else's list shows it.
    const other = (await caseWorker.request('GET', '/api/my-work')).json();
    expect(other.due.items.some((d: { enrolmentId: string | null }) => d.enrolmentId === ids.leyla)).toBe(
      false,
    );

    const done = await worker.request('POST', `/api/tasks/${item.refId}/done`);
    expect(done.statusCode, done.body).toBe(200);
    expect(await openTasks(ids.leyla)).toBe(0);
    expect((await worker.request('POST', `/api/tasks/${item.refId}/done`)).statusCode).toBe(409);
    const after = (await worker.request('GET', '/api/my-work')).json();
    expect(after.due.items.some((d: { enrolmentId: string | null }) => d.enrolmentId === ids.leyla)).toBe(
      false,
    );
    // The teacher cannot close tasks.
    expect((await teacher.request('POST', `/api/tasks/${item.refId}/done`)).statusCode).toBe(403);
  });

  it("goes to the worker of the child's open case when the enrolment names none", async () => {
    const referral = await caseWorker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-01',
      source: 'family',
      reasons: ['voluntary_temporary'],
      locationId: ids.ganja,
      children: [{ givenName: 'Rəvan', familyName: 'Davamiyyətov', sex: 'male', birthDate: '2020-02-02' }],
    });
    expect(referral.statusCode, referral.body).toBe(201);
    const personId = referral.json().cases[0].childId;
    const group = await worker.request('POST', '/api/groups', {
      programmeId: ids.ganjaDayCare,
      name: 'Ay qrupu',
      capacity: 5,
      absenceFollowUpDays: 2,
    });
    const enrolment = await worker.request('POST', `/api/groups/${group.json().id}/enrolments`, {
      personId,
      appliedOn: '2026-11-01',
    });
    expect(enrolment.json().status).toBe('enrolled');
    await mark(teacher, group.json().id, '2026-11-23', { Rəvan: 'absent' });
    const res = await mark(teacher, group.json().id, '2026-11-24', { Rəvan: 'absent' });
    expect(res.json().followUps[0].enrolmentId).toBe(enrolment.json().id);
    const assigned = await t.db.query<{ assigned_to: string }>(
      'select assigned_to from tasks where enrolment_id = $1',
      [enrolment.json().id],
    );
    expect(assigned).toEqual([{ assigned_to: caseWorker.userId }]);
  });
});

describe('scope and reading', () => {
  it("keeps a Ganja teacher out of Baku's group: 404, as if it did not exist", async () => {
    const list = (await teacher.request('GET', '/api/groups')).json().items;
    expect(list.map((g: { id: string }) => g.id)).toContain(ids.group);
    expect(list.map((g: { id: string }) => g.id)).not.toContain(ids.bakuGroup);
    expect((await teacher.request('GET', `/api/groups/${ids.bakuGroup}`)).statusCode).toBe(404);
    expect(
      (await teacher.request('GET', `/api/groups/${ids.bakuGroup}/register?date=2026-11-24`)).statusCode,
    ).toBe(404);
    const put = await teacher.request('PUT', `/api/groups/${ids.bakuGroup}/register`, {
      date: '2026-11-24',
      rows: [{ enrolmentId: ids.leyla, status: 'present' }],
    });
    expect(put.statusCode).toBe(404);
    expect((await teacher.request('GET', `/api/enrolments/${ids.leyla}`)).statusCode).toBe(200);
    // Teachers record attendance; they do not manage groups or enrolments.
    expect(
      (
        await teacher.request('POST', '/api/groups', {
          programmeId: ids.ganjaDayCare,
          name: 'T',
          capacity: 3,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("writes every look at a child's enrolment or a group's children to the audit log", async () => {
    const before = await count("select count(*) as n from audit_events where action = 'enrolment.viewed'");
    expect((await worker.request('GET', `/api/enrolments/${ids.leyla}`)).statusCode).toBe(200);
    const rows = await t.db.query<{ entity_id: string; actor_username: string }>(
      "select entity_id, actor_username from audit_events where action = 'enrolment.viewed' order by id desc limit 1",
    );
    expect(rows[0]).toEqual({ entity_id: ids.leyla, actor_username: worker.username });
    expect(await count("select count(*) as n from audit_events where action = 'enrolment.viewed'")).toBe(
      before + 1,
    );
    expect(
      await count("select count(*) as n from audit_events where action = 'group.viewed'"),
    ).toBeGreaterThan(0);
    expect(
      await count("select count(*) as n from audit_events where action = 'attendance.viewed'"),
    ).toBeGreaterThan(0);
  });

  it("shows a child's attendance and follow-ups on the enrolment page", async () => {
    const detail = (await worker.request('GET', `/api/enrolments/${ids.leyla}`)).json();
    expect(detail.group).toMatchObject({ id: ids.group, absenceFollowUpDays: 3 });
    expect(detail.attendance.slice(0, 5).map((a: { status: string }) => a.status)).toEqual([
      'present',
      'present',
      'present',
      'absent',
      'absent',
    ]);
    expect(detail.tasks).toHaveLength(1);
    expect(detail.tasks[0]).toMatchObject({ kind: 'absence_follow_up', status: 'done' });
  });
});
