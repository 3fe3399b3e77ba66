import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * The same aunt of two sisters is one person linked to both, not two copies: adding her to the
 * second sister offers her first (as the sister's relative), warns when her name is typed in
 * another script, and links the record chosen — within the worker's scope only.
 */
let t: TestApp;
let worker: Session;
let bakuWorker: Session;
let ganja: string;
let baku: string;
let leyla: { id: string; childId: string };
let nigar: { id: string; childId: string };
let elsewhere: string;
let aunt: string;

const AUNT = { givenName: 'Gülnarə', familyName: 'Əliyeva', sex: 'female', birthDate: '1985-03-12' };
const AUNT_LATIN = { givenName: 'Gulnara', familyName: 'Aliyeva', birthDate: '1985-03-12' };

async function refer(s: Session, locationId: string, children: object[], family: object[] = []) {
  const res = await s.request('POST', '/api/referrals', {
    receivedOn: '2026-10-01',
    source: 'police',
    reasons: ['abandonment'],
    locationId,
    children: children.map((c) => ({ sex: 'female', ...c })),
    family,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases as { id: string; childId: string }[];
}

const suggest = async (caseId: string, typed: object = {}, s = worker) =>
  s.request('POST', `/api/cases/${caseId}/family/suggestions`, typed);

beforeAll(async () => {
  t = await createTestApp();
  const id = async (code: string) =>
    (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;
  ganja = await id('ganja');
  baku = await id('baku');
  worker = await t.signIn('social_worker', { locationIds: [ganja] });
  bakuWorker = await t.signIn('social_worker', { locationIds: [baku] });
  [leyla, nigar] = (await refer(
    worker,
    ganja,
    [
      { givenName: 'Leyla', familyName: 'Həsənova', birthDate: '2015-05-01' },
      { givenName: 'Nigar', familyName: 'Həsənova', birthDate: '2017-08-09' },
    ],
    [{ givenName: 'Sevda', familyName: 'Həsənova', relationship: 'mother' }],
  )) as [typeof leyla, typeof nigar];
  // Someone else's relative with the same name and birth date, in another family of Ganja.
  const [other] = await refer(worker, ganja, [
    { givenName: 'Orxan', familyName: 'Quliyev', birthDate: '2014-01-01' },
  ]);
  elsewhere = (
    await worker.request('POST', `/api/cases/${other!.id}/family`, {
      givenName: 'Гюльнара',
      familyName: 'Алиева',
      birthDate: '1985-03-12',
      relationship: 'aunt_uncle',
    })
  ).json().person.id;
  const added = await worker.request('POST', `/api/cases/${leyla.id}/family`, {
    ...AUNT,
    relationship: 'aunt_uncle',
    confirmNewReason: 'Not the aunt of the Quliyev boy: another family, checked by phone.',
  });
  expect(added.statusCode, added.body).toBe(201);
  aunt = added.json().person.id;
});
afterAll(() => t.close());

describe("the sister's relatives are offered first", () => {
  it("offers the sister's aunt before anything is typed, and not the people already in the family", async () => {
    const res = await suggest(nigar.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().siblingFamily).toEqual([
      expect.objectContaining({
        personId: aunt,
        relationship: 'aunt_uncle',
        siblingName: 'Leyla Həsənova',
        likely: false,
      }),
    ]);
    expect(res.json().duplicates).toEqual([]);
  });

  it('puts the aunt first when her name is typed in another script, then the other likely records', async () => {
    const res = await suggest(nigar.id, AUNT_LATIN);
    const { siblingFamily, duplicates } = res.json();
    expect(siblingFamily[0]).toMatchObject({
      personId: aunt,
      likely: true,
      reasons: ['same_name', 'birth_date'],
    });
    // The other Gülnarə is a likely duplicate too, but only after the sister's own aunt.
    expect(duplicates.map((d: { personId: string }) => d.personId)).toEqual([elsewhere]);
    const audited = await t.db.query(
      "select 1 from audit_events where action = 'case.viewed' and entity_type = 'family_suggestions' and case_id = $1",
      [nigar.id],
    );
    expect(audited.length).toBeGreaterThan(0);
    // The aunt is on the sister's record: reading her there is in the sister's access log too.
    const onSister = await t.db.query(
      "select 1 from audit_events where action = 'case.viewed' and entity_type = 'family_suggestions' and case_id = $1",
      [leyla.id],
    );
    expect(onSister.length).toBeGreaterThan(0);
  });
});

describe('linking a person already on file', () => {
  it('refuses a copy while the aunt is on file, naming her', async () => {
    const res = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.rule).toBe('member_possible_duplicate');
    expect(res.json().error.details.siblingFamily[0].personId).toBe(aunt);
    // In the user's language (Azerbaijani by default), naming what to do.
    expect(res.json().error.message).toMatch(/artıq qeydiyyatda ola bilər.*Mövcud qeydi seçin/);
  });

  it('links the aunt to the second sister: one person, two links, the link audited', async () => {
    const res = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
      alive: 'yes',
      existingPersonId: aunt,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().person).toMatchObject({ id: aunt, givenName: 'Gülnarə', familyName: 'Əliyeva' });
    const links = await t.db.query<{ child_id: string }>(
      'select child_id from family_members where person_id = $1 order by child_id',
      [aunt],
    );
    expect(links.map((l) => l.child_id).sort()).toEqual([leyla.childId, nigar.childId].sort());
    const sameName = await t.db.query(
      "select 1 from persons where birth_date = '1985-03-12' and given_name in ('Gülnarə', 'Gulnara')",
    );
    expect(sameName).toHaveLength(1);
    const audit = await t.db.query<{ changes: { linked?: string } }>(
      "select changes from audit_events where action = 'family.added' and case_id = $1",
      [nigar.id],
    );
    expect(audit.map((a) => a.changes.linked)).toContain(aunt);
    // Now she is in the family, she is no longer offered.
    expect((await suggest(nigar.id)).json().siblingFamily).toEqual([]);
  });

  it('refuses to link her twice, or the child as her own relative', async () => {
    const twice = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
      existingPersonId: aunt,
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.details.rule).toBe('already_in_family');
    const self = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      givenName: 'Nigar',
      familyName: 'Həsənova',
      relationship: 'other',
      existingPersonId: nigar.childId,
    });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.details.rule).toBe('relative_is_the_child');
  });

  it('refuses a person out of the worker’s scope, or unknown, as if it did not exist', async () => {
    const [bakuCase] = await refer(bakuWorker, baku, [
      { givenName: 'Aynur', familyName: 'Məmmədli', birthDate: '2016-02-02' },
    ]);
    const hidden = await bakuWorker.request('POST', `/api/cases/${bakuCase!.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
      existingPersonId: aunt,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.details).toMatchObject({ field: 'existingPersonId' });
    const unknown = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
      existingPersonId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await worker.request('POST', `/api/cases/${nigar.id}/family`, {
      ...AUNT_LATIN,
      relationship: 'aunt_uncle',
      existingPersonId: 'not-an-id',
    });
    expect(malformed.statusCode).toBe(400);
    // Nor are the Ganja sisters' relatives offered to the Baku worker, whose case is elsewhere.
    expect((await suggest(leyla.id, {}, bakuWorker)).statusCode).toBe(404);
    const theirs = (await suggest(bakuCase!.id, AUNT_LATIN, bakuWorker)).json();
    expect(theirs.siblingFamily).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(aunt);
  });

  it('still registers a new person when the worker says why', async () => {
    const res = await worker.request('POST', `/api/cases/${leyla.id}/family`, {
      givenName: 'Gulnara',
      familyName: 'Aliyeva',
      birthDate: '1985-03-12',
      relationship: 'other',
      confirmNewReason: 'A neighbour with the same name and birthday; not the aunt.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().person.id).not.toBe(aunt);
    const overridden = await t.db.query(
      "select 1 from audit_events where action = 'person.duplicate_overridden' and case_id = $1",
      [leyla.id],
    );
    expect(overridden).toHaveLength(2);
  });
});
