import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import {
  base,
  count,
  enrolledFamily,
  household,
  ids,
  openStrengthening,
  scores,
} from './support/strengthening';

/** Family strengthening: a family's exit (graduation, a separated child), bad input and search. */
let t: TestApp;
let worker: Session;

beforeAll(async () => {
  ({ t, worker } = await openStrengthening());
  await enrolledFamily(worker, { plan: true });
});
afterAll(() => t.close());

describe('exit', () => {
  it('refuses a graduation the assessments do not support, and another exit without a reason', async () => {
    const url = `${base}/enrolments/${ids.enrolment}/exit`;
    const version = (await household(worker)).json().enrolments[0].version;
    const graduate = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'graduated_self_reliant',
    });
    expect(graduate.json().error.details.rule).toBe('graduation_needs_self_reliance');
    const other = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'exited_other',
    });
    expect(other.json().error.details.rule).toBe('exit_reason_required');
    const noChild = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'child_separated',
    });
    expect(noChild.json().error.details.rule).toBe('separated_child_required');
    const mother = await worker.request('POST', url, {
      version,
      exitedOn: '2026-11-01',
      outcome: 'child_separated',
      separation: { childIds: [ids.mother], reasons: ['parental_incapacity'] },
    });
    expect(mother.json().error.details.rule).toBe('separated_child_not_in_household');
    expect((await household(worker)).json().enrolments[0].status).toBe('enrolled');
  });

  it('links the open case of a separated child instead of opening another', async () => {
    const version = (await household(worker)).json().enrolments[0].version;
    const url = `${base}/enrolments/${ids.enrolment}/exit`;
    const body = {
      version,
      exitedOn: '2026-11-10',
      outcome: 'child_separated',
      note: 'Mother hospitalised for a long treatment.',
      separation: { childIds: [ids.aysel], reasons: ['parental_incapacity'] },
    };
    expect((await worker.request('POST', url, { ...body, version: version + 1 })).statusCode).toBe(409);
    const res = await worker.request('POST', url, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exited',
      outcome: 'child_separated',
      exitedOn: '2026-11-10',
    });
    expect(res.json().separations).toEqual([
      expect.objectContaining({ caseId: ids.ayselCase, caseOpened: false }),
    ]);
    expect(await count('cases where child_id = $1', [ids.aysel])).toBe(1);
    const family = (await worker.request('GET', `/api/cases/${ids.ayselCase}/family`)).json().items;
    expect(family.map((f: { relationship: string }) => f.relationship).sort()).toEqual(['mother', 'sibling']);
    const detail = (await household(worker)).json();
    expect(detail.plans[0].status).toBe('closed');
    expect(await count("tasks where household_id = $1 and status = 'open'", [ids.household])).toBe(0);
    expect((await worker.request('POST', url, body)).statusCode).toBe(409);
  });

  it('opens a case for a separated child who has none, through a referral, in the same step', async () => {
    const created = await worker.request('POST', `${base}/households`, {
      locationId: ids.ganja,
      address: 'Gəncə, Atatürk pr. 5',
      members: [
        {
          relationship: 'mother',
          givenName: 'Səbinə',
          familyName: 'Həsənova',
          sex: 'female',
          birthDate: '1990-01-01',
        },
        {
          relationship: 'child',
          givenName: 'Ləman',
          familyName: 'Həsənova',
          sex: 'female',
          birthDate: '2017-02-02',
        },
        {
          relationship: 'child',
          givenName: 'Orxan',
          familyName: 'Həsənov',
          sex: 'male',
          birthDate: '2020-03-03',
        },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const hid = created.json().id;
    const d = (await household(worker, hid)).json();
    const [mother, leman] = d.members;
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2026-06-01',
      scores: scores([2, 2, 1, 3, 3, 1]),
    });
    await worker.request('POST', `${base}/households/${hid}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: mother.personId,
      givenOn: '2026-06-01',
    });
    const enrolment = (
      await worker.request('POST', `${base}/households/${hid}/enrolments`, {
        programmeId: ids.ganjaFs,
        on: '2026-06-02',
      })
    ).json();
    const casesBefore = await count('cases');
    const res = await worker.request('POST', `${base}/enrolments/${enrolment.id}/exit`, {
      version: enrolment.version,
      exitedOn: '2026-11-20',
      outcome: 'child_separated',
      separation: {
        childIds: [leman.personId],
        reasons: ['abuse_neglect_exploitation'],
        description: 'Police report.',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const [separation] = res.json().separations;
    expect(separation).toMatchObject({ childId: leman.personId, caseOpened: true });
    expect(separation.caseNumber).toMatch(/^YV-2026-/);
    expect(await count('cases')).toBe(casesBefore + 1);
    const c = (await worker.request('GET', `/api/cases/${separation.caseId}`)).json();
    expect(c).toMatchObject({ status: 'referred', child: { id: leman.personId } });
    // Gatekeeping starts on the new case; the household is the child's family.
    expect((await worker.request('POST', `/api/cases/${separation.caseId}/gatekeeping`, {})).statusCode).toBe(
      201,
    );
    const family = (await worker.request('GET', `/api/cases/${separation.caseId}/family`)).json().items;
    expect(family.map((f: { relationship: string }) => f.relationship).sort()).toEqual(['mother', 'sibling']);
    expect(
      await count("audit_events where action = 'case.opened_from_strengthening' and case_id = $1", [
        separation.caseId,
      ]),
    ).toBe(1);
  });

  it('graduates a family whose latest assessment shows it self-reliant', async () => {
    const created = await worker.request('POST', `${base}/households`, {
      locationId: ids.ganja,
      members: [{ relationship: 'father', givenName: 'Tural', familyName: 'Babayev', sex: 'male' }],
    });
    const hid = created.json().id;
    const father = (await household(worker, hid)).json().members[0].personId;
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2023-01-05',
      scores: scores([2, 2, 3, 3, 2, 3]),
    });
    await worker.request('POST', `${base}/households/${hid}/consents`, {
      programmeId: ids.ganjaFs,
      givenByPersonId: father,
      givenOn: '2023-01-05',
    });
    const enrolment = (
      await worker.request('POST', `${base}/households/${hid}/enrolments`, {
        programmeId: ids.ganjaFs,
        status: 'waiting',
        on: '2023-01-10',
      })
    ).json();
    expect(enrolment.status).toBe('waiting');
    const admitted = await worker.request('POST', `${base}/enrolments/${enrolment.id}/admit`, {
      version: enrolment.version,
      enrolledOn: '2023-02-01',
    });
    expect(admitted.json()).toMatchObject({ status: 'enrolled', enrolledOn: '2023-02-01' });
    await worker.request('POST', `${base}/households/${hid}/assessments`, {
      assessedOn: '2026-10-01',
      scores: scores([4, 4, 5, 4, 4, 5]),
    });
    const res = await worker.request('POST', `${base}/enrolments/${enrolment.id}/exit`, {
      version: admitted.json().version,
      exitedOn: '2026-10-15',
      outcome: 'graduated_self_reliant',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'exited',
      outcome: 'graduated_self_reliant',
      separations: [],
    });
  });
});

describe('bad input', () => {
  it('answers 4xx and changes nothing', async () => {
    const before = [await count('households'), await count('persons'), await count('audit_events')];
    const post = (body: unknown) => worker.request('POST', `${base}/households`, body);
    const member = { relationship: 'mother', givenName: 'A', familyName: 'B', sex: 'female' };
    for (const body of [
      {},
      { locationId: ids.ganja, members: [] },
      { locationId: 'ganja', members: [member] },
      { locationId: ids.ganja, members: [{ ...member, relationship: 'cousin' }] },
      { locationId: ids.ganja, members: [{ ...member, relationship: 'child' }] },
      { locationId: ids.ganja, members: [{ ...member, nationalId: '12' }] },
      { locationId: ids.ganja, members: [{ ...member, givenName: 42 }] },
      { locationId: ids.ganja, members: [member], phone: 'x'.repeat(41) },
    ])
      expect((await post(body)).statusCode).toBe(400);
    expect(
      (await post({ locationId: ids.ganja, members: [{ ...member, birthDate: '2030-01-01' }] })).statusCode,
    ).toBe(422);
    // A location out of the worker's scope answers as if it did not exist.
    expect((await post({ locationId: ids.baku, members: [member] })).statusCode).toBe(404);
    expect((await worker.request('GET', `${base}/households/not-a-uuid`)).statusCode).toBe(400);
    expect((await worker.request('GET', `${base}/households?pageSize=1000`)).statusCode).toBe(400);
    expect(
      (await worker.request('POST', `${base}/enrolments/${ids.enrolment}/exit`, { version: 'x' })).statusCode,
    ).toBe(400);
    const after = [await count('households'), await count('persons'), await count('audit_events')];
    expect(after).toEqual(before);
  });

  it('searches the list by name in any script', async () => {
    const list = (q: string) => worker.request('GET', `${base}/households?q=${encodeURIComponent(q)}`);
    const hit = (await list('Quliyeva')).json();
    expect(hit.items.map((i: { id: string }) => i.id)).toEqual([ids.household]);
    expect((await list('Кулиева')).json().total).toBe(1);
    expect((await list('Zzzz')).json().total).toBe(0);
    const all = (await worker.request('GET', `${base}/households`)).json();
    expect(all.total).toBe(3);
    expect(all.items.every((i: { access: string }) => i.access === 'full')).toBe(true);
  });
});
