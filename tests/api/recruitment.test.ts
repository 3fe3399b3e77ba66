import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let officer: Session;

const adult = {
  givenName: 'Elnur',
  familyName: 'Qasımov',
  birthDate: '1985-02-02',
  education: 'higher',
  regularIncome: true,
  citizenship: 'AZ',
  residence: 'AZ',
  applicant: true,
};

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn('foster_care_officer');
});
afterAll(() => t.close());

describe('recruitment and the funnel', () => {
  it('records campaigns, ambassadors, events and inquiries, and counts the funnel by source and month', async () => {
    const campaign = (
      await officer.request('POST', '/api/foster/campaigns', {
        country: 'AZ',
        name: 'Foster Family Day 2026',
        kind: 'foster_family_day',
        startsOn: '2026-05-31',
      })
    ).json().id;
    const ambassador = (
      await officer.request('POST', '/api/foster/ambassadors', {
        country: 'AZ',
        name: 'Səidə Rüstəmova',
        province: 'Gəncə',
        joinedOn: '2026-01-10',
      })
    ).json().id;
    const second = (
      await officer.request('POST', '/api/foster/ambassadors', {
        country: 'AZ',
        name: 'Kamal Abbasov',
        recruitedBy: ambassador,
        joinedOn: '2026-03-01',
      })
    ).json().id;
    expect(
      (
        await officer.request('POST', '/api/foster/events', {
          country: 'AZ',
          campaignId: campaign,
          ambassadorId: ambassador,
          kind: 'foster_family_day',
          heldOn: '2026-05-31',
          place: 'Gəncə',
          attendees: 120,
        })
      ).statusCode,
    ).toBe(201);
    const inquiry = (
      await officer.request('POST', '/api/foster/inquiries', {
        country: 'AZ',
        receivedOn: '2026-06-02',
        source: 'campaign',
        campaignId: campaign,
        contactName: 'Elnur Qasımov',
      })
    ).json().id;
    await officer.request('POST', '/api/foster/inquiries', {
      country: 'AZ',
      receivedOn: '2026-06-05',
      source: 'ambassador',
      ambassadorId: second,
      contactName: 'Nigar Ə.',
    });
    const dropped = (
      await officer.request('POST', '/api/foster/inquiries', {
        country: 'AZ',
        receivedOn: '2026-06-06',
        source: 'media',
        contactName: 'Rauf M.',
      })
    ).json().id;

    const applied = await t.app.inject({
      method: 'POST',
      url: '/api/public/foster-applications',
      payload: {
        country: 'AZ',
        twoParent: true,
        address: 'Gəncə, Nizami küç. 5',
        phone: '+994 22 000 00 00',
        adults: [adult],
        campaignId: campaign,
      },
    });
    expect(applied.statusCode).toBe(201);
    const lists = (await officer.request('GET', '/api/foster/recruitment')).json();
    const inq = lists.inquiries.find((i: { id: string }) => i.id === inquiry);
    const family = (await officer.request('GET', '/api/foster/families')).json().items[0].id;
    expect(
      (
        await officer.request('PUT', `/api/foster/inquiries/${inq.id}`, {
          version: inq.version,
          status: 'applied',
          familyId: family,
        })
      ).json().status,
    ).toBe('applied');
    const drop = lists.inquiries.find((i: { id: string }) => i.id === dropped);
    expect(
      (
        await officer.request('PUT', `/api/foster/inquiries/${drop.id}`, {
          version: drop.version,
          status: 'dropped',
        })
      ).json().error.details.rule,
    ).toBe('drop_reason_required');
    await officer.request('PUT', `/api/foster/inquiries/${drop.id}`, {
      version: drop.version,
      status: 'dropped',
      dropReasonCode: 'housing',
      dropReason: 'Housing too small',
    });

    expect(lists.ambassadors.find((a: { id: string }) => a.id === ambassador)).toMatchObject({
      events: 1,
      ambassadorsRecruited: 1,
    });
    const bySource = (
      await officer.request('GET', '/api/foster/funnel?by=source&from=2026-01-01&to=2026-12-31')
    ).json();
    const campaignRow = bySource.rows.find((r: { key: string }) => r.key === 'campaign');
    expect(campaignRow.counts).toMatchObject({ inquiries: 1, applications: 1 });
    expect(bySource.totals).toMatchObject({ inquiries: 3, applications: 1, approvals: 0 });
    expect(bySource.dropOuts).toEqual([{ stage: 'inquiry', reason: 'housing', count: 1 }]);
    const byMonth = (
      await officer.request('GET', '/api/foster/funnel?by=month&from=2026-01-01&to=2026-12-31')
    ).json();
    expect(byMonth.rows.find((r: { key: string }) => r.key === '2026-06').counts.inquiries).toBe(3);
    const byCampaign = (
      await officer.request('GET', '/api/foster/funnel?by=campaign&from=2026-01-01&to=2026-12-31')
    ).json();
    expect(
      byCampaign.rows.find((r: { label: string }) => r.label === 'Foster Family Day 2026').counts
        .applications,
    ).toBe(1);
  });
});
