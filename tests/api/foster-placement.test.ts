import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { adult, application, apply, approvedAzerbaijaniFamily, openFoster } from './support/foster';

/** Foster care: an approved family matched to a child, the placement, its visits and allowances. */
let t: TestApp;
let officer: Session;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
  await approvedAzerbaijaniFamily(officer);
});
afterAll(() => t.close());

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
