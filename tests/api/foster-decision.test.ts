import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { adult, application, apply, openFoster } from './support/foster';

/** Foster care: assessment of an application, the decision and the country rule sets. */
let t: TestApp;
let officer: Session;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
});
afterAll(() => t.close());

describe('assessment and decision', () => {
  it('approves only when every requirement is complete or waived, then records the approval terms', async () => {
    const created = (await apply(application(), '198.51.100.20')).json();
    const list = (await officer.request('GET', '/api/foster/families?status=applying')).json();
    const family = list.items.find((f: { reference: string }) => f.reference === created.reference);
    let detail = (await officer.request('GET', `/api/foster/families/${family.id}`)).json();
    const moved = await officer.request('POST', `/api/foster/families/${family.id}/status`, {
      version: detail.version,
      status: 'home_study',
    });
    expect(moved.json().status).toBe('home_study');
    const early = await officer.request('POST', `/api/foster/families/${family.id}/decision`, {
      version: moved.json().version,
      outcome: 'approved',
      reason: 'Good home',
      ageMin: 3,
      ageMax: 10,
      childrenMax: 2,
    });
    expect(early.json().error.details.rule).toBe('requirements_incomplete');

    detail = moved.json();
    const [first, ...rest] = detail.requirements;
    const waiveNoReason = await officer.request('PUT', `/api/foster/requirements/${first.id}`, {
      version: first.version,
      status: 'waived',
    });
    expect(waiveNoReason.json().error.details.rule).toBe('waiver_reason');
    const waived = await officer.request('PUT', `/api/foster/requirements/${first.id}`, {
      version: first.version,
      status: 'waived',
      waivedReason: 'Record received from the embassy instead.',
    });
    expect(waived.json()).toMatchObject({ status: 'waived' });
    for (const r of rest) {
      const done = await officer.request('PUT', `/api/foster/requirements/${r.id}`, {
        version: r.version,
        status: 'complete',
        completedOn: '2026-11-20',
      });
      expect(done.statusCode).toBe(200);
    }
    const criminal = (await officer.request('GET', `/api/foster/families/${family.id}`))
      .json()
      .requirements.find(
        (r: { code: string; status: string }) => r.code === 'criminal_record' && r.status === 'complete',
      );
    expect(criminal.expiresOn).toBe('2027-05-20');
    const report = await officer.request('POST', `/api/foster/families/${family.id}/home-studies`, {
      visitedOn: '2026-11-21',
      findings: 'Warm, spacious home; the whole family takes part.',
      recommendation: 'approve',
    });
    expect(report.statusCode).toBe(201);

    detail = (await officer.request('GET', `/api/foster/families/${family.id}`)).json();
    const notYet = await officer.request('POST', `/api/foster/families/${family.id}/decision`, {
      version: detail.version,
      outcome: 'approved',
      reason: 'All requirements met.',
      ageMin: 3,
      ageMax: 10,
      childrenMax: 2,
    });
    expect(notYet.json().error.details.rule).toBe('not_ready_for_review');
    detail = (
      await officer.request('POST', `/api/foster/families/${family.id}/status`, {
        version: detail.version,
        status: 'ready_for_review',
      })
    ).json();
    const approved = await officer.request('POST', `/api/foster/families/${family.id}/decision`, {
      version: detail.version,
      outcome: 'approved',
      reason: 'All requirements met.',
      ageMin: 3,
      ageMax: 10,
      childrenMax: 2,
      needs: ['siblings'],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      approvedAgeMin: 3,
      approvedAgeMax: 10,
      approvedChildrenMax: 2,
      approvalExpiresOn: '2029-11-25',
    });
    const token = created.statusPath.split('/').at(-1);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` })).json().status,
    ).toBe('approved');
  });

  it('in Azerbaijan an approval needs the contract and certificate numbers', async () => {
    const az = application({
      country: 'AZ',
      adults: [adult({ citizenship: 'AZ', residence: 'AZ', givenName: 'Leyla', familyName: 'Əliyeva' })],
      children: [],
    });
    const created = (await apply(az, '198.51.100.30', 'az')).json();
    const family = (await officer.request('GET', '/api/foster/families?country=AZ'))
      .json()
      .items.find((f: { reference: string }) => f.reference === created.reference);
    let detail = (await officer.request('GET', `/api/foster/families/${family.id}`)).json();
    for (const r of detail.requirements)
      await officer.request('PUT', `/api/foster/requirements/${r.id}`, {
        version: r.version,
        status: 'complete',
      });
    detail = (await officer.request('GET', `/api/foster/families/${family.id}`)).json();
    detail = (
      await officer.request('POST', `/api/foster/families/${family.id}/status`, {
        version: detail.version,
        status: 'ready_for_review',
      })
    ).json();
    const body = {
      version: detail.version,
      outcome: 'approved',
      reason: 'Ready.',
      ageMin: 0,
      ageMax: 6,
      childrenMax: 1,
    };
    expect(
      (await officer.request('POST', `/api/foster/families/${family.id}/decision`, body)).json().error.details
        .rule,
    ).toBe('contract_required');
    const ok = await officer.request('POST', `/api/foster/families/${family.id}/decision`, {
      ...body,
      contractNumber: 'SXA-2026/17',
      certificateNumber: 'HA-000123',
    });
    expect(ok.json()).toMatchObject({
      status: 'approved',
      contractNumber: 'SXA-2026/17',
      approvalExpiresOn: '2028-11-25',
    });
  });

  it('an administrator adds a country rule set; others may not', async () => {
    const admin = await t.signIn('admin');
    const sets = (await admin.request('GET', '/api/foster/rule-sets')).json().items;
    const tr = sets.find((s: { country: string }) => s.country === 'TR');
    const ge = { country: 'GE', effectiveFrom: '2026-01-01', rules: { ...tr.rules, observanceDays: [] } };
    expect((await officer.request('POST', '/api/foster/rule-sets', ge)).statusCode).toBe(403);
    expect((await admin.request('POST', '/api/foster/rule-sets', ge)).statusCode).toBe(201);
    expect((await admin.request('POST', '/api/foster/rule-sets', ge)).statusCode).toBe(409);
  });
});
