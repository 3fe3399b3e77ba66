import { expect } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../support/test-app';

/**
 * The world of the day-care tests (programmes*.test.ts): Ganja's and Baku's day-care
 * programmes, a worker, a second worker with cases of their own, the group's teacher and an
 * administrator — and, for the attendance story, the Günəş group as programmes.test.ts leaves it.
 * The test clock stands at 2026-11-25.
 */

let t: TestApp;
let worker: Session;
export const ids = {
  ganja: '',
  baku: '',
  ganjaDayCare: '',
  bakuDayCare: '',
  ganjaVillage: '',
  group: '',
  bakuGroup: '',
  amina: '',
  leyla: '',
  sara: '',
  nermin: '',
  zeyneb: '',
};

const id = async (sql: string) => (await t.db.query<{ id: string }>(sql))[0]!.id;
export const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.db.query<{ n: number }>(sql, params))[0]!.n);

export const child = (givenName: string, familyName = 'Bağçayeva') => ({
  givenName,
  familyName,
  sex: 'female',
  birthDate: '2021-04-01',
});

export async function enrolNew(groupId: string, givenName: string, appliedOn: string, extra: object = {}) {
  const res = await worker.request('POST', `/api/groups/${groupId}/enrolments`, {
    child: child(givenName),
    appliedOn,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; waitingPosition: number | null; version: number };
}

export type Row = {
  enrolmentId: string;
  status: string | null;
  version: number | null;
  child: { givenName: string };
};

export async function register(s: Session, groupId: string, date: string) {
  const res = await s.request('GET', `/api/groups/${groupId}/register?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { rows: Row[]; sessionId: string | null };
}

/** Saves the register of a date: everyone present except the named children. */
export async function mark(
  s: Session,
  groupId: string,
  date: string,
  marks: Record<string, 'absent' | 'excused'> = {},
) {
  const { rows } = await register(s, groupId, date);
  return s.request('PUT', `/api/groups/${groupId}/register`, {
    date,
    rows: rows.map((r) => ({
      enrolmentId: r.enrolmentId,
      status: marks[r.child.givenName] ?? 'present',
      absenceReason: marks[r.child.givenName] ? 'unknown' : null,
      version: r.version,
    })),
  });
}

export const openTasks = (enrolmentId: string) =>
  count("select count(*) as n from tasks where enrolment_id = $1 and status = 'open'", [enrolmentId]);

export async function openDayCare() {
  t = await createTestApp();
  ids.ganja = await id("select id from locations where code = 'ganja'");
  ids.baku = await id("select id from locations where code = 'baku'");
  ids.ganjaDayCare = await id("select id from programmes where code = 'ganja-day-care'");
  ids.bakuDayCare = await id("select id from programmes where code = 'baku-day-care'");
  ids.ganjaVillage = await id("select id from programmes where code = 'ganja-village'");
  worker = await t.signIn('social_worker', { locationIds: [ids.ganja] });
  return {
    t,
    admin: await t.signIn('admin'),
    worker,
    caseWorker: await t.signIn('social_worker', { locationIds: [ids.ganja] }),
    teacher: await t.signIn('teacher', { programmeIds: [ids.ganjaDayCare] }),
  };
}

async function saved(response: Promise<{ statusCode: number; body: string }>) {
  const res = await response;
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/**
 * The groups as programmes.test.ts leaves them: Baku's group, and Ganja's Günəş group (from
 * 1 September, follow-up after 3 absences, the teacher's) where Amina and Leyla (her worker named)
 * were enrolled; Amina left on 2 November and Nərmin took her place; the capacity grew to 3
 * today, giving Zeynəb a place; Sara waits.
 */
export async function groupWithWaitingList(admin: Session, teacher: Session) {
  const group = {
    programmeId: ids.ganjaDayCare,
    name: 'Günəş qrupu',
    capacity: 2,
    startsOn: '2026-09-01',
    absenceFollowUpDays: 3,
    teacherId: teacher.userId,
  };
  ids.group = (await worker.request('POST', '/api/groups', group)).json().id;
  ids.bakuGroup = (
    await admin.request('POST', '/api/groups', {
      programmeId: ids.bakuDayCare,
      name: 'Bakı qrupu',
      capacity: 10,
    })
  ).json().id;
  ids.amina = (await enrolNew(ids.group, 'Amina', '2026-09-01')).id;
  ids.leyla = (await enrolNew(ids.group, 'Leyla', '2026-09-02', { workerId: worker.userId })).id;
  ids.sara = (await enrolNew(ids.group, 'Sara', '2026-09-10')).id;
  ids.nermin = (await enrolNew(ids.group, 'Nərmin', '2026-09-05')).id;
  ids.zeyneb = (await enrolNew(ids.group, 'Zeynəb', '2026-09-05')).id;
  const amina = (await worker.request('GET', `/api/enrolments/${ids.amina}`)).json();
  await saved(
    worker.request('POST', `/api/enrolments/${ids.amina}/exit`, {
      version: amina.version,
      exitedOn: '2026-11-02',
      outcome: 'dropped_out',
      reason: 'moved',
    }),
  );
  const { version } = (await worker.request('GET', `/api/groups/${ids.group}`)).json();
  const { programmeId: _, ...fields } = group;
  await saved(worker.request('PUT', `/api/groups/${ids.group}`, { ...fields, version, capacity: 3 }));
}
