import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { child, count, enrolNew, ids, openDayCare } from './support/day-care';

/**
 * Day care, education and the kindergarten: groups with capacity and a waiting list. The daily
 * register and the absence follow-up it raises are in programmes-attendance.test.ts.
 */
let t: TestApp;
let admin: Session;
let worker: Session;
let teacher: Session;

beforeAll(async () => {
  ({ t, admin, worker, teacher } = await openDayCare());
});
afterAll(() => t.close());

describe('groups', () => {
  it('creates a group of a day-care programme, and refuses one of another kind', async () => {
    const res = await worker.request('POST', '/api/groups', {
      programmeId: ids.ganjaDayCare,
      name: 'Günəş qrupu',
      capacity: 2,
      startsOn: '2026-09-01',
      absenceFollowUpDays: 3,
      teacherId: teacher.userId,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ capacity: 2, enrolled: 0, teacherName: 'Test teacher', version: 1 });
    ids.group = res.json().id;

    const village = await worker.request('POST', '/api/groups', {
      programmeId: ids.ganjaVillage,
      name: 'X',
      capacity: 5,
    });
    expect(village.statusCode).toBe(422);
    expect(village.json().error.details.rule).toBe('group_programme_type');
    // In the user's language (Azerbaijani unless they chose another).
    expect(village.json().error.message).toBe(
      'Qruplar yalnız günərzi qayğı, təhsil və uşaq bağçası proqramlarında olur.',
    );

    const baku = await admin.request('POST', '/api/groups', {
      programmeId: ids.bakuDayCare,
      name: 'Bakı qrupu',
      capacity: 10,
    });
    expect(baku.statusCode).toBe(201);
    ids.bakuGroup = baku.json().id;
    // A Ganja worker cannot create a group of Baku's programme: to them it does not exist.
    const outside = await worker.request('POST', '/api/groups', {
      programmeId: ids.bakuDayCare,
      name: 'Y',
      capacity: 5,
    });
    expect([outside.statusCode, outside.json().error.details]).toEqual([404, { field: 'programmeId' }]);
  });

  it('refuses bad input with a 4xx and changes nothing', async () => {
    const before = await count('select count(*) as n from programme_groups');
    const audits = await count('select count(*) as n from audit_events');
    for (const body of [
      { programmeId: ids.ganjaDayCare, name: '', capacity: 5 },
      { programmeId: ids.ganjaDayCare, name: 'A', capacity: 0 },
      { programmeId: ids.ganjaDayCare, name: 'A', capacity: 'many' },
      { programmeId: 'not-a-uuid', name: 'A', capacity: 5 },
      { programmeId: ids.ganjaDayCare, name: 'A', capacity: 5, absenceFollowUpDays: 0 },
      { programmeId: ids.ganjaDayCare, name: 'A', capacity: 5, startsOn: '2026-13-45' },
    ]) {
      const res = await worker.request('POST', '/api/groups', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const dates = await worker.request('POST', '/api/groups', {
      programmeId: ids.ganjaDayCare,
      name: 'A',
      capacity: 5,
      startsOn: '2026-10-01',
      endsOn: '2026-09-01',
    });
    expect(dates.statusCode).toBe(422);
    expect(await count('select count(*) as n from programme_groups')).toBe(before);
    expect(await count('select count(*) as n from audit_events')).toBe(audits);
  });

  it('answers a stale version with 409 naming who changed the group', async () => {
    const group = (await worker.request('GET', `/api/groups/${ids.group}`)).json();
    const body = {
      version: group.version,
      name: 'Günəş qrupu',
      capacity: 2,
      startsOn: '2026-09-01',
      absenceFollowUpDays: 3,
      teacherId: teacher.userId,
    };
    const first = await admin.request('PUT', `/api/groups/${ids.group}`, body);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(group.version + 1);
    const second = await worker.request('PUT', `/api/groups/${ids.group}`, { ...body, capacity: 3 });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details.changedBy).toBe(admin.username);
    expect((await worker.request('GET', `/api/groups/${ids.group}`)).json().capacity).toBe(2);
  });
});

describe('enrolment, capacity and the waiting list', () => {
  it('enrols while there are places, then keeps a waiting list in the order children applied', async () => {
    const amina = await enrolNew(ids.group, 'Amina', '2026-09-01');
    const leyla = await enrolNew(ids.group, 'Leyla', '2026-09-02', { workerId: worker.userId });
    expect([amina.status, leyla.status]).toEqual(['enrolled', 'enrolled']);
    // Recorded first, but applied later than Nərmin: Nərmin gets the next place.
    const sara = await enrolNew(ids.group, 'Sara', '2026-09-10');
    const nermin = await enrolNew(ids.group, 'Nərmin', '2026-09-05');
    const zeyneb = await enrolNew(ids.group, 'Zeynəb', '2026-09-05');
    expect([sara.status, nermin.status, zeyneb.status]).toEqual(['waiting', 'waiting', 'waiting']);
    Object.assign(ids, {
      amina: amina.id,
      leyla: leyla.id,
      sara: sara.id,
      nermin: nermin.id,
      zeyneb: zeyneb.id,
    });

    const detail = (await worker.request('GET', `/api/groups/${ids.group}`)).json();
    expect(detail).toMatchObject({ enrolled: 2, waiting: 3 });
    const queue = detail.enrolments
      .filter((e: { status: string }) => e.status === 'waiting')
      .sort(
        (a: { waitingPosition: number }, b: { waitingPosition: number }) =>
          a.waitingPosition - b.waitingPosition,
      )
      .map((e: { child: { givenName: string } }) => e.child.givenName);
    expect(queue).toEqual(['Nərmin', 'Zeynəb', 'Sara']);
  });

  it('refuses a child already in the group', async () => {
    const personId = (await worker.request('GET', `/api/enrolments/${ids.amina}`)).json().personId;
    const res = await worker.request('POST', `/api/groups/${ids.group}/enrolments`, {
      personId,
      appliedOn: '2026-11-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('group_already_enrolled');
    const both = await worker.request('POST', `/api/groups/${ids.group}/enrolments`, {
      personId,
      child: child('İki'),
      appliedOn: '2026-11-01',
    });
    expect(both.statusCode).toBe(400);
  });

  it('gives a freed place to the longest-waiting child; an exit needs an outcome and a reason', async () => {
    const amina = (await worker.request('GET', `/api/enrolments/${ids.amina}`)).json();
    const exit = (body: object) => worker.request('POST', `/api/enrolments/${ids.amina}/exit`, body);
    const noOutcome = await exit({ version: amina.version, exitedOn: '2026-11-02' });
    expect(noOutcome.json().error.details.rule).toBe('group_exit_outcome_required');
    const noReason = await exit({ version: amina.version, exitedOn: '2026-11-02', outcome: 'dropped_out' });
    expect(noReason.json().error.details.rule).toBe('group_exit_reason_required');
    const early = await exit({
      version: amina.version,
      exitedOn: '2026-08-01',
      outcome: 'dropped_out',
      reason: 'moved',
    });
    expect(early.json().error.details.rule).toBe('end_before_start');
    expect(await count("select count(*) as n from enrolments where status = 'exited'")).toBe(0);

    const res = await exit({
      version: amina.version,
      exitedOn: '2026-11-02',
      outcome: 'dropped_out',
      reason: 'moved',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().enrolment).toMatchObject({
      status: 'exited',
      outcome: 'dropped_out',
      exitReason: 'moved',
    });
    expect(res.json().admitted).toHaveLength(1);
    expect(res.json().admitted[0]).toMatchObject({
      id: ids.nermin,
      status: 'enrolled',
      enrolledOn: '2026-11-02',
    });

    const again = await exit({ version: amina.version, exitedOn: '2026-11-02', outcome: 'completed' });
    expect(again.statusCode).toBe(409);
  });

  it('gives new places to the waiting list when the capacity grows, never below those enrolled', async () => {
    const group = (await worker.request('GET', `/api/groups/${ids.group}`)).json();
    const body = {
      version: group.version,
      name: group.name,
      capacity: 1,
      startsOn: '2026-09-01',
      absenceFollowUpDays: 3,
      teacherId: teacher.userId,
    };
    const small = await worker.request('PUT', `/api/groups/${ids.group}`, body);
    expect(small.statusCode).toBe(422);
    expect(small.json().error.message).toBe('Qrupda 2 uşaq var: yer sayı bundan az ola bilməz.');
    const bigger = await worker.request('PUT', `/api/groups/${ids.group}`, { ...body, capacity: 3 });
    expect(bigger.statusCode, bigger.body).toBe(200);
    expect(bigger.json()).toMatchObject({ enrolled: 3, waiting: 1 });
    expect((await worker.request('GET', `/api/enrolments/${ids.zeyneb}`)).json().status).toBe('enrolled');
  });
});
