import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { child, ids, openCaseLifecycle, place } from './support/case-lifecycle';

/**
 * Siblings as a group: one gatekeeping decision recorded on each sibling's case (each child's own
 * views kept), and one step that places them together — every sibling case checked against the
 * worker's scope, each audited, and nothing written when any one of them is refused.
 */
let t: TestApp;
let worker: Session;
let supervisor: Session;

/** Three children referred together in Ganja; the last one's case is then moved to Baku, out of the worker's scope. */
async function referThree(names: [string, string, string]) {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-11-20',
    source: 'police',
    reasons: ['abandonment'],
    locationId: ids.ganja,
    programmeId: ids.ganjaVillage,
    children: names.map((n, i) => ({ ...child(n, `201${i + 2}-03-0${i + 1}`), familyName: 'Quliyeva' })),
  });
  expect(res.statusCode, res.body).toBe(201);
  const [a, b, far] = (res.json().cases as { id: string }[]).map((c) => c.id);
  await t.db.query('update cases set location_id = $1, assigned_worker_id = null where id = $2', [
    ids.baku,
    far,
  ]);
  return [a!, b!, far!] as const;
}

const audited = async (action: string, caseIds: readonly string[]) =>
  (
    await t.db.query<{ caseId: string; changes: { siblingGroup?: string[]; together?: string[] } | null }>(
      `select case_id as "caseId", changes from audit_events where action = $1 and case_id = any($2::uuid[])
        order by id`,
      [action, caseIds],
    )
  ).map((r) => ({ caseId: r.caseId, group: r.changes?.siblingGroup ?? r.changes?.together ?? null }));

const assessmentsOf = async (caseIds: readonly string[]) =>
  t.db.query<{ caseId: string; status: string; childViews: string; version: number }>(
    `select case_id as "caseId", status, child_views as "childViews", version from gatekeeping_assessments
      where case_id = any($1::uuid[]) order by case_id`,
    [caseIds],
  );

const ASSESSMENT = {
  supportTried: 'Daily visits and food support for two weeks; no relative could take the children.',
  optionsConsidered: ['kinship', 'sos_family'],
  participants: 'Worker, guardianship body',
  parentsViews: 'Mother agrees while she is in hospital.',
  decision: 'sos_family',
  decisionReason: 'No kinship carer; the siblings can stay together in one house.',
};

let aysel: string;
let murad: string;
let farLeyla: string;

beforeAll(async () => {
  ({ t, worker, supervisor } = await openCaseLifecycle());
  [aysel, murad, farLeyla] = await referThree(['Aysel', 'Murad', 'Leyla']);
});
afterAll(() => t.close());

describe('one gatekeeping decision for the sibling group', () => {
  it('lists the siblings awaiting the same decision that the worker may open, and logs the read', async () => {
    const res = await worker.request('GET', `/api/cases/${aysel}/gatekeeping/siblings`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ caseId: murad, name: 'Murad Quliyeva', gatekeeping: null }),
    ]);
    expect(await audited('case.viewed', [murad])).toHaveLength(1);
  });

  it('refuses a sibling out of the worker’s scope and writes nothing for any child', async () => {
    const res = await worker.request('POST', `/api/cases/${aysel}/gatekeeping/group`, {
      assessment: ASSESSMENT,
      children: [
        { caseId: aysel, childViews: 'Wants to stay with Murad.', read: null },
        { caseId: murad, childViews: 'Wants his sisters.', read: null },
        { caseId: farLeyla, childViews: 'Not asked.', read: null },
      ],
    });
    expect(res.statusCode).toBe(404);
    expect(await assessmentsOf([aysel, murad, farLeyla])).toEqual([]);
    expect(await audited('gatekeeping.started', [aysel, murad, farLeyla])).toEqual([]);
  });

  it('refuses a case that is not a brother’s or sister’s', async () => {
    const other = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-11-20',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ids.ganja,
      children: [{ ...child('Səbinə', '2014-05-05'), familyName: 'Rzayeva' }],
    });
    const stranger = other.json().cases[0].id;
    const res = await worker.request('POST', `/api/cases/${aysel}/gatekeeping/group`, {
      assessment: ASSESSMENT,
      children: [
        { caseId: aysel, childViews: 'Wants to stay with Murad.', read: null },
        { caseId: stranger, childViews: '', read: null },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('not_a_sibling');
    expect(await assessmentsOf([aysel, stranger])).toEqual([]);
  });

  it('records the draft on both cases, each with the child’s own views, audited on each case', async () => {
    const res = await worker.request('POST', `/api/cases/${aysel}/gatekeeping/group`, {
      assessment: ASSESSMENT,
      children: [
        { caseId: aysel, childViews: 'Wants to stay with Murad.', read: null },
        { caseId: murad, childViews: 'Wants to live with his sister and keep his school.', read: null },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const [forAysel, forMurad] = res.json().items;
    expect(forAysel).toMatchObject({
      caseId: aysel,
      status: 'draft',
      childViews: 'Wants to stay with Murad.',
    });
    expect(forMurad).toMatchObject({ caseId: murad, status: 'draft', decision: 'sos_family' });
    expect(forMurad.childViews).toContain('keep his school');
    const started = await audited('gatekeeping.started', [aysel, murad]);
    expect(started.map((a) => a.caseId).sort()).toEqual([aysel, murad].sort());
    expect(started[0]!.group).toHaveLength(2);
    expect((await worker.request('GET', `/api/cases/${murad}`)).json().status).toBe('assessment');
  });

  it('stops the whole group with a 409 when one child’s assessment changed meanwhile', async () => {
    const [mine] = (await worker.request('GET', `/api/cases/${aysel}/gatekeeping`)).json().items;
    const [theirs] = (await worker.request('GET', `/api/cases/${aysel}/gatekeeping/siblings`)).json().items;
    const other = await t.signIn('social_worker', { locationIds: [ids.ganja] });
    const edited = await other.request('PUT', `/api/gatekeeping/${theirs.gatekeeping.id}`, {
      ...ASSESSMENT,
      childViews: 'Said again on a second visit.',
      version: theirs.gatekeeping.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const before = await assessmentsOf([aysel, murad]);
    const res = await worker.request('POST', `/api/cases/${aysel}/gatekeeping/group`, {
      assessment: { ...ASSESSMENT, decisionReason: 'Changed by the first worker.' },
      children: [
        { caseId: aysel, childViews: 'Changed.', read: { version: mine.version } },
        { caseId: murad, childViews: 'Changed.', read: { version: theirs.gatekeeping.version } },
      ],
      submit: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'version_conflict',
      details: { changedBy: other.username },
    });
    expect(await assessmentsOf([aysel, murad])).toEqual(before);
  });

  it('sends both to the supervisor in one step, and each is approved on its own case', async () => {
    const [mine] = (await worker.request('GET', `/api/cases/${aysel}/gatekeeping`)).json().items;
    const [theirs] = (await worker.request('GET', `/api/cases/${aysel}/gatekeeping/siblings`)).json().items;
    const res = await worker.request('POST', `/api/cases/${aysel}/gatekeeping/group`, {
      assessment: ASSESSMENT,
      children: [
        { caseId: aysel, childViews: 'Wants to stay with Murad.', read: { version: mine.version } },
        {
          caseId: murad,
          childViews: theirs.gatekeeping.childViews,
          read: { version: theirs.gatekeeping.version },
        },
      ],
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { id: string; status: string; version: number; childViews: string }[];
    expect(items.map((g) => g.status)).toEqual(['submitted', 'submitted']);
    expect(items[1]!.childViews).toBe('Said again on a second visit.');
    expect((await audited('gatekeeping.submitted', [aysel, murad])).map((a) => a.caseId).sort()).toEqual(
      [aysel, murad].sort(),
    );
    expect((await worker.request('GET', `/api/cases/${aysel}/gatekeeping/siblings`)).json().items).toEqual(
      [],
    );
    for (const g of items) {
      const ok = await supervisor.request('POST', `/api/gatekeeping/${g.id}/review`, {
        version: g.version,
        outcome: 'approve',
      });
      expect(ok.json().status).toBe('approved');
    }
  });
});

describe('placing the sibling group together in one step', () => {
  it('refuses a sibling out of the worker’s scope and places nobody', async () => {
    const res = await place(worker, aysel, { houseId: ids.house1, siblingCaseIds: [murad, farLeyla] });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.details.field).toBe('siblingCaseIds.1');
    const placed = await t.db.query('select id from placements where case_id = any($1::uuid[])', [
      [aysel, murad, farLeyla],
    ]);
    expect(placed).toEqual([]);
    expect(await audited('placement.started', [aysel, murad, farLeyla])).toEqual([]);
  });

  it('keeps the house’s capacity: when the second child does not fit, nobody is placed', async () => {
    const { children } = (
      await t.db.query<{ children: number }>(
        `select count(*)::int as children from placements
          where house_id = $1 and end_date is null and not superseded`,
        [ids.house2],
      )
    )[0]!;
    await t.db.query('update family_houses set capacity = $1 where id = $2', [children + 1, ids.house2]);
    const res = await place(worker, aysel, { houseId: ids.house2, siblingCaseIds: [murad] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('house_full');
    expect(
      await t.db.query('select id from placements where case_id = any($1::uuid[])', [[aysel, murad]]),
    ).toEqual([]);
  });

  it('places both in the same house without asking why siblings are apart, audited on each case', async () => {
    const res = await place(worker, aysel, { houseId: ids.house1, siblingCaseIds: [murad] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ houseNumber: 1, siblingsApartReason: null });
    const brother = (await worker.request('GET', `/api/cases/${murad}`)).json();
    expect(brother.status).toBe('in_care');
    expect(brother.currentPlacement).toMatchObject({ houseNumber: 1, settingType: 'sos_family' });
    const started = await audited('placement.started', [aysel, murad]);
    expect(started.map((a) => a.caseId).sort()).toEqual([aysel, murad].sort());
    expect(started.every((a) => a.group?.length === 2)).toBe(true);
  });

  it('refuses to place along a sibling who already has a placement', async () => {
    const [x, y] = await referThree(['Nigar', 'Kamran', 'Ruslan']);
    expect((await place(worker, y, { houseId: ids.house1 })).statusCode).toBe(201);
    const res = await place(worker, x, { houseId: ids.house1, siblingCaseIds: [y] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ details: { rule: 'sibling_already_placed' } });
    expect(res.json().error.message).toContain('Kamran Quliyeva');
    expect(await t.db.query('select id from placements where case_id = $1', [x])).toEqual([]);
  });
});
