import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertDelegate,
  insertMemberCountry,
  setHub,
} from '../../server/db/repositories/cooperation-members.repository';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: Session;
let az: Session;
let tr: Session;
let uz: Session;
let director: Session;

const names = (n: string) => ({ az: n, tr: n, ru: n, en: n });
async function delegate(country: string): Promise<Session> {
  const session = await t.signIn('working_group_member');
  await insertDelegate(t.db, {
    country,
    organisationId: null,
    userId: session.userId,
    fullName: `Delegate ${country}`,
    email: null,
    groupRole: 'member',
    termFrom: '2025-09-18',
    termTo: null,
  });
  return session;
}

const visit = {
  kind: 'study_visit',
  fromCountry: 'TR',
  toCountry: 'AZ',
  startsOn: '2026-03-09',
  endsOn: '2026-03-13',
  participants: 12,
  participantRoles: ['foster_care_officers', 'ambassadors'],
  topics: ['ambassadors', 'recruitment'],
  materials: [{ title: 'Elçi rehberi', link: 'https://example.org/rehber' }],
  evaluationScore: 4.5,
  evaluationAnswered: 10,
  evaluationUse: 'Könüllü səfirlərin hazırlanması',
  status: 'done',
};

beforeAll(async () => {
  t = await createTestApp();
  await setHub(t.db, true);
  for (const code of ['AZ', 'TR', 'UZ'])
    await insertMemberCountry(t.db, {
      code,
      names: names(`Country ${code}`),
      joinedOn: '2025-09-18',
      status: 'member',
    });
  admin = await t.signIn('admin');
  director = await t.signIn('director');
  az = await delegate('AZ');
  tr = await delegate('TR');
  uz = await delegate('UZ');
});
afterAll(() => t.close());

describe('exchanges between countries', () => {
  it('lets a delegate of either country record and change an exchange, and refuses a third country', async () => {
    const created = await az.request('POST', '/api/cooperation/exchanges', visit);
    expect(created.statusCode, created.body).toBe(201);
    const e = created.json();
    expect(e).toMatchObject({ fromCountry: 'TR', toCountry: 'AZ', version: 1, materials: visit.materials });

    const third = await uz.request('PUT', `/api/cooperation/exchanges/${e.id}`, {
      ...visit,
      version: 1,
      participants: 13,
    });
    expect(third.statusCode).toBe(422);
    expect(third.json().error.details.rule).toBe('cooperation_not_your_country');
    expect((await uz.request('POST', '/api/cooperation/exchanges', visit)).statusCode).toBe(422);

    const changed = await tr.request('PUT', `/api/cooperation/exchanges/${e.id}`, {
      ...visit,
      version: 1,
      participants: 14,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ participants: 14, version: 2 });

    // The version read is stale: 409, nothing changed.
    const stale = await az.request('PUT', `/api/cooperation/exchanges/${e.id}`, {
      ...visit,
      version: 1,
      participants: 15,
    });
    expect(stale.statusCode).toBe(409);
    expect((await director.request('GET', `/api/cooperation/exchanges/${e.id}`)).json().participants).toBe(
      14,
    );
    // A director reads but does not write.
    expect((await director.request('POST', '/api/cooperation/exchanges', visit)).statusCode).toBe(403);

    const audited = await t.db.query<{ action: string }>(
      "select action from audit_events where entity_type = 'cooperation_exchange' and entity_id = $1 order by id",
      [e.id],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'cooperation.exchange_recorded',
      'cooperation.exchange_updated',
    ]);
  });

  it('refuses an exchange within one country, ending before it starts, or with more answers than people', async () => {
    const refused = async (body: object) =>
      (await admin.request('POST', '/api/cooperation/exchanges', body)).json();
    expect((await refused({ ...visit, toCountry: 'TR' })).error.details.rule).toBe('exchange_same_country');
    expect((await refused({ ...visit, endsOn: '2026-03-01' })).error.details.rule).toBe(
      'exchange_ends_before_start',
    );
    expect((await refused({ ...visit, evaluationAnswered: 20 })).error.details.rule).toBe(
      'exchange_more_answers_than_participants',
    );
    expect((await refused({ ...visit, fromCountry: 'KZ' })).error.details.rule).toBe('exchange_not_member');
    const unknown = await admin.request('POST', '/api/cooperation/exchanges', { ...visit, childName: 'x' });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 404 when this installation is not the hub', async () => {
    await setHub(t.db, false);
    try {
      expect((await admin.request('GET', '/api/cooperation/exchanges')).statusCode).toBe(404);
    } finally {
      await setHub(t.db, true);
    }
  });

  it('reports a year by pair of countries, weighting the evaluation by who answered, and prints it', async () => {
    const add = async (body: object) =>
      expect(
        (await admin.request('POST', '/api/cooperation/exchanges', { ...visit, ...body })).statusCode,
      ).toBe(201);
    // 2025: TR → AZ 20 people, 4.0 by 10; TR → AZ 6 people, 5.0 by 5; AZ → TR 8 people, planned; one in 2024.
    await add({
      startsOn: '2025-04-01',
      endsOn: '2025-04-03',
      participants: 20,
      evaluationScore: 4,
      evaluationAnswered: 10,
      topics: ['matching'],
    });
    await add({
      startsOn: '2025-10-01',
      endsOn: '2025-10-02',
      participants: 6,
      evaluationScore: 5,
      evaluationAnswered: 5,
      topics: ['recruitment', 'matching'],
    });
    await add({
      fromCountry: 'AZ',
      toCountry: 'TR',
      kind: 'training',
      startsOn: '2025-11-10',
      endsOn: '2025-11-12',
      participants: 8,
      evaluationScore: null,
      evaluationAnswered: null,
      status: 'planned',
      topics: ['kinship_care'],
    });
    await add({ startsOn: '2024-05-01', endsOn: '2024-05-02', participants: 99 });

    const res = await tr.request('GET', '/api/cooperation/exchanges/report?year=2025');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.pairs).toEqual([
      {
        fromCountry: 'AZ',
        toCountry: 'TR',
        exchanges: 1,
        done: 0,
        participants: 8,
        topics: ['kinship_care'],
        averageScore: null,
        answered: 0,
      },
      // (4 × 10 + 5 × 5) / 15 = 4.33
      {
        fromCountry: 'TR',
        toCountry: 'AZ',
        exchanges: 2,
        done: 2,
        participants: 26,
        topics: ['recruitment', 'matching'],
        averageScore: 4.33,
        answered: 15,
      },
    ]);
    expect(report.totals).toEqual({ exchanges: 3, participants: 34, averageScore: 4.33 });
    expect((await tr.request('GET', '/api/cooperation/exchanges?year=2025')).json().items).toHaveLength(3);

    for (const [lang, words] of [
      ['az', ['Ölkələr arası mübadilələr (2025)', 'Qohum yanında qayğı', '4,33']],
      ['ru', ['Обмены между странами (2025)', 'Устройство у родственников']],
    ] as const) {
      const pdf = await az.request('GET', `/api/cooperation/exchanges/report.pdf?year=2025&lang=${lang}`);
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.rawPayload);
      for (const w of words) expect(text, w).toContain(w);
    }
  });
});

describe('observance days and campaign plans', () => {
  it('lets the administrator add a day and each country write its own plan, once per version', async () => {
    const day = await admin.request('POST', '/api/cooperation/observance-days', {
      country: null,
      month: 6,
      day: 30,
      names: {
        az: 'Himayədar Ailə Günü',
        tr: 'Koruyucu Aile Günü',
        ru: 'День приёмной семьи',
        en: 'Foster Family Day',
      },
    });
    expect(day.statusCode, day.body).toBe(201);
    const dayId = day.json().id;
    const national = (
      await admin.request('POST', '/api/cooperation/observance-days', {
        country: 'AZ',
        month: 5,
        day: 31,
        names: names('31 May'),
      })
    ).json().id;
    expect(
      (
        await az.request('POST', '/api/cooperation/observance-days', {
          country: null,
          month: 1,
          day: 1,
          names: names('x'),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await admin.request('POST', '/api/cooperation/observance-days', {
          country: null,
          month: 2,
          day: 30,
          names: names('x'),
        })
      ).statusCode,
    ).toBe(400);

    const plan = {
      plan: 'Stendlər 5 şəhərdə',
      events: [{ date: '2026-06-30', city: 'Bakı', kind: 'public_event', title: 'Stend' }],
      status: 'draft',
    };
    const first = await az.request('PUT', `/api/cooperation/observance-days/${dayId}/plans/AZ/2026`, plan);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ country: 'AZ', year: 2026, version: 1 });
    expect(
      (await tr.request('PUT', `/api/cooperation/observance-days/${dayId}/plans/AZ/2026`, plan)).statusCode,
    ).toBe(422);
    expect(
      (await tr.request('PUT', `/api/cooperation/observance-days/${national}/plans/TR/2026`, plan)).json()
        .error.details.rule,
    ).toBe('observance_day_other_country');
    // Written meanwhile by someone else: a second "new" plan and a stale version are both 409.
    expect(
      (await az.request('PUT', `/api/cooperation/observance-days/${dayId}/plans/AZ/2026`, plan)).statusCode,
    ).toBe(409);
    const second = await az.request('PUT', `/api/cooperation/observance-days/${dayId}/plans/AZ/2026`, {
      ...plan,
      status: 'agreed',
      version: 1,
    });
    expect(second.json()).toMatchObject({ status: 'agreed', version: 2 });

    const calendar = (await director.request('GET', '/api/cooperation/observance-days?year=2026')).json();
    expect(calendar.days.map((d: { month: number; day: number }) => `${d.month}-${d.day}`)).toEqual([
      '5-31',
      '6-30',
    ]);
    expect(calendar.days[1].plans).toHaveLength(1);
  });
});
