import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { base, count, household, ids, openStrengthening, scores } from './support/strengthening';

/** Family strengthening: a family at risk registered, assessed and enrolled (the rest of its story in family-strengthening-*.test.ts). */
let t: TestApp;
let worker: Session;
let admin: Session;

beforeAll(async () => {
  ({ t, worker, admin } = await openStrengthening());
});
afterAll(() => t.close());

describe('a family at risk: registered, assessed, enrolled', () => {
  it('registers the household, linking a child already known to alternative care instead of copying her', async () => {
    const referral = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-01-15',
      source: 'school',
      reasons: ['parental_incapacity'],
      description: 'Mother ill; the school asked for an assessment.',
      locationId: ids.ganja,
      programmeId: ids.ganjaVillage,
      children: [{ givenName: 'Aysel', familyName: 'Quliyeva', sex: 'female', birthDate: '2015-05-02' }],
    });
    expect(referral.statusCode, referral.body).toBe(201);
    ids.ayselCase = referral.json().cases[0].id;
    ids.aysel = referral.json().cases[0].childId;

    const members = [
      {
        relationship: 'mother',
        givenName: 'Nərgiz',
        familyName: 'Quliyeva',
        sex: 'female',
        birthDate: '1988-03-09',
      },
      {
        relationship: 'child',
        givenName: 'Aysel',
        familyName: 'Quliyeva',
        sex: 'female',
        birthDate: '2015-05-02',
      },
      {
        relationship: 'child',
        givenName: 'Murad',
        familyName: 'Quliyev',
        sex: 'male',
        birthDate: '2019-10-20',
      },
    ];
    const body = {
      locationId: ids.ganja,
      address: 'Gəncə, Nizami küç. 12',
      phone: '+994 50 123 45 67',
      members,
    };
    const refused = await worker.request('POST', `${base}/households`, body);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().error.details).toMatchObject({ rule: 'member_possible_duplicate', member: 1 });
    expect(refused.json().error.details.candidates[0]).toMatchObject({ visible: true, personId: ids.aysel });
    expect(await count('households')).toBe(0);

    members[1] = { ...members[1]!, existingPersonId: ids.aysel } as (typeof members)[number];
    const created = await worker.request('POST', `${base}/households`, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().reference).toMatch(/^AG-2026-\d{5}$/);
    ids.household = created.json().id;
    expect(await count("persons where given_name = 'Aysel' and family_name = 'Quliyeva'")).toBe(1);

    const read = await household(worker);
    expect(read.statusCode, read.body).toBe(200);
    const detail = read.json();
    expect(detail.access).toEqual({ level: 'full', canWrite: true });
    expect(detail.workerName).toBe('Test social_worker');
    expect(detail.members.map((m: { givenName: string }) => m.givenName)).toEqual([
      'Nərgiz',
      'Aysel',
      'Murad',
    ]);
    expect(detail.members[1]).toMatchObject({ personId: ids.aysel, caseId: ids.ayselCase });
    ids.mother = detail.members[0].personId;
    ids.murad = detail.members[2].personId;
    // Reading the household is a read of the child's record: it is in her case's access log.
    const log = (await admin.request('GET', `/api/cases/${ids.ayselCase}/access-log`)).json().items;
    expect(JSON.stringify(log)).toContain('household');
  });

  it('enrols the family only after a risk-of-separation assessment, and with its consent', async () => {
    const enrol = (programmeId = ids.ganjaFs, on = '2026-02-20') =>
      worker.request('POST', `${base}/households/${ids.household}/enrolments`, { programmeId, on });
    const first = await enrol();
    expect(first.statusCode).toBe(422);
    expect(first.json().error.details.rule).toBe('assessment_required');
    expect(first.json().error.message).toContain('qiymətləndiril');

    const assessed = await worker.request('POST', `${base}/households/${ids.household}/assessments`, {
      assessedOn: '2026-02-10',
      scores: scores([2, 1, 3, 2, 3, 3], 'first visit'),
      summary: 'Rent arrears; the mother lost her job.',
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect(assessed.json().riskLevel).toBe('high');

    expect((await enrol()).json().error.details.rule).toBe('consent_required');
    const consent = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: ids.mother,
      givenOn: '2026-02-10',
      shareWith: ['alternative_care'],
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json()).toMatchObject({ active: true, givenByName: 'Quliyeva Nərgiz' });
    // A person the worker may see (the child of another case) who is not of the household.
    const other = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-01-20',
      source: 'school',
      reasons: ['parental_incapacity'],
      locationId: ids.ganja,
      children: [{ givenName: 'Orxan', familyName: 'Həsənov', sex: 'male', birthDate: '2014-07-11' }],
    });
    expect(other.statusCode, other.body).toBe(201);
    const notMember = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: other.json().cases[0].childId,
      givenOn: '2026-02-10',
    });
    expect(notMember.json().error.details.rule).toBe('consent_giver_not_member');
    // A user's id is no person's: answered as an id that names nothing.
    const notAPerson = await worker.request('POST', `${base}/households/${ids.household}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: (await worker.request('GET', `/api/cases/${ids.ayselCase}`)).json().assignedWorkerId,
      givenOn: '2026-02-10',
    });
    expect(notAPerson.statusCode).toBe(404);

    // Baku's programme is out of a Ganja worker's scope: as if it did not exist.
    const baku = await enrol(ids.bakuFs);
    expect([baku.statusCode, baku.json().error.details]).toEqual([404, { field: 'programmeId' }]);
    expect((await enrol(ids.ganjaDayCare)).statusCode).toBe(400);
    expect((await enrol(ids.ganjaFs, '2026-02-01')).json().error.details.rule).toBe('assessment_required');
    const enrolled = await enrol();
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    expect(enrolled.json()).toMatchObject({
      status: 'enrolled',
      enrolledOn: '2026-02-20',
      planReviewMonths: 6,
    });
    ids.enrolment = enrolled.json().id;
    expect((await enrol()).json().error.details.rule).toBe('already_enrolled');
  });

  it('keeps the assessments over time for the chart, refusing bad scores without changing anything', async () => {
    const post = (body: unknown) =>
      worker.request('POST', `${base}/households/${ids.household}/assessments`, body);
    expect((await post({ assessedOn: '2026-08-10', scores: scores([3, 3, 3, 3, 4, 4]) })).statusCode).toBe(
      201,
    );
    expect((await post({ assessedOn: '2026-05-10', scores: scores([3, 2, 3, 3, 3, 4]) })).statusCode).toBe(
      201,
    );
    const before = await count('risk_assessments');
    const bad = [
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 3]).slice(1) },
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 6]) },
      {
        assessedOn: '2026-09-01',
        scores: scores([3, 3, 3, 3, 3, 3]).map((s) => ({ ...s, domain: 'housing' })),
      },
      { assessedOn: 'yesterday', scores: scores([3, 3, 3, 3, 3, 3]) },
      { assessedOn: '2026-09-01', scores: scores([3, 3, 3, 3, 3, 2.5]) },
    ];
    for (const body of bad) expect((await post(body)).statusCode).toBe(400);
    const future = await post({ assessedOn: '2027-01-01', scores: scores([3, 3, 3, 3, 3, 3]) });
    expect(future.json().error.details.rule).toBe('date_in_future');
    expect(await count('risk_assessments')).toBe(before);

    const detail = (await household(worker)).json();
    expect(detail.assessments.map((a: { assessedOn: string }) => a.assessedOn)).toEqual([
      '2026-02-10',
      '2026-05-10',
      '2026-08-10',
    ]);
    const income = detail.assessments.map(
      (a: { scores: { domain: string; score: number }[] }) =>
        a.scores.find((s) => s.domain === 'income')!.score,
    );
    expect(income).toEqual([1, 2, 3]);
    expect(detail.assessments.at(-1).riskLevel).toBe('medium');
  });
});
