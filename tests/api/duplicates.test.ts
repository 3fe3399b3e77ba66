import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let ganjaWorker: Session;
let bakuWorker: Session;
let ganja: string;
let baku: string;

const referral = (locationId: string, child: Record<string, unknown>, family: unknown[] = []) => ({
  receivedOn: '2026-10-01',
  source: 'police',
  reasons: ['abandonment'],
  locationId,
  children: [{ sex: 'female', ...child }],
  family,
});

beforeAll(async () => {
  t = await createTestApp();
  const id = async (code: string) =>
    (await t.db.query<{ id: string }>('select id from locations where code = $1', [code]))[0]!.id;
  ganja = await id('ganja');
  baku = await id('baku');
  ganjaWorker = await t.signIn('social_worker', { locationIds: [ganja] });
  bakuWorker = await t.signIn('social_worker', { locationIds: [baku] });
  const first = await ganjaWorker.request(
    'POST',
    '/api/referrals',
    referral(
      ganja,
      { givenName: 'Aysel', familyName: 'Məmmədova', patronymic: 'Rəşid qızı', birthDate: '2016-04-02' },
      [{ givenName: 'Gülnarə', familyName: 'Məmmədova', relationship: 'mother' }],
    ),
  );
  expect(first.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('duplicate warnings at registration', () => {
  it('shows the likely existing record, with why, before saving', async () => {
    const res = await ganjaWorker.request('POST', '/api/people/duplicate-check', {
      givenName: 'Айсель',
      familyName: 'Мамедова',
      birthDate: '2016-04-02',
      parentNames: ['Гюльнара Мамедова'],
    });
    const [candidate] = res.json().candidates;
    expect(candidate).toMatchObject({
      visible: true,
      givenName: 'Aysel',
      familyName: 'Məmmədova',
      reasons: ['same_name', 'birth_date', 'parent_name'],
    });
    expect(candidate.caseNumber).toMatch(/^YV-/);
  });

  it('refuses to save a likely duplicate until the worker links it or says why it is new', async () => {
    const child = { givenName: 'Aysel', familyName: 'Mamedova', birthDate: '2016-04-02' };
    const refused = await ganjaWorker.request('POST', '/api/referrals', referral(ganja, child));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toMatchObject({ rule: 'possible_duplicate', child: 0 });
    const existing = refused.json().error.details.candidates[0];
    // Linking to the existing child: she already has an open case, which the answer names.
    const linked = await ganjaWorker.request(
      'POST',
      '/api/referrals',
      referral(ganja, { ...child, existingPersonId: existing.personId }),
    );
    expect(linked.json().error.details.rule).toBe('open_case_exists');
    const confirmed = await ganjaWorker.request(
      'POST',
      '/api/referrals',
      referral(ganja, {
        ...child,
        confirmNewReason: 'A cousin with the same name, born the same day; checked with the school.',
      }),
    );
    expect(confirmed.statusCode).toBe(201);
    const override = await t.db.query(
      "select changes from audit_events where action = 'person.duplicate_overridden'",
    );
    expect(override).toHaveLength(1);
  });

  it('tells a worker who may not see the other record only that it exists and whom to ask', async () => {
    const res = await bakuWorker.request('POST', '/api/people/duplicate-check', {
      givenName: 'Aysel',
      familyName: 'Məmmədova',
      birthDate: '2016-04-02',
    });
    const candidates = res.json().candidates;
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) {
      expect(c).toEqual({
        visible: false,
        score: expect.any(Number),
        askLocation: expect.objectContaining({ en: 'Ganja' }),
        askWorker: 'Test social_worker',
      });
    }
    const refused = await bakuWorker.request(
      'POST',
      '/api/referrals',
      referral(baku, { givenName: 'Aysel', familyName: 'Məmmədova', birthDate: '2016-04-02' }),
    );
    expect(JSON.stringify(refused.json())).not.toContain('Rəşid');
    expect(refused.json().error.details.candidates.every((c: { visible: boolean }) => !c.visible)).toBe(true);
    // It cannot link to a record it may not see, even knowing its id.
    const hidden = (
      await t.db.query<{ id: string }>("select id from persons where given_name = 'Aysel' limit 1")
    )[0]!.id;
    const linked = await bakuWorker.request(
      'POST',
      '/api/referrals',
      referral(baku, {
        givenName: 'Aysel',
        familyName: 'Məmmədova',
        birthDate: '2016-04-02',
        existingPersonId: hidden,
      }),
    );
    // Out of the worker's scope, the id answers as one that names nothing (decision 0017).
    expect([linked.statusCode, linked.json().error.details]).toEqual([
      404,
      { field: 'children.0.existingPersonId' },
    ]);
  });

  it('does not warn about a namesake born years apart', async () => {
    const res = await ganjaWorker.request('POST', '/api/people/duplicate-check', {
      givenName: 'Aysel',
      familyName: 'Məmmədova',
      birthDate: '2009-01-01',
    });
    expect(res.json().candidates).toEqual([]);
  });
});
