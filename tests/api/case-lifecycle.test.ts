import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let worker: Session;
let supervisor: Session;
let admin: Session;
type Key = 'ganja' | 'baku' | 'ganjaVillage' | 'stc' | 'house1' | 'house2' | 'aysel' | 'murad' | 'baby';
const ids = {} as Record<Key, string>;

async function id(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ id: string }>(sql, params))[0]!.id;
}

const child = (givenName: string, birthDate: string, sex: 'female' | 'male' = 'female') => ({
  givenName,
  familyName: 'Məmmədova',
  patronymic: 'Rəşid qızı',
  sex,
  birthDate,
});

beforeAll(async () => {
  t = await createTestApp();
  ids.ganja = await id("select id from locations where code = 'ganja'");
  ids.baku = await id("select id from locations where code = 'baku'");
  ids.ganjaVillage = await id("select id from programmes where code = 'ganja-village'");
  ids.stc = await id("select id from programmes where code = 'ganja-short-term-care'");
  ids.house1 = await id('select id from family_houses where programme_id = $1 and house_number = 1', [
    ids.ganjaVillage,
  ]);
  ids.house2 = await id('select id from family_houses where programme_id = $1 and house_number = 2', [
    ids.ganjaVillage,
  ]);
  worker = await t.signIn('social_worker', { locationIds: [ids.ganja] });
  supervisor = await t.signIn('supervisor', { locationIds: [ids.ganja] });
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

async function referSiblings() {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-11-20',
    source: 'guardianship_body',
    reasons: ['parental_incapacity'],
    description: 'Mother hospitalised, no relatives able to care.',
    locationId: ids.ganja,
    programmeId: ids.ganjaVillage,
    children: [
      child('Aysel', '2016-04-02'),
      {
        ...child('Murad', '2018-09-15', 'male'),
        familyName: 'Məmmədov',
        patronymic: 'Rəşid oğlu',
        nationalIdType: 'az_fin',
        nationalId: '5zk8g2p',
      },
    ],
    family: [
      {
        givenName: 'Gülnarə',
        familyName: 'Məmmədova',
        relationship: 'mother',
        alive: 'yes',
        whereabouts: 'Ganja hospital',
        parentalRights: 'full',
      },
      {
        givenName: 'Rəşid',
        familyName: 'Məmmədov',
        relationship: 'father',
        alive: 'no',
        parentalRights: 'not_applicable',
      },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases as { id: string; caseNumber: string }[];
}

async function approvedGatekeeping(caseId: string) {
  const g = (
    await worker.request('POST', `/api/cases/${caseId}/gatekeeping`, {
      supportTried: 'Daily visits and food support for two weeks; no relative could take the children.',
      optionsConsidered: ['kinship', 'foster', 'sos_family'],
      participants: 'Worker, guardianship body, mother',
      childViews: 'Wants to stay with her brother.',
      parentsViews: 'Mother agrees while she is in hospital.',
      decision: 'sos_family',
      decisionReason: 'No kinship carer; siblings can stay together in one house.',
      authorityDecisionNumber: 'QHO-2026/114',
      authorityDecisionDate: '2026-11-22',
    })
  ).json();
  const sent = await worker.request('POST', `/api/gatekeeping/${g.id}/submit`, { version: g.version });
  const ok = await supervisor.request('POST', `/api/gatekeeping/${g.id}/review`, {
    version: sent.json().version,
    outcome: 'approve',
    comment: '',
  });
  expect(ok.json().status).toBe('approved');
}

const place = (s: Session, caseId: string, body: Record<string, unknown>) =>
  s.request('POST', `/api/cases/${caseId}/placements`, {
    settingType: 'sos_family',
    programmeId: ids.ganjaVillage,
    orderedBy: 'administrative',
    startDate: '2026-11-24',
    ...body,
  });

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
