import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertDelegate,
  insertMemberCountry,
  setHub,
} from '../../server/db/repositories/cooperation-members.repository';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The working group on the hub (issue 17 item 1): meetings run by the chair or secretary, action
 * items reported on by the owner country's delegates, the commitments at a glance.
 * The test clock's today is 2026-11-25.
 */
let t: TestApp;
let admin: Session;
let secretaryAz: Session;
let memberTr: Session;
let memberAz: Session;
const delegates: Record<string, string> = {};

async function delegate(country: 'AZ' | 'TR', groupRole: 'secretary' | 'member', name: string) {
  const session = await t.signIn('working_group_member');
  delegates[name] = await insertDelegate(t.db, {
    country,
    organisationId: null,
    userId: session.userId,
    fullName: name,
    email: null,
    groupRole,
    termFrom: '2025-09-18',
    termTo: null,
  });
  return session;
}

beforeAll(async () => {
  t = await createTestApp();
  await setHub(t.db, true);
  for (const code of ['AZ', 'TR'])
    await insertMemberCountry(t.db, {
      code,
      names: { az: code, tr: code, ru: code, en: code },
      joinedOn: '2025-09-18',
      status: 'member',
    });
  admin = await t.signIn('admin');
  secretaryAz = await delegate('AZ', 'secretary', 'Leyla Məmmədli');
  memberTr = await delegate('TR', 'member', 'Ayşe Yıldırım');
  memberAz = await delegate('AZ', 'member', 'Rauf Əliyev');
});
afterAll(() => t.close());

const meetingBody = () => ({
  heldAt: '2026-10-14T09:00:00Z',
  online: false,
  city: 'Bakı',
  cityCountry: 'AZ',
  title: 'İşçi qrupunun ikinci görüşü',
  language: 'az',
  agenda: [{ title: 'Himayədar Ailə Günü 2026-nın nəticələri', notes: '' }, { title: 'Könüllü səfirlər' }],
  attendance: [
    { delegateId: delegates['Leyla Məmmədli'], status: 'present' },
    { delegateId: delegates['Ayşe Yıldırım'], status: 'excused' },
  ],
  minutes: 'Görüş saat 10:00-da başladı.',
  decisions: [
    { text: 'Hər ölkə 2026-cı ilin nəticələrini göndərsin.' },
    { text: 'Təlim proqramı hazırlansın.' },
  ],
});

async function createMeeting() {
  const res = await secretaryAz.request('POST', '/api/cooperation/meetings', meetingBody());
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; decisions: { id: string; number: number }[] };
}

async function createAction(decisionId: string, ownerCountry: string, dueOn: string, commitment?: string) {
  const res = await secretaryAz.request('POST', '/api/cooperation/action-items', {
    decisionId,
    ownerCountry,
    dueOn,
    title: `Action for ${ownerCountry} by ${dueOn}`,
    commitment,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number; overdue: boolean };
}

describe('meetings', () => {
  it('the secretary records a meeting with agenda, attendance, minutes and numbered decisions', async () => {
    const m = await createMeeting();
    const read = (await memberTr.request('GET', `/api/cooperation/meetings/${m.id}`)).json();
    expect(read.agenda.map((a: { title: string }) => a.title)).toHaveLength(2);
    expect(read.attendance).toHaveLength(2);
    expect(read.decisions.map((d: { number: number }) => d.number)).toEqual([1, 2]);
    expect(read.city).toBe('Bakı');
    const list = (await memberTr.request('GET', '/api/cooperation/meetings')).json();
    expect(
      list.items.some((x: { id: string; decisions: number }) => x.id === m.id && x.decisions === 2),
    ).toBe(true);
  });

  it('a member delegate may not record or change a meeting: only the chair or secretary', async () => {
    const res = await memberTr.request('POST', '/api/cooperation/meetings', meetingBody());
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('cooperation_officers_only');
    const m = await createMeeting();
    const put = await memberAz.request('PUT', `/api/cooperation/meetings/${m.id}`, {
      ...meetingBody(),
      version: m.version,
    });
    expect(put.statusCode).toBe(422);
    expect(put.json().error.details.rule).toBe('cooperation_officers_only');
  });

  it('a meeting not online needs its city; a stale version answers 409', async () => {
    const bad = await secretaryAz.request('POST', '/api/cooperation/meetings', {
      ...meetingBody(),
      city: null,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.rule).toBe('meeting_place_required');
    const m = await createMeeting();
    const first = await secretaryAz.request('PUT', `/api/cooperation/meetings/${m.id}`, {
      ...meetingBody(),
      minutes: 'Düzəliş edildi.',
      version: m.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(m.version + 1);
    const stale = await admin.request('PUT', `/api/cooperation/meetings/${m.id}`, {
      ...meetingBody(),
      version: m.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('a decision an action item came from cannot be removed', async () => {
    const m = await createMeeting();
    await createAction(m.decisions[1]!.id, 'AZ', '2027-01-31');
    const res = await secretaryAz.request('PUT', `/api/cooperation/meetings/${m.id}`, {
      ...meetingBody(),
      decisions: [{ text: 'Only one' }],
      version: m.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('meeting_decision_has_actions');
  });
});

describe('action items', () => {
  it('the owner country’s delegate reports progress; another country’s delegate is refused', async () => {
    const m = await createMeeting();
    const a = await createAction(m.decisions[0]!.id, 'AZ', '2027-03-01');
    const refused = await memberTr.request('POST', `/api/cooperation/action-items/${a.id}/progress`, {
      version: a.version,
      status: 'done',
      note: 'Not mine to say',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rule).toBe('cooperation_not_your_country');
    const first = await memberAz.request('POST', `/api/cooperation/action-items/${a.id}/progress`, {
      version: a.version,
      status: 'in_progress',
      note: 'Məlumat toplanır.',
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await memberAz.request('POST', `/api/cooperation/action-items/${a.id}/progress`, {
      version: first.json().version,
      note: 'Yarısı hazırdır.',
    });
    expect(second.statusCode, second.body).toBe(200);
    const read = (await memberTr.request('GET', `/api/cooperation/action-items/${a.id}`)).json();
    expect(read.status).toBe('in_progress');
    expect(
      read.notes.map((n: { note: string; status: string | null; author: string }) => [
        n.note,
        n.status,
        n.author,
      ]),
    ).toEqual([
      ['Məlumat toplanır.', 'in_progress', 'Rauf Əliyev'],
      ['Yarısı hazırdır.', null, 'Rauf Əliyev'],
    ]);
    // Stale: the version the first report read has moved on twice.
    const stale = await memberAz.request('POST', `/api/cooperation/action-items/${a.id}/progress`, {
      version: a.version,
      note: 'Late',
    });
    expect(stale.statusCode).toBe(409);
    // A member delegate cannot edit the action item itself (officers only).
    const edit = await memberAz.request('PUT', `/api/cooperation/action-items/${a.id}`, {
      version: read.version,
      title: 'Mine now',
      ownerCountry: 'AZ',
      dueOn: '2027-03-01',
      status: 'done',
    });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.details.rule).toBe('cooperation_officers_only');
  });

  it('an overdue action item comes first in my-actions of the owner country’s delegates only', async () => {
    const m = await createMeeting();
    const late = await createAction(m.decisions[0]!.id, 'AZ', '2026-11-01');
    const soon = await createAction(m.decisions[1]!.id, 'AZ', '2026-12-15');
    const done = await createAction(m.decisions[1]!.id, 'AZ', '2026-10-01');
    const read = (await secretaryAz.request('GET', `/api/cooperation/action-items/${done.id}`)).json();
    await secretaryAz.request('PUT', `/api/cooperation/action-items/${done.id}`, {
      version: read.version,
      title: read.title,
      ownerCountry: 'AZ',
      dueOn: read.dueOn,
      status: 'done',
    });
    expect(late.overdue).toBe(true);
    expect(soon.overdue).toBe(false);
    const mine = (await memberAz.request('GET', '/api/cooperation/my-actions')).json();
    expect(mine.country).toBe('AZ');
    expect(mine.groupRole).toBe('member');
    const ids = mine.items.map((i: { id: string }) => i.id);
    expect(ids[0]).toBe(late.id);
    expect(mine.items[0].overdue).toBe(true);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(done.id);
    const theirs = (await memberTr.request('GET', '/api/cooperation/my-actions')).json();
    expect(theirs.country).toBe('TR');
    expect(theirs.items.map((i: { id: string }) => i.id)).not.toContain(late.id);
  });
});

describe('commitments', () => {
  it('counts the actions serving each commitment by status, with each country’s own status', async () => {
    const before = (await memberTr.request('GET', '/api/cooperation/commitments')).json();
    const codes = before.items.map((c: { code: string }) => c.code);
    expect(codes).toEqual([
      'best_practice',
      'foster_family_day',
      'working_group',
      'model_ambassadors',
      'technical_support',
    ]);
    const m = await createMeeting();
    await createAction(m.decisions[0]!.id, 'TR', '2026-06-30', 'foster_family_day');
    await createAction(m.decisions[0]!.id, 'AZ', '2027-06-30', 'foster_family_day');
    const recorded = await memberTr.request(
      'PUT',
      '/api/cooperation/commitments/foster_family_day/countries/TR',
      {
        version: null,
        status: 'in_progress',
        note: '30 Haziran 2021’den beri kutlanıyor.',
      },
    );
    expect(recorded.statusCode, recorded.body).toBe(200);
    const day = recorded.json().items.find((c: { code: string }) => c.code === 'foster_family_day');
    const was = before.items.find((c: { code: string }) => c.code === 'foster_family_day');
    expect(day.counts.open).toBe(was.counts.open + 2);
    expect(day.counts.overdue).toBe(was.counts.overdue + 1);
    expect(day.countries).toEqual([
      { country: 'AZ', status: 'not_started', note: '', version: null },
      { country: 'TR', status: 'in_progress', note: '30 Haziran 2021’den beri kutlanıyor.', version: 1 },
    ]);
    // Only TR's delegates record TR's status; a second "first" record is a stale one.
    const other = await memberAz.request(
      'PUT',
      '/api/cooperation/commitments/foster_family_day/countries/TR',
      {
        version: 1,
        status: 'done',
      },
    );
    expect(other.statusCode).toBe(422);
    const again = await memberTr.request(
      'PUT',
      '/api/cooperation/commitments/foster_family_day/countries/TR',
      {
        version: null,
        status: 'done',
      },
    );
    expect(again.statusCode).toBe(409);
  });
});

describe('the hub switch and the role', () => {
  it('a working-group member is refused the organisation’s own records', async () => {
    expect((await memberAz.request('GET', '/api/cases')).statusCode).toBe(403);
    expect((await memberAz.request('GET', '/api/locations')).statusCode).toBe(403);
    expect((await memberAz.request('GET', '/api/my-work')).statusCode).toBe(403);
  });

  it('answers 404 when this installation is not the hub', async () => {
    await setHub(t.db, false);
    try {
      expect((await memberAz.request('GET', '/api/cooperation/meetings')).statusCode).toBe(404);
      expect((await memberAz.request('GET', '/api/cooperation/my-actions')).statusCode).toBe(404);
      expect((await secretaryAz.request('POST', '/api/cooperation/meetings', meetingBody())).statusCode).toBe(
        404,
      );
    } finally {
      await setHub(t.db, true);
    }
  });
});
