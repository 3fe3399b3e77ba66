import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fosterAdult, fosterApplication } from '../support/foster-application';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let officer: Session;

const adult = fosterAdult;
const application = fosterApplication;
const apply = (body: unknown, ip = '198.51.100.7', lang = 'tr') =>
  t.app.inject({
    method: 'POST',
    url: '/api/public/foster-applications',
    payload: body as object,
    remoteAddress: ip,
    headers: { 'accept-language': lang },
  });

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn('foster_care_officer');
});
afterAll(() => t.close());

describe('public application form', () => {
  it('checks eligibility as the family types, in their language, storing nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/foster-eligibility',
      headers: { 'accept-language': 'tr' },
      payload: { country: 'TR', adults: [adult({ birthDate: '2004-01-01', education: 'none' })] },
    });
    expect(res.json().breaches.map((b: { rule: string }) => b.rule)).toEqual(['too_young', 'education']);
    expect(res.json().breaches[0].message).toBe('Ayşe Yılmaz: başvuru sahipleri en az 25 yaşında olmalı.');
  });

  it('takes an application without sign-in and gives a private link that shows only this application', async () => {
    const res = await apply(application());
    expect(res.statusCode, res.body).toBe(201);
    const { reference, statusPath, breaches } = res.json();
    expect(reference).toMatch(/^FF-TR-\d{4}-\d{5}$/);
    expect(breaches).toEqual([]);
    const token = statusPath.split('/').at(-1);
    const status = await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` });
    expect(status.json()).toMatchObject({ reference, status: 'applying' });
    // Turkey: criminal record and health report per adult, CV per adult, 5 references, 5 interviews, training.
    const codes = status.json().requirements.map((r: { code: string }) => r.code);
    expect(codes.filter((c: string) => c === 'home_study_interview')).toHaveLength(5);
    expect(codes.filter((c: string) => c === 'criminal_record')).toHaveLength(2);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/public/foster-applications/not-a-real-token-at-all-000',
        })
      ).statusCode,
    ).toBe(404);
    // Only a hash of the link is stored.
    const stored = await t.db.query<{ h: string }>(
      'select access_token_hash as h from foster_families where reference = $1',
      [reference],
    );
    expect(stored[0]!.h).not.toContain(token);
  });

  it('refuses robots (the hidden field), script in fields stays text, and flooding from one address is stopped', async () => {
    expect((await apply(application({ website: 'http://spam' }), '198.51.100.8')).statusCode).toBe(400);
    const xss = await apply(application({ motivation: '<script>alert(1)</script>' }), '198.51.100.8');
    expect(xss.statusCode).toBe(201);
    const families = (await officer.request('GET', '/api/foster/families')).json();
    const id = families.items[0].id;
    expect((await officer.request('GET', `/api/foster/families/${id}`)).json().motivation).toBe(
      '<script>alert(1)</script>',
    );
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await apply(application(), '198.51.100.9')).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    const flooded = await apply(application(), '198.51.100.9', 'en');
    expect(flooded.json().error.message).toBe(
      'Too many applications have been sent from this connection. Please try again in 60 minutes.',
    );
  });
});

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

describe('matching, placement, monitoring and allowances', () => {
  it('ranks approved families for a child, places the child, schedules visits and keeps the allowance ledger', async () => {
    const ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const refer = async (givenName: string, birthDate: string) =>
      (
        await worker.request('POST', '/api/referrals', {
          receivedOn: '2026-11-01',
          source: 'guardianship_body',
          reasons: ['parent_death'],
          locationId: ganja,
          children: [{ givenName, familyName: 'Nəsirova', sex: 'female', birthDate, languages: ['az'] }],
        })
      ).json().cases[0].id as string;
    const small = await refer('Nərgiz', '2022-06-01');
    const older = await refer('Günay', '2014-06-01');

    const matches = (await officer.request('GET', `/api/cases/${small}/foster-matches`)).json();
    const family = matches.matches.find((m: { exclusions: unknown[] }) => m.exclusions.length === 0);
    expect(family).toBeDefined();
    expect(family.reasons.map((r: { factor: string }) => r.factor)).toContain('age_fit');
    const forOlder = (await officer.request('GET', `/api/cases/${older}/foster-matches`)).json();
    expect(
      forOlder.matches.find((m: { familyId: string }) => m.familyId === family.familyId).exclusions[0].rule,
    ).toBe('match_age');

    const placed = await officer.request('POST', `/api/cases/${small}/foster-placements`, {
      fosterFamilyId: family.familyId,
      startDate: '2026-11-02',
      orderedBy: 'administrative',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({
      settingType: 'foster',
      fosterFamilyId: family.familyId,
      adjustmentUntil: '2026-12-02',
    });
    const history = (await worker.request('GET', `/api/cases/${small}/placements`)).json().items;
    expect(history[0].fosterFamilyId).toBe(family.familyId);
    const refused = await officer.request('POST', `/api/cases/${older}/foster-placements`, {
      fosterFamilyId: family.familyId,
      startDate: '2026-11-02',
      orderedBy: 'administrative',
    });
    expect(refused.json().error.details.rule).toBe('foster_match_excluded');

    const visits = (await officer.request('GET', `/api/foster/families/${family.familyId}/visits`)).json()
      .items;
    expect(visits.slice(0, 8).map((v: { dueOn: string }) => v.dueOn)).toEqual([
      '2026-12-02',
      '2027-01-02',
      '2027-02-02',
      '2027-03-02',
      '2027-04-02',
      '2027-05-02',
      '2027-08-02',
      '2027-11-02',
    ]);
    expect(
      (await officer.request('GET', '/api/foster/visits/due'))
        .json()
        .items.some((v: { id: string }) => v.id === visits[0].id),
    ).toBe(true);
    const noReport = await officer.request('POST', `/api/foster/visits/${visits[0].id}`, {
      version: visits[0].version,
      status: 'held',
      heldOn: '2026-11-24',
    });
    expect(noReport.json().error.details.rule).toBe('visit_report_required');
    const held = await officer.request('POST', `/api/foster/visits/${visits[0].id}`, {
      version: visits[0].version,
      status: 'held',
      heldOn: '2026-11-24',
      report: 'Settling in well; sleeps and eats well.',
      childWellbeing: 4,
    });
    expect(held.json()).toMatchObject({ status: 'held', childWellbeing: 4 });

    const ledger = (
      await officer.request(
        'GET',
        `/api/foster/placements/${placed.json().id}/allowances?from=2026-11&to=2027-01`,
      )
    ).json();
    expect(
      ledger.months.map(
        (m: { month: string; lines: { kind: string }[] }) =>
          `${m.month}:${m.lines.map((l) => l.kind).join('+')}`,
      ),
    ).toEqual(['2026-11:monthly', '2026-12:monthly', '2027-01:monthly+clothing']);
    const paid = await officer.request('POST', `/api/foster/placements/${placed.json().id}/payments`, {
      month: '2026-11',
      kind: 'monthly',
      amount: 300,
      paidOn: '2026-11-20',
    });
    expect(paid.statusCode).toBe(201);
    expect(
      (
        await officer.request('POST', `/api/foster/placements/${placed.json().id}/payments`, {
          month: '2026-11',
          kind: 'school',
          amount: 10,
          paidOn: '2026-11-20',
        })
      ).json().error.details.rule,
    ).toBe('payment_not_owed');
    const after = (
      await officer.request(
        'GET',
        `/api/foster/placements/${placed.json().id}/allowances?from=2026-11&to=2026-11`,
      )
    ).json();
    expect(after.months[0].lines[0]).toMatchObject({ kind: 'monthly', amount: 300, paid: 300 });
    const familyNow = (await officer.request('GET', `/api/foster/families/${family.familyId}`)).json();
    expect(familyNow.status).toBe('active');
  });

  it('an officer moves a child from short-term care to a family near home, ending the old placement', async () => {
    const ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
    const stc = (
      await t.db.query<{ id: string }>("select id from programmes where code = 'ganja-short-term-care'")
    )[0]!.id;
    const created = (
      await apply(
        application({
          country: 'AZ',
          twoParent: false,
          adults: [
            adult({ citizenship: 'AZ', residence: 'AZ', givenName: 'Səbinə', familyName: 'Quliyeva' }),
          ],
          children: [],
        }),
        '198.51.100.40',
        'az',
      )
    ).json();
    const familyId = (
      await t.db.query<{ id: string }>('select id from foster_families where reference = $1', [
        created.reference,
      ])
    )[0]!.id;
    let detail = (await officer.request('GET', `/api/foster/families/${familyId}`)).json();
    for (const r of detail.requirements)
      await officer.request('PUT', `/api/foster/requirements/${r.id}`, {
        version: r.version,
        status: 'complete',
      });
    detail = (await officer.request('GET', `/api/foster/families/${familyId}`)).json();
    detail = (
      await officer.request('PUT', `/api/foster/families/${familyId}/location`, {
        version: detail.version,
        locationId: ganja,
      })
    ).json();
    detail = (
      await officer.request('POST', `/api/foster/families/${familyId}/status`, {
        version: detail.version,
        status: 'ready_for_review',
      })
    ).json();
    const approved = await officer.request('POST', `/api/foster/families/${familyId}/decision`, {
      version: detail.version,
      outcome: 'approved',
      reason: 'Ready.',
      ageMin: 5,
      ageMax: 12,
      childrenMax: 1,
      contractNumber: 'SXA-2026/31',
      certificateNumber: 'HA-000131',
    });
    expect(approved.statusCode, approved.body).toBe(200);

    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    const caseId = (
      await worker.request('POST', '/api/referrals', {
        receivedOn: '2026-10-01',
        source: 'guardianship_body',
        reasons: ['parent_death'],
        locationId: ganja,
        children: [
          {
            givenName: 'Rəvan',
            familyName: 'Həsənov',
            sex: 'male',
            birthDate: '2018-03-01',
            languages: ['az'],
          },
        ],
      })
    ).json().cases[0].id as string;
    const shortTerm = (
      await worker.request('POST', `/api/cases/${caseId}/placements`, {
        settingType: 'short_term',
        programmeId: stc,
        orderedBy: 'voluntary',
        startDate: '2026-10-02',
      })
    ).json();

    const ranked = (await officer.request('GET', `/api/cases/${caseId}/foster-matches`)).json();
    const near = ranked.matches.find((m: { familyId: string }) => m.familyId === familyId);
    expect(near.reasons.map((r: { factor: string }) => r.factor)).toContain('near_home');
    const body = { fosterFamilyId: familyId, startDate: '2026-11-20', orderedBy: 'administrative' };
    const blocked = await officer.request('POST', `/api/cases/${caseId}/foster-placements`, body);
    expect(blocked.json().error.details.rule).toBe('one_active_placement');
    const stale = await officer.request('POST', `/api/cases/${caseId}/foster-placements`, {
      ...body,
      endCurrentPlacement: { placementId: shortTerm.id, version: shortTerm.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    const moved = await officer.request('POST', `/api/cases/${caseId}/foster-placements`, {
      ...body,
      endCurrentPlacement: { placementId: shortTerm.id, version: shortTerm.version },
    });
    expect(moved.statusCode, moved.body).toBe(201);
    const history = (await worker.request('GET', `/api/cases/${caseId}/placements`)).json().items;
    const old = history.find((p: { id: string }) => p.id === shortTerm.id);
    expect(old).toMatchObject({ endDate: '2026-11-20', endReason: 'planned_move' });
    expect(history.filter((p: { endDate: string | null }) => !p.endDate)).toHaveLength(1);
  });
});
