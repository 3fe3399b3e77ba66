import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeView, VillageView } from '../../common/contracts/organisation';
import { PROGRAMME_TYPES } from '../../common/organisation';
import { seedDemo } from '../../server/db/seeds/demo';
import { addMonths } from '../../server/domain/dates';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let director: Session;
let programmes: ProgrammeView[];
const byCode = async (code: string) =>
  (await t.db.query<{ id: string }>('select id from programmes where code = $1', [code]))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.deps, { children: 200, seed: 7, today: '2026-11-25' });
  director = await t.signIn('director');
  programmes = (await director.request('GET', '/api/programmes')).json().items;
});
afterAll(() => t.close());

describe('the organisation from the seed texts', () => {
  it('has the three locations and a programme of every type', async () => {
    const locations = (await director.request('GET', '/api/locations')).json().items;
    expect(locations.map((l: { name: { en: string } }) => l.name.en).sort()).toEqual([
      'Baku',
      'Ganja',
      'Sumgait',
    ]);
    expect(new Set(programmes.map((p) => p.type))).toEqual(new Set(PROGRAMME_TYPES));
  });

  it('dates the villages and services as the founding texts do', () => {
    const find = (type: string, location: string) =>
      programmes.find((p) => p.type === type && p.locationName?.en === location)!;
    expect(find('family_based_care', 'Baku')).toMatchObject({
      startDate: '2000-09-01',
      startDatePrecision: 'month',
      houseCount: 14,
      capacity: 126,
    });
    expect(find('family_based_care', 'Baku').milestones.map((m) => m.date)).toContain('2001-06-01');
    expect(find('family_based_care', 'Ganja')).toMatchObject({ startDate: '2005-12-01' });
    expect(find('family_based_care', 'Ganja').milestones[0]).toMatchObject({
      date: '2004-08-01',
      precision: 'month',
    });
    expect(find('kindergarten', 'Baku')).toMatchObject({ startDate: '2001-06-01' });
    expect(find('short_term_care', 'Ganja')).toMatchObject({
      startDate: '2011-01-01',
      startDatePrecision: 'year',
    });
    expect(find('short_term_care', 'Baku')).toMatchObject({
      startDate: '2013-01-01',
      startDatePrecision: 'year',
    });
    expect(['Baku', 'Ganja', 'Sumgait'].map((l) => Boolean(find('education', l)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['Baku', 'Ganja'].map((l) => Boolean(find('day_care', l)))).toEqual([true, true]);
    expect(find('education', 'Sumgait').name).toEqual({
      az: 'Təhsil proqramı, Sumqayıt',
      tr: 'Eğitim programı, Sumgayıt',
      ru: 'Образовательная программа, Сумгаит',
      en: 'Education programme, Sumgait',
    });
  });

  it('filters programmes by type and location', async () => {
    const ganja = programmes.find((p) => p.locationName?.en === 'Ganja')!.locationId;
    const res = (await director.request('GET', `/api/programmes?type=day_care&locationId=${ganja}`)).json()
      .items;
    expect(res.map((p: ProgrammeView) => p.code)).toEqual(['ganja-day-care']);
    expect((await director.request('GET', '/api/programmes?type=orphanage')).statusCode).toBe(400);
  });

  it('shows a village with its houses, SOS parents and about 200 children in the two villages', async () => {
    const baku = (
      await director.request('GET', `/api/villages/${await byCode('baku-village')}`)
    ).json() as VillageView;
    const ganja = (
      await director.request('GET', `/api/villages/${await byCode('ganja-village')}`)
    ).json() as VillageView;
    expect(baku.houses).toHaveLength(14);
    const houses = [...baku.houses, ...ganja.houses];
    expect(houses.every((h) => h.sosParent && h.childrenCount! <= h.capacity)).toBe(true);
    expect(houses.reduce((s, h) => s + h.childrenCount!, 0)).toBe(200);
    // A day-care centre is not a village.
    expect((await director.request('GET', `/api/villages/${await byCode('baku-day-care')}`)).statusCode).toBe(
      404,
    );
  });

  it('names the children in each house for those who work with children, never for the analyst', async () => {
    const id = await byCode('ganja-village');
    const forDirector = (await director.request('GET', `/api/villages/${id}`)).json() as VillageView;
    expect(forDirector.houses.every((h) => h.children.length === h.childrenCount)).toBe(true);
    expect(forDirector.houses[0]!.children[0]).toMatchObject({
      caseId: expect.any(String),
      name: expect.any(String),
    });
    const analyst = await t.signIn('analyst');
    const forAnalyst = (await analyst.request('GET', `/api/villages/${id}`)).json() as VillageView;
    // Decision 0019: no one's name — not the children's, not the SOS parents' or aunts' — and
    // each house's children rounded down to a multiple of 5, "<5" (null) for 0 to 4.
    expect(
      forAnalyst.houses.every((h) => h.children.length === 0 && h.sosParent === null && h.aunts.length === 0),
    ).toBe(true);
    expect(
      forAnalyst.houses.every((h, i) =>
        h.childrenCount === null
          ? forDirector.houses[i]!.childrenCount! < 5
          : h.childrenCount % 5 === 0 && h.childrenCount <= forDirector.houses[i]!.childrenCount!,
      ),
    ).toBe(true);
    const json = JSON.stringify(forAnalyst);
    expect(json).not.toContain(forDirector.houses[0]!.children[0]!.name);
    for (const h of forDirector.houses) {
      if (h.sosParent) expect(json).not.toContain(h.sosParent);
      for (const a of h.aunts) expect(json).not.toContain(a);
    }
    const series = (await analyst.request('GET', `/api/villages/${id}/occupancy?months=12`)).json().items as {
      children: number | null;
    }[];
    expect(series.every((p) => p.children === null || (p.children >= 5 && p.children % 5 === 0))).toBe(true);
  });

  it("gives the occupancy month by month, ending with today's", async () => {
    const id = await byCode('baku-village');
    const series = (await director.request('GET', `/api/villages/${id}/occupancy?months=24`)).json().items;
    expect(series).toHaveLength(24);
    expect(series.at(-1).month).toBe('2026-11');
    const today = (await director.request('GET', `/api/villages/${id}`)).json() as VillageView;
    expect(series.at(-1)).toEqual({
      month: '2026-11',
      children: today.houses.reduce((s, h) => s + h.childrenCount!, 0),
      capacity: 126,
    });
    expect(series.every((p: { children: number }, i: number) => i === 0 || p.children >= 0)).toBe(true);
    expect(series[0].children).toBeLessThanOrEqual(series.at(-1).children);
  });

  it("lets an administrator change a programme's review interval, and due dates follow", async () => {
    const id = await byCode('ganja-village');
    const [c] = await t.db.query<{ id: string; next: string; held: string }>(
      `select c.id, c.next_review_on as next, (select max(held_on) from reviews r where r.case_id = c.id) as held
         from cases c where c.programme_id = $1 and c.status = 'in_care'
          and exists (select 1 from reviews r where r.case_id = c.id and r.next_review_on is null) limit 1`,
      [id],
    );
    const admin = await t.signIn('admin');
    const before = (await admin.request('GET', `/api/programmes/${id}`)).json();
    expect(before).toMatchObject({
      reviewIntervalMonths: 3,
      emergencyAssessmentDays: 7,
      aftercareFollowupMonths: [6, 12, 36, 60],
    });
    const body = {
      version: before.version,
      reviewIntervalMonths: 6,
      emergencyAssessmentDays: 5,
      aftercareFollowupMonths: [12, 6],
    };
    expect((await director.request('PUT', `/api/programmes/${id}/settings`, body)).statusCode).toBe(403);
    const changed = await admin.request('PUT', `/api/programmes/${id}/settings`, body);
    expect(changed.json()).toMatchObject({ reviewIntervalMonths: 6, aftercareFollowupMonths: [6, 12] });
    const after = await t.db.query<{ next: string }>(
      'select next_review_on as next from cases where id = $1',
      [c!.id],
    );
    expect(after[0]!.next).toBe(addMonths(c!.held, 6));
    expect((await admin.request('PUT', `/api/programmes/${id}/settings`, body)).statusCode).toBe(409);
  });

  it('shows a scoped user only their part, and out-of-scope answers like not found', async () => {
    const ganjaId = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!
      .id;
    const worker = await t.signIn('social_worker', { locationIds: [ganjaId] });
    const mine = (await worker.request('GET', '/api/programmes')).json().items as ProgrammeView[];
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((p) => p.locationId === ganjaId)).toBe(true);
    const locations = (await worker.request('GET', '/api/locations')).json().items;
    expect(locations.map((l: { code: string }) => l.code)).toEqual(['ganja']);
    const bakuVillage = await byCode('baku-village');
    const outside = await worker.request('GET', `/api/programmes/${bakuVillage}`);
    const missing = await worker.request('GET', '/api/programmes/0b0e1c52-5a4b-4a7e-9a5e-3f1a2b3c4d5e');
    expect([outside.statusCode, outside.json()]).toEqual([missing.statusCode, missing.json()]);
    expect((await worker.request('GET', `/api/villages/${bakuVillage}`)).statusCode).toBe(404);

    const programmeOnly = await t.signIn('supervisor', { programmeIds: [bakuVillage] });
    const theirs = (await programmeOnly.request('GET', '/api/programmes')).json().items as ProgrammeView[];
    expect(theirs.map((p) => p.code)).toEqual(['baku-village']);
  });
});
