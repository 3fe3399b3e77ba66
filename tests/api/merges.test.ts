import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let worker: Session;
let admin: Session;
let ganja: string;
let stc: string;

async function refer(child: Record<string, unknown>, family: unknown[] = []) {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-09-01',
    source: 'police',
    reasons: ['abandonment'],
    locationId: ganja,
    programmeId: stc,
    children: [{ sex: 'male', confirmNewReason: 'Registered twice by mistake in this test.', ...child }],
    family,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases[0] as { id: string; childId: string };
}

async function snapshot() {
  const rows = await t.db.query<{ t: string }>(
    `select string_agg(x, '|' order by x) as t from (
       select 'c:' || id || ':' || child_id as x from cases union all
       select 'p:' || id || ':' || child_id from placements union all
       select 'f:' || child_id || ':' || person_id || ':' || relationship from family_members union all
       select 'k:' || person_id || ':' || key from person_name_keys) s`,
  );
  return rows[0]!.t;
}

beforeAll(async () => {
  t = await createTestApp();
  ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  stc = (
    await t.db.query<{ id: string }>("select id from programmes where code = 'ganja-short-term-care'")
  )[0]!.id;
  worker = await t.signIn('social_worker', { locationIds: [ganja] });
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

describe('merging two records of one person', () => {
  it('moves every case, placement and family link to the survivor, and undoes exactly', async () => {
    const mother = { givenName: 'Səbinə', familyName: 'Quliyeva', relationship: 'mother', alive: 'yes' };
    const first = await refer({ givenName: 'Tural', familyName: 'Quliyev', birthDate: '2014-05-05' }, [
      mother,
    ]);
    const p = (
      await worker.request('POST', `/api/cases/${first.id}/placements`, {
        settingType: 'short_term',
        programmeId: stc,
        orderedBy: 'voluntary',
        startDate: '2026-09-02',
      })
    ).json();
    await worker.request('POST', `/api/placements/${p.id}/end`, {
      version: p.version,
      endDate: '2026-10-01',
      endReason: 'reunification',
    });
    const fresh = (await worker.request('GET', `/api/cases/${first.id}`)).json();
    await worker.request('POST', `/api/cases/${first.id}/close`, {
      version: fresh.version,
      reason: 'reunified',
      closedOn: '2026-10-02',
    });
    const second = await refer({ givenName: 'Турал', familyName: 'Кулиев', birthDate: '2014-05-05' }, [
      mother,
    ]);
    const before = await snapshot();

    const summary = (await admin.request('GET', `/api/people/${first.childId}`)).json();
    expect(summary).toMatchObject({
      givenName: 'Tural',
      placements: 1,
      cases: [expect.objectContaining({ status: 'closed' })],
    });

    const merged = await admin.request('POST', '/api/people/merges', {
      survivorId: first.childId,
      mergedId: second.childId,
      reason: 'The same boy, registered in Russian spelling in Ganja.',
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const cases = await t.db.query<{ child_id: string }>(
      'select child_id from cases where id = any($1::uuid[])',
      [[first.id, second.id]],
    );
    expect(cases.every((c) => c.child_id === first.childId)).toBe(true);
    const family = await t.db.query('select 1 from family_members where child_id = $1', [second.childId]);
    expect(family).toHaveLength(0);
    const hits = (await worker.request('GET', `/api/search/people?q=${encodeURIComponent('Турал')}`)).json()
      .items;
    expect(hits.map((h: { personId: string }) => h.personId)).toEqual([first.childId]);

    const undone = await admin.request('POST', `/api/people/merges/${merged.json().id}/undo`);
    expect(undone.json().undoneAt).not.toBeNull();
    expect(await snapshot()).toBe(before);
    expect((await admin.request('POST', `/api/people/merges/${merged.json().id}/undo`)).statusCode).toBe(409);
    const log = (await admin.request('GET', '/api/audit-events?action=person.merged')).json();
    expect(log.total).toBe(1);
  });

  it('lists the merges newest first, page by page', async () => {
    const pairs = [
      [
        { givenName: 'Kamran', familyName: 'Vəliyev' },
        { givenName: 'Камран', familyName: 'Велиев' },
      ],
      [
        { givenName: 'Orxan', familyName: 'Quliyev' },
        { givenName: 'Орхан', familyName: 'Гулиев' },
      ],
    ];
    const ids: string[] = [];
    for (const [x, y] of pairs) {
      const a = await refer({ ...x!, birthDate: '2014-02-02' });
      const b = await refer({ ...y!, birthDate: '2014-02-02' });
      const { version } = (await worker.request('GET', `/api/cases/${b.id}`)).json();
      const closed = await worker.request('POST', `/api/cases/${b.id}/close`, {
        version,
        reason: 'no_care_needed',
        closedOn: '2026-11-24',
      });
      expect(closed.statusCode, closed.body).toBe(200);
      const merged = await admin.request('POST', '/api/people/merges', {
        survivorId: a.childId,
        mergedId: b.childId,
        reason: 'The same boy, registered twice in two scripts.',
      });
      expect(merged.statusCode, merged.body).toBe(201);
      ids.push(merged.json().id);
      t.clock.advance(60_000);
    }
    const all = (await admin.request('GET', '/api/people/merges')).json();
    expect(all).toMatchObject({ page: 1, pageSize: 50 });
    const first = (await admin.request('GET', '/api/people/merges?pageSize=1')).json();
    const second = (await admin.request('GET', '/api/people/merges?pageSize=1&page=2')).json();
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 1 });
    expect(first.items).toHaveLength(1);
    expect(second.items).toHaveLength(1);
    expect([first.items[0].id, second.items[0].id]).toEqual(
      all.items.slice(0, 2).map((m: { id: string }) => m.id),
    );
    expect(all.items.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(ids));
    expect((await admin.request('GET', '/api/people/merges?pageSize=0')).statusCode).toBe(400);
  });

  it('refuses to merge two children who both have an open case, and is for administrators only', async () => {
    const a = await refer({ givenName: 'Samir', familyName: 'Həsənov', birthDate: '2015-01-01' });
    const b = await refer({ givenName: 'Самир', familyName: 'Гасанов', birthDate: '2015-01-01' });
    const res = await admin.request('POST', '/api/people/merges', {
      survivorId: a.childId,
      mergedId: b.childId,
      reason: 'Same boy in two spellings.',
    });
    expect(res.json().error.details.rule).toBe('merge_two_open_cases');
    expect(
      (
        await worker.request('POST', '/api/people/merges', {
          survivorId: a.childId,
          mergedId: b.childId,
          reason: 'Same boy in two spellings.',
        })
      ).statusCode,
    ).toBe(403);
  });
});
