import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { child, ids, openCaseLifecycle, place, siblingsPlacedTogether } from './support/case-lifecycle';

/**
 * A case in care: an emergency placement of a baby, the care plan and its review, corrections,
 * re-entry, the scope and the access log, closing and reopening. Starts from the siblings placed
 * together as case-lifecycle.test.ts leaves them.
 */
let t: TestApp;
let worker: Session;
let supervisor: Session;
let admin: Session;

beforeAll(async () => {
  ({ t, worker, supervisor, admin } = await openCaseLifecycle());
  await siblingsPlacedTogether();
});
afterAll(() => t.close());

describe('referral → gatekeeping → placement → care plan → review', () => {
  it('needs a justification for a baby outside a family setting, and an emergency creates an assessment task', async () => {
    const baby = (
      await worker.request('POST', '/api/referrals', {
        receivedOn: '2026-11-23',
        source: 'hospital',
        reasons: ['abandonment'],
        locationId: ids.ganja,
        programmeId: ids.stc,
        children: [{ ...child('Nuray', '2025-10-01'), familyName: 'Naməlum' }],
      })
    ).json().cases[0].id;
    ids.baby = baby;
    const stc = { settingType: 'short_term', programmeId: ids.stc, emergency: true, startDate: '2026-11-23' };
    expect((await place(worker, baby, stc)).json().error.details.rule).toBe('under_three');
    const placed = await place(worker, baby, {
      ...stc,
      underThreeReason: 'Found at night; no foster family available until Monday.',
    });
    expect(placed.statusCode).toBe(201);
    const work = (await worker.request('GET', '/api/my-work')).json();
    const task = work.due.items.find(
      (d: { kind: string; caseId: string }) => d.kind === 'task' && d.caseId === baby,
    );
    expect(task).toMatchObject({ title: 'emergency_assessment', dueOn: '2026-11-30' });
  });

  it('approves a care plan, and the review falls due three months after placement', async () => {
    const draft = (
      await worker.request('POST', `/api/cases/${ids.aysel}/care-plans`, {
        domains: { health: 'Vaccinations up to date' },
      })
    ).json();
    expect(draft).toMatchObject({ planVersion: 1, status: 'draft' });
    const incomplete = await worker.request('POST', `/api/care-plans/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(incomplete.json().error.details.rule).toBe('care_plan_incomplete');
    const filled = await worker.request('PUT', `/api/care-plans/${draft.id}`, {
      version: draft.version,
      permanencyGoal: 'reunification',
      domains: { health: 'Vaccinations up to date', education: 'Stays in School No. 5' },
      goals: [
        {
          domain: 'family_social',
          description: 'Weekly visit to mother in hospital',
          responsible: 'Worker',
          dueOn: '2027-01-31',
        },
      ],
      contactPlan: 'Weekly supervised visit',
      childViews: 'Wants to see her mother every week.',
    });
    const sent = await worker.request('POST', `/api/care-plans/${draft.id}/submit`, {
      version: filled.json().version,
    });
    const approved = await supervisor.request('POST', `/api/care-plans/${draft.id}/review`, {
      version: sent.json().version,
      outcome: 'approve',
      comment: 'Good.',
    });
    expect(approved.json()).toMatchObject({
      status: 'active',
      goals: [expect.objectContaining({ description: 'Weekly visit to mother in hospital' })],
    });

    const before = (await worker.request('GET', '/api/my-work')).json();
    expect(
      before.due.items.some(
        (d: { kind: string; caseId: string }) => d.kind === 'review' && d.caseId === ids.aysel,
      ),
    ).toBe(false);
    t.clock.advance(92 * 86_400_000);
    for (const s of [worker, supervisor, admin]) await s.renew();
    const after = (await worker.request('GET', '/api/my-work')).json();
    const review = after.due.items.find(
      (d: { kind: string; caseId: string }) => d.kind === 'review' && d.caseId === ids.aysel,
    );
    expect(review).toMatchObject({ dueOn: '2027-02-24', overdue: true });
    expect(after.due.items[0].overdue).toBe(true);
    const overdue = (await worker.request('GET', '/api/cases?overdue=true')).json();
    expect(overdue.items.map((c: { id: string }) => c.id)).toContain(ids.aysel);

    const recorded = await worker.request('POST', `/api/cases/${ids.aysel}/reviews`, {
      heldOn: '2027-02-25',
      kind: 'periodic',
      participants: 'Aysel, SOS mother, worker',
      childHeard: 'Talked alone with Aysel first',
      necessityHolds: true,
      suitabilityHolds: true,
      decisions: 'Continue',
      q4cStandards: [8, 6, 6],
    });
    expect(recorded.json()).toMatchObject({ q4cStandards: [6, 8] });
    const later = (await worker.request('GET', `/api/cases/${ids.aysel}`)).json();
    expect(later.due.find((d: { kind: string }) => d.kind === 'review')).toBeUndefined();
  });

  it('never rewrites placement history: a correction points at what it corrects', async () => {
    const [current] = (await worker.request('GET', `/api/cases/${ids.murad}/placements`)).json().items;
    const fixed = await worker.request('POST', `/api/placements/${current.id}/correction`, {
      version: current.version,
      settingType: 'sos_family',
      programmeId: ids.ganjaVillage,
      houseId: ids.house1,
      orderedBy: 'court',
      startDate: '2026-11-24',
      correctionReason: 'The order came from the court, not the administration.',
    });
    expect(fixed.statusCode, fixed.body).toBe(201);
    const history = (await worker.request('GET', `/api/cases/${ids.murad}/placements`)).json().items;
    expect(history).toHaveLength(2);
    expect(history.find((p: { id: string }) => p.id === current.id)).toMatchObject({
      superseded: true,
      orderedBy: 'administrative',
    });
    expect(history.find((p: { correctsId: string }) => p.correctsId === current.id)).toMatchObject({
      superseded: false,
      orderedBy: 'court',
    });
  });

  it('flags a return to care within 12 months of reunification as a re-entry', async () => {
    const [current] = (await worker.request('GET', `/api/cases/${ids.baby}/placements`)).json().items;
    const ended = await worker.request('POST', `/api/placements/${current.id}/end`, {
      version: current.version,
      endDate: '2026-12-10',
      endReason: 'reunification',
    });
    expect(ended.json()).toMatchObject({ endReasonGroup: 'permanency', status: 'ended' });
    expect((await worker.request('GET', `/api/cases/${ids.baby}`)).json().status).toBe('after_care');
    const back = await place(worker, ids.baby, {
      settingType: 'foster',
      programmeId: null,
      placeDescription: 'Foster family Əliyev',
      startDate: '2027-02-01',
    });
    expect(back.statusCode, back.body).toBe(201);
    expect((await worker.request('GET', `/api/cases/${ids.baby}`)).json()).toMatchObject({
      reEntry: true,
      status: 'in_care',
    });
  });
});

describe('scope, concurrency and the access log', () => {
  it('a case outside the scope answers like one that does not exist; analysts see no case', async () => {
    const bakuWorker = await t.signIn('social_worker', { locationIds: [ids.baku] });
    const outside = await bakuWorker.request('GET', `/api/cases/${ids.aysel}`);
    const missing = await bakuWorker.request('GET', '/api/cases/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    expect([outside.statusCode, outside.json()]).toEqual([missing.statusCode, missing.json()]);
    expect((await bakuWorker.request('GET', '/api/cases')).json().total).toBe(0);
    const analyst = await t.signIn('analyst');
    expect((await analyst.request('GET', '/api/cases')).statusCode).toBe(403);
  });

  it('two edits of the child from the same version: the second gets a 409', async () => {
    const detail = (await worker.request('GET', `/api/cases/${ids.aysel}`)).json();
    const v = detail.child.version;
    expect(
      (
        await worker.request('PATCH', `/api/cases/${ids.aysel}/child`, {
          version: v,
          languages: ['az', 'ru'],
        })
      ).statusCode,
    ).toBe(200);
    const second = await supervisor.request('PATCH', `/api/cases/${ids.aysel}/child?lang=en`, {
      version: v,
      disability: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain(worker.username);
    expect(second.json().error.details.changedFields).toEqual(['languages']);
  });

  it('the administrator sees who viewed the child and when; the timeline shows what happened', async () => {
    const log = (await admin.request('GET', `/api/cases/${ids.aysel}/access-log`)).json().items;
    expect(log.length).toBeGreaterThan(1);
    expect(log.some((e: { actorName: string }) => e.actorName === 'Test social_worker')).toBe(true);
    // Reading a part of the record (here the placements) is logged too, and says which part.
    const muradLog = (await admin.request('GET', `/api/cases/${ids.murad}/access-log`)).json().items;
    expect(new Set(muradLog.map((e: { part: string }) => e.part))).toEqual(
      new Set(['case', 'family', 'placements']),
    );
    expect((await worker.request('GET', `/api/cases/${ids.aysel}/access-log`)).statusCode).toBe(403);
    const timeline = (await worker.request('GET', `/api/cases/${ids.aysel}/timeline`)).json().items;
    const actions = timeline.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'case.referred',
        'gatekeeping.approved',
        'placement.started',
        'care_plan.approved',
        'review.recorded',
      ]),
    );
    expect(actions).not.toContain('case.viewed');
  });

  it('closes a case only after its placement ends, and reopens it', async () => {
    const detail = (await worker.request('GET', `/api/cases/${ids.aysel}`)).json();
    const refused = await worker.request('POST', `/api/cases/${ids.aysel}/close`, {
      version: detail.version,
      reason: 'reunified',
      closedOn: '2027-02-25',
    });
    expect(refused.json().error.details.rule).toBe('close_with_active_placement');
    const p = detail.currentPlacement;
    await worker.request('POST', `/api/placements/${p.id}/end`, {
      version: p.version,
      endDate: '2027-02-25',
      endReason: 'reunification',
    });
    const fresh = (await worker.request('GET', `/api/cases/${ids.aysel}`)).json();
    const closed = await worker.request('POST', `/api/cases/${ids.aysel}/close`, {
      version: fresh.version,
      reason: 'reunified',
      closedOn: '2027-02-25',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const edit = await worker.request('POST', `/api/cases/${ids.aysel}/reviews`, {
      heldOn: '2027-02-25',
      kind: 'ad_hoc',
      participants: 'x',
      childHeard: 'y',
      necessityHolds: true,
      suitabilityHolds: true,
    });
    expect(edit.json().error.details.rule).toBe('case_closed');
    const reopened = await worker.request('POST', `/api/cases/${ids.aysel}/reopen`, {
      version: closed.json().version,
    });
    expect(reopened.statusCode).toBe(200);
  });
});
