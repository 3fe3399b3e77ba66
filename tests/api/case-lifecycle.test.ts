import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import {
  approvedGatekeeping,
  child,
  ids,
  openCaseLifecycle,
  place,
  referSiblings,
} from './support/case-lifecycle';

/**
 * A child's case from the referral through gatekeeping to the placement, and the placement rules
 * (siblings together, one at a time, a house's capacity). What follows the placement is in
 * case-lifecycle-in-care.test.ts.
 */
let t: TestApp;
let worker: Session;
let supervisor: Session;

beforeAll(async () => {
  ({ t, worker, supervisor } = await openCaseLifecycle());
});
afterAll(() => t.close());

describe('referral → gatekeeping → placement → care plan → review', () => {
  it('registers two siblings with their birth family, one case each, and shows them to the worker', async () => {
    const [a, m] = await referSiblings();
    ids.aysel = a!.id;
    ids.murad = m!.id;
    expect(a!.caseNumber).toMatch(/^YV-2026-\d{6}$/);
    const detail = (await worker.request('GET', `/api/cases/${ids.aysel}`)).json();
    expect(detail).toMatchObject({
      status: 'referred',
      child: { givenName: 'Aysel', patronymic: 'Rəşid qızı' },
    });
    expect(detail.siblings.map((s: { name: string }) => s.name)).toEqual(['Murad Məmmədov']);
    const family = (await worker.request('GET', `/api/cases/${ids.murad}/family`)).json().items;
    expect(family.map((f: { relationship: string }) => f.relationship).sort()).toEqual([
      'father',
      'mother',
      'sibling',
    ]);
    const murad = (await worker.request('GET', `/api/cases/${ids.murad}`)).json();
    expect(murad.child.nationalId).toBe('5ZK8G2P');
    const list = (await worker.request('GET', '/api/cases')).json();
    expect(list.total).toBe(2);
  });

  it('adds and updates a member of the birth family', async () => {
    const added = await worker.request('POST', `/api/cases/${ids.aysel}/family`, {
      givenName: 'Səadət',
      familyName: 'Hüseynova',
      relationship: 'grandparent',
      alive: 'yes',
      whereabouts: 'Şəmkir',
    });
    expect(added.statusCode, added.body).toBe(201);
    const changed = await worker.request('PUT', `/api/family-members/${added.json().id}`, {
      version: added.json().version,
      relationship: 'grandparent',
      alive: 'yes',
      whereabouts: 'Gəncə',
      parentalRights: 'not_applicable',
    });
    expect(changed.json()).toMatchObject({ whereabouts: 'Gəncə', person: { givenName: 'Səadət' } });
    const stale = await worker.request('PUT', `/api/family-members/${added.json().id}`, {
      version: added.json().version,
      relationship: 'other',
      alive: 'yes',
      parentalRights: 'not_applicable',
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses an invalid identity number, naming the field', async () => {
    const res = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-11-20',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ids.ganja,
      children: [{ ...child('Leyla', '2015-01-01'), nationalIdType: 'tr_kimlik', nationalId: '12345678951' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'body.children.0.nationalId', code: 'invalid_national_id' }),
    ]);
  });

  it('needs a complete gatekeeping decision, approved by a supervisor who did not send it', async () => {
    const g = (
      await worker.request('POST', `/api/cases/${ids.aysel}/gatekeeping`, { supportTried: '' })
    ).json();
    const incomplete = await worker.request('POST', `/api/gatekeeping/${g.id}/submit`, {
      version: g.version,
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.details.rule).toBe('gatekeeping_incomplete');
    const filled = await worker.request('PUT', `/api/gatekeeping/${g.id}`, {
      version: g.version,
      supportTried: 'Home visits',
      childViews: 'Wants to stay with Murad',
      decision: 'sos_family',
      decisionReason: 'No kin',
    });
    const sent = await worker.request('POST', `/api/gatekeeping/${g.id}/submit`, {
      version: filled.json().version,
    });
    expect(sent.json().status).toBe('submitted');
    expect(
      (
        await worker.request('POST', `/api/gatekeeping/${g.id}/review`, {
          version: sent.json().version,
          outcome: 'approve',
        })
      ).statusCode,
    ).toBe(403);
    const returned = await supervisor.request('POST', `/api/gatekeeping/${g.id}/review`, {
      version: sent.json().version,
      outcome: 'return',
      comment: 'Add the decision number.',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Add the decision number.' });
    const again = await worker.request('PUT', `/api/gatekeeping/${g.id}`, {
      ...(filled.json() as object),
      version: returned.json().version,
      authorityDecisionNumber: 'QHO-2026/114',
    });
    const resent = await worker.request('POST', `/api/gatekeeping/${g.id}/submit`, {
      version: again.json().version,
    });
    const approved = await supervisor.request('POST', `/api/gatekeeping/${g.id}/review`, {
      version: resent.json().version,
      outcome: 'approve',
      comment: '',
    });
    expect(approved.json()).toMatchObject({ status: 'approved', authorityDecisionNumber: 'QHO-2026/114' });
    await approvedGatekeeping(ids.murad);
  });

  it('places siblings together, and asks for a reason to place them apart', async () => {
    const first = await place(worker, ids.aysel, { houseId: ids.house1 });
    expect(first.statusCode, first.body).toBe(201);
    const apart = await place(worker, ids.murad, { houseId: ids.house2 });
    expect(apart.statusCode).toBe(422);
    expect(apart.json().error.details.rule).toBe('siblings_apart');
    expect(apart.json().error.message).toContain('Aysel Məmmədova');
    const together = await place(worker, ids.murad, { houseId: ids.house1 });
    expect(together.statusCode).toBe(201);
    const detail = (await worker.request('GET', `/api/cases/${ids.murad}`)).json();
    expect(detail.status).toBe('in_care');
    expect(detail.currentPlacement).toMatchObject({ houseNumber: 1, settingType: 'sos_family' });
    expect(detail.siblings[0]).toMatchObject({
      settingType: 'sos_family',
      houseNumber: 1,
      programmeName: { en: "SOS Children's Village, Ganja" },
    });
  });

  it('allows one active placement at a time', async () => {
    const again = await place(worker, ids.aysel, { houseId: ids.house1 });
    expect(again.json().error.details.rule).toBe('one_active_placement');
  });

  it('keeps a house within capacity unless an override reason is recorded', async () => {
    const capacity = (
      await t.db.query<{ capacity: number }>('select capacity from family_houses where id = $1', [ids.house2])
    )[0]!.capacity;
    const cases: string[] = [];
    for (let i = 0; i <= capacity; i++) {
      const res = await worker.request('POST', '/api/referrals', {
        receivedOn: '2026-11-20',
        source: 'police',
        reasons: ['abandonment'],
        locationId: ids.ganja,
        programmeId: ids.ganjaVillage,
        children: [{ ...child(`Child${i}`, '2012-01-01'), familyName: `Family${i}` }],
      });
      cases.push(res.json().cases[0].id);
    }
    for (const caseId of cases.slice(0, capacity))
      expect((await place(worker, caseId, { houseId: ids.house2 })).statusCode).toBe(201);
    const over = await place(worker, cases[capacity]!, { houseId: ids.house2 });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.details.rule).toBe('house_full');
    const withReason = await place(worker, cases[capacity]!, {
      houseId: ids.house2,
      capacityOverrideReason: 'Emergency at night; moves to house 3 when a place frees.',
    });
    expect(withReason.statusCode).toBe(201);
    expect(withReason.json().capacityOverrideReason).toContain('Emergency');
  });
});
