import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { approvedAzerbaijaniFamily, openFoster } from './support/foster';

/** A monitoring visit held outside the schedule is a visit of its own: the schedule stays as it was. */
let t: TestApp;
let officer: Session;
let familyId: string;
let placementId: string;
let ganja: string;

interface Visit {
  id: string;
  placementId: string;
  dueOn: string;
  status: string;
  unscheduled: boolean;
  version: number;
}
const visits = async (): Promise<Visit[]> =>
  (await officer.request('GET', `/api/foster/families/${familyId}/visits`)).json().items;
const unscheduled = (id: string, body: unknown, as = officer) =>
  as.request('POST', `/api/foster/placements/${id}/visits`, body);

beforeAll(async () => {
  ({ t, officer } = await openFoster());
  familyId = await approvedAzerbaijaniFamily(officer);
  ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  const worker = await t.signIn('social_worker', { locationIds: [ganja] });
  const caseId = (
    await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-20',
      source: 'guardianship_body',
      reasons: ['parent_death'],
      locationId: ganja,
      children: [{ givenName: 'Lalə', familyName: 'Vəliyeva', sex: 'female', birthDate: '2022-02-01' }],
    })
  ).json().cases[0].id;
  const placed = await officer.request('POST', `/api/cases/${caseId}/foster-placements`, {
    fosterFamilyId: familyId,
    startDate: '2026-11-02',
    orderedBy: 'administrative',
  });
  expect(placed.statusCode, placed.body).toBe(201);
  placementId = placed.json().id;
});
afterAll(() => t.close());

describe('an unscheduled monitoring visit', () => {
  it('is recorded on its own day and leaves the next scheduled visit due', async () => {
    const schedule = await visits();
    expect(schedule[0]).toMatchObject({ dueOn: '2026-12-02', status: 'due', unscheduled: false });
    const res = await unscheduled(placementId, {
      heldOn: '2026-11-20',
      report: 'The school called; we visited the same day. The child is well.',
      childWellbeing: 3,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      placementId,
      dueOn: '2026-11-20',
      heldOn: '2026-11-20',
      status: 'held',
      childWellbeing: 3,
      unscheduled: true,
    });
    const now = await visits();
    expect(now).toHaveLength(schedule.length + 1);
    // Every scheduled visit is as it was: the next one is still due on its day.
    expect(now.filter((v) => !v.unscheduled)).toEqual(schedule);
    const due = (await officer.request('GET', '/api/foster/visits/due')).json().items as Visit[];
    expect(due.map((v) => v.id)).toContain(schedule[0]!.id);
    expect(due.map((v) => v.id)).not.toContain(res.json().id);
    const [audited] = await t.db.query<{ changes: { unscheduled: boolean } }>(
      `select changes from audit_events where action = 'foster.visit_recorded' and entity_id = $1`,
      [res.json().id],
    );
    expect(audited!.changes.unscheduled).toBe(true);
  });

  it('refuses a day outside the placement or ahead, a visit without its report, and ids it may not use', async () => {
    const body = { heldOn: '2026-11-21', report: 'Visited.' };
    const before = await unscheduled(placementId, { ...body, heldOn: '2026-11-01' });
    expect(before.json().error.details.rule).toBe('visit_outside_placement');
    const ahead = await unscheduled(placementId, { ...body, heldOn: '2026-11-26' });
    expect(ahead.json().error.details.rule).toBe('date_in_future');
    expect((await unscheduled(placementId, { ...body, report: '  ' })).statusCode).toBe(400);
    expect((await unscheduled('00000000-0000-4000-8000-000000000000', body)).statusCode).toBe(404);
    const baku = (await t.db.query<{ id: string }>("select id from locations where code = 'baku'"))[0]!.id;
    const elsewhere = await t.signIn('foster_care_officer', { locationIds: [baku] });
    expect((await unscheduled(placementId, body, elsewhere)).statusCode).toBe(404);
    const worker = await t.signIn('social_worker', { locationIds: [ganja] });
    expect((await unscheduled(placementId, body, worker)).statusCode).toBe(403);
    expect((await visits()).filter((v) => v.unscheduled)).toHaveLength(1);
  });
});
