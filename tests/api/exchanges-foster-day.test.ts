import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnsignedDocument } from '../../common/contracts/cooperation-documents';
import { insertMemberCountry, setHub } from '../../server/db/repositories/cooperation-members.repository';
import { demoFosterDayDocuments } from '../../server/db/seeds/demo-exchanges';
import type { RequestContext } from '../../server/domain/context';
import { KIND_RULES } from '../../server/domain/cooperation/document-kinds';
import { ambassadorsPayload, fosterDayPayload } from '../../server/domain/cooperation/foster-day-payload';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { keepUnsignedDocument } from './support/unsigned-documents';

let t: TestApp;
let admin: Session;
let director: Session;

const [azDay, , azAmbassadors] = demoFosterDayDocuments('2026-07-10');
const at = (
  doc: UnsignedDocument,
  issuedAt: string,
  id: string,
  payload: object = doc.payload,
): UnsignedDocument => ({
  ...doc,
  id,
  issuedAt,
  payload: payload as Record<string, unknown>,
});

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
  director = await t.signIn('director');
});
afterAll(() => t.close());

describe('Foster Family Day results and ambassador figures on the hub', () => {
  it('keeps the latest per country, year and day; an earlier document arriving late replaces nothing', async () => {
    const july = at(azDay!, '2026-07-10T08:00:00.000Z', '3f1c6a52-0b7e-4a38-9d35-6c2e2b1e0a01');
    const december = at(azDay!, '2026-12-01T08:00:00.000Z', '3f1c6a52-0b7e-4a38-9d35-6c2e2b1e0a02', {
      ...azDay!.payload,
      totals: { events: 30, inquiries: 185, applications: 50, approvals: 25 },
      countedAt: '2026-12-01',
    });
    await keepUnsignedDocument(t.db, july);
    await keepUnsignedDocument(t.db, december);
    // A re-sent copy of July's figures, issued before December's, arrives last.
    await keepUnsignedDocument(
      t.db,
      at(july, '2026-07-11T08:00:00.000Z', '3f1c6a52-0b7e-4a38-9d35-6c2e2b1e0a03'),
    );
    const res = await director.request('GET', '/api/cooperation/foster-day-results?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const { results } = res.json();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ country: 'AZ', issuedAt: '2026-12-01T08:00:00.000Z' });
    expect(results[0].payload.totals.approvals).toBe(25);
    // Every document stays.
    const kept = await t.db.query<{ n: number }>(
      "select count(*)::int as n from cooperation_documents where kind = 'foster_day_results' and country = 'AZ'",
    );
    expect(kept[0]!.n).toBe(3);

    await keepUnsignedDocument(t.db, azAmbassadors!);
    const figures = (await admin.request('GET', '/api/cooperation/ambassador-figures?year=2026')).json()
      .figures;
    expect(figures[0].payload).toMatchObject({ activeAmbassadors: 20, approvedFamilies: 5 });
  });

  it('refuses a small cell and a field its schema does not know', () => {
    const rule = KIND_RULES.foster_day_results!;
    const payload = azDay!.payload as { totals: object; campaigns: object[] };
    expect(rule.schema.safeParse(payload).success).toBe(true);
    expect(rule.refuse!(rule.schema.parse(payload), 'AZ')).toBeNull();
    const small = { ...payload, totals: { ...payload.totals, approvals: 3 } };
    expect(rule.refuse!(rule.schema.parse(small), 'AZ')).toMatchObject({ code: 'cooperation_small_cell' });
    expect(rule.schema.safeParse({ ...payload, childNames: ['Aysel'] }).success).toBe(false);
    expect(
      rule.schema.safeParse({ ...payload, campaigns: [{ ...payload.campaigns[0], familyName: 'Əliyev' }] })
        .success,
    ).toBe(false);
    expect(rule.refuse!(rule.schema.parse({ ...payload, day: '2025-06-30' }), 'AZ')).toMatchObject({
      code: 'foster_day_other_year',
    });

    const ambassadors = KIND_RULES.ambassadors!;
    expect(
      ambassadors.refuse!(ambassadors.schema.parse({ ...azAmbassadors!.payload, events: 4 }), 'AZ'),
    ).toMatchObject({
      code: 'cooperation_small_cell',
    });
    expect(ambassadors.schema.safeParse({ ...azAmbassadors!.payload, names: [] }).success).toBe(false);
  });
});

describe('the country side builds the payloads from its own funnel', () => {
  it('publishes counts rounded down to a multiple of 5 and withholds those under 5', async () => {
    await t.db.query("update cooperation_settings set country = 'AZ'");
    const ctx: RequestContext = {
      actor: {
        userId: admin.userId,
        username: admin.username,
        displayName: 'Admin',
        role: 'admin',
        locale: 'az',
        scope: { all: true, locationIds: [], programmeIds: [] },
        sessionTokenHash: '',
        csrfToken: '',
      },
      requestId: 'test',
      ip: '127.0.0.1',
      locale: 'az',
    };
    const campaign = async (country: string, name: string) =>
      (
        await t.db.query<{ id: string }>(
          `insert into foster_campaigns (country, name, kind, starts_on) values ($1, $2, 'foster_family_day', '2026-05-15') returning id`,
          [country, name],
        )
      )[0]!.id;
    const big = await campaign('AZ', 'Himayədar Ailə Günü 2026');
    const small = await campaign('AZ', 'Media');
    const turkish = await campaign('TR', 'Koruyucu Aile Günü');
    const ambassador = (
      await t.db.query<{ id: string }>(
        "insert into foster_ambassadors (country, name, joined_on) values ('AZ', 'Səidə R.', '2026-01-10') returning id",
      )
    )[0]!.id;
    // 12 inquiries from the big campaign (7 through the ambassador), 3 from the small one.
    for (let i = 0; i < 15; i++)
      await t.db.query(
        `insert into foster_inquiries (country, received_on, source, campaign_id, ambassador_id, contact_name)
         values ('AZ', '2026-06-30', 'campaign', $1, $2, 'Ad Soyad')`,
        [i < 12 ? big : small, i < 7 ? ambassador : null],
      );
    for (let i = 0; i < 6; i++)
      await t.db.query(
        "insert into foster_events (country, campaign_id, ambassador_id, kind, held_on) values ('AZ', $1, $2, 'foster_family_day', '2026-06-30')",
        [big, i < 5 ? ambassador : null],
      );

    const payload = await fosterDayPayload(t.deps, ctx, {
      year: 2026,
      day: '2026-06-30',
      campaignIds: [big, small],
    });
    expect(payload).toMatchObject({
      year: 2026,
      day: '2026-06-30',
      observance: 'international',
      countedAt: '2026-11-25',
    });
    expect(payload.campaigns).toEqual([
      {
        name: 'Himayədar Ailə Günü 2026',
        startsOn: '2026-05-15',
        endsOn: null,
        events: 5,
        inquiries: 10,
        applications: null,
        approvals: null,
      },
      {
        name: 'Media',
        startsOn: '2026-05-15',
        endsOn: null,
        events: null,
        inquiries: null,
        applications: null,
        approvals: null,
      },
    ]);
    expect(payload.totals).toEqual({ events: 5, inquiries: 15, applications: null, approvals: null });
    // What the builder makes, the hub accepts.
    const rule = KIND_RULES.foster_day_results!;
    expect(rule.refuse!(rule.schema.parse(payload), 'AZ')).toBeNull();
    // Another country's campaign is not this country's to send.
    await expect(
      fosterDayPayload(t.deps, ctx, { year: 2026, day: '2026-06-30', campaignIds: [turkish] }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });

    const figures = await ambassadorsPayload(t.deps, ctx, { year: 2026 });
    expect(figures).toEqual({
      year: 2026,
      activeAmbassadors: null,
      events: 5,
      inquiries: 5,
      approvedFamilies: null,
      countedAt: '2026-11-25',
    });
  });
});
