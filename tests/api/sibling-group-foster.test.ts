import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { approvedAzerbaijaniFamily, openFoster } from './support/foster';

/**
 * Placing siblings together with a foster family keeps the family's approval: a family approved
 * for one child cannot take the sister and her brother (nobody is placed); approved for two, it
 * takes both in one step.
 */
let t: TestApp;
let officer: Session;
let familyId: string;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
  familyId = await approvedAzerbaijaniFamily(officer);
});
afterAll(() => t.close());

it('places the sibling group with a family approved for two, never with one approved for one', async () => {
  const ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  const worker = await t.signIn('social_worker', { locationIds: [ganja] });
  const referred = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-11-01',
    source: 'guardianship_body',
    reasons: ['parent_death'],
    locationId: ganja,
    children: [
      {
        givenName: 'Nərgiz',
        familyName: 'Nəsirova',
        sex: 'female',
        birthDate: '2022-06-01',
        languages: ['az'],
      },
      { givenName: 'Orxan', familyName: 'Nəsirov', sex: 'male', birthDate: '2021-02-01', languages: ['az'] },
    ],
  });
  const [sister, brother] = (referred.json().cases as { id: string }[]).map((c) => c.id);
  const body = { fosterFamilyId: familyId, startDate: '2026-11-02', orderedBy: 'administrative' };
  const both = await officer.request('POST', `/api/cases/${sister}/foster-placements`, {
    ...body,
    siblingCaseIds: [brother],
  });
  expect(both.statusCode).toBe(422);
  expect(both.json().error.details.rule).toBe('foster_match_excluded');
  expect(
    await t.db.query('select id from placements where case_id = any($1::uuid[])', [[sister, brother]]),
  ).toEqual([]);

  // Approved for two children now: both are placed with the family in one step, audited on each case.
  await t.db.query('update foster_families set approved_children_max = 2 where id = $1', [familyId]);
  const placed = await officer.request('POST', `/api/cases/${sister}/foster-placements`, {
    ...body,
    siblingCaseIds: [brother],
  });
  expect(placed.statusCode, placed.body).toBe(201);
  const rows = await t.db.query<{ caseId: string; familyId: string }>(
    `select case_id as "caseId", foster_family_id as "familyId" from placements where case_id = any($1::uuid[])`,
    [[sister, brother]],
  );
  expect(rows.map((r) => r.familyId)).toEqual([familyId, familyId]);
  const audited = await t.db.query(
    `select case_id from audit_events where action = 'placement.started' and case_id = any($1::uuid[])`,
    [[sister, brother]],
  );
  expect(audited).toHaveLength(2);
});
