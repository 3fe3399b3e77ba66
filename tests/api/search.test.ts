import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../common/contracts/search';
import { namesSamplePath } from '../support/names-sample';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

const SAMPLE = namesSamplePath();
const rows = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t').map((x) => x.trim()) as [string, string]);
const clusters = [...new Set(rows.map(([c]) => c))];

let t: TestApp;
let worker: Session;
let ganja: string;
const childOf = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  ganja = (await t.db.query<{ id: string }>("select id from locations where code = 'ganja'"))[0]!.id;
  worker = await t.signIn('social_worker', { locationIds: [ganja] });
  // One child per cluster, registered under the cluster's first spelling.
  for (const [i, cluster] of clusters.entries()) {
    const spelling = rows.find(([c]) => c === cluster)![1];
    const res = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-01',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ganja,
      children: [
        { givenName: 'Nigar', familyName: spelling, sex: 'female', birthDate: `201${i % 10}-03-03` },
      ],
    });
    childOf.set(cluster, res.json().cases[0].childId);
  }
});
afterAll(() => t.close());

const search = async (q: string, s = worker) =>
  (await s.request('GET', `/api/search/people?q=${encodeURIComponent(q)}`)).json().items as SearchHit[];

describe('finding a person across scripts', () => {
  it.each(rows)(
    '%s: the spelling "%s" finds the child of its cluster as the same name',
    async (cluster, spelling) => {
      const hits = await search(spelling);
      const hit = hits.find((h) => h.personId === childOf.get(cluster));
      expect(hit, `${spelling} → ${hits.map((h) => h.familyName).join(', ')}`).toBeDefined();
      expect(['exact', 'folded', 'script']).toContain(hit!.match);
      expect(hits[0]!.personId).toBe(childOf.get(cluster));
    },
  );

  it('never reports another cluster as the same name', async () => {
    for (const [cluster, spelling] of rows) {
      const others = (await search(spelling)).filter((h) => h.personId !== childOf.get(cluster));
      expect(
        others.filter((h) => h.match !== 'near'),
        spelling,
      ).toEqual([]);
    }
  });

  it('finds as the user types, with given and family name in any order, and the birth year narrows', async () => {
    expect((await search('Əli'))[0]!.familyName).toBe('Əliyeva');
    expect((await search('Алиев'))[0]!.familyName).toBe('Əliyeva');
    expect((await search('nigar aliyeva')).map((h) => h.familyName)).toEqual(['Əliyeva']);
    const year = clusters.indexOf('aliyeva');
    expect(await search(`aliyeva 201${year}`)).toHaveLength(1);
    expect(await search(`aliyeva 1999`)).toHaveLength(0);
  });

  it('ranks the same letters before the same name in another script', async () => {
    const hits = await search('Gunel');
    expect(hits[0]).toMatchObject({ familyName: 'Günel' });
    const res = await worker.request('POST', '/api/referrals', {
      receivedOn: '2026-10-01',
      source: 'police',
      reasons: ['abandonment'],
      locationId: ganja,
      children: [{ givenName: 'Leyla', familyName: 'Гюнель', sex: 'female', birthDate: '2015-01-01' }],
    });
    expect(res.statusCode).toBe(201);
    const both = await search('Günel');
    expect(both.map((h) => [h.familyName, h.match])).toEqual([
      ['Günel', 'exact'],
      ['Гюнель', 'script'],
    ]);
  });

  it('finds by case number and shows only people the user may see', async () => {
    const any = (await search('Rzayev'))[0]!;
    expect((await search(any.caseNumber!))[0]!.personId).toBe(any.personId);
    const baku = (await t.db.query<{ id: string }>("select id from locations where code = 'baku'"))[0]!.id;
    const elsewhere = await t.signIn('social_worker', { locationIds: [baku] });
    expect(await search('Rzayev', elsewhere)).toEqual([]);
    const analyst = await t.signIn('analyst');
    expect((await analyst.request('GET', '/api/search/people?q=Rzayev')).statusCode).toBe(403);
  });

  it('treats what is typed as text, never as a pattern', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search("'; drop table persons; --")).toEqual([]);
    expect(await search('_____')).toEqual([]);
    const long = await worker.request('GET', `/api/search/people?q=${encodeURIComponent('ə '.repeat(99))}`);
    expect(long.statusCode).toBe(200);
    // A NUL is dropped with the other non-letters of a name.
    expect((await worker.request('GET', '/api/search/people?q=%00ab')).statusCode).toBe(200);
  });
});
