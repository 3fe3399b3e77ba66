import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/db/seeds/demo';
import { seedCooperation } from '../../server/db/seeds/demo-cooperation';
import { createTestApp, type TestApp } from '../support/test-app';

/** The demo's working group: Azerbaijan's delegate starts with an overdue action item. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // The demo's users and its cooperation hub, as seedDemo makes them (without the children).
  await seedDemoUsers(t.deps);
  await seedCooperation(t.deps, t.clock.now().toISOString().slice(0, 10));
}, 300_000);
afterAll(() => t.close());

async function signInAs(username: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = `yuva_session=${res.cookies.find((c) => c.name === 'yuva_session')?.value}`;
  return (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': 'az' } });
}

describe('the demo working group', () => {
  it('has two held meetings and a planned one, and AZ’s overdue action item on its delegate’s start page', async () => {
    const get = await signInAs('delegate-az', 'demo-delegate-az-2026');
    const meetings = (await get('/api/cooperation/meetings')).json();
    expect(meetings.items).toHaveLength(3);
    const mine = (await get('/api/cooperation/my-actions')).json();
    expect(mine.country).toBe('AZ');
    expect(mine.items[0].overdue).toBe(true);
    expect(mine.items.some((i: { overdue: boolean }) => !i.overdue)).toBe(true);
    expect(mine.nextMeeting).not.toBeNull();
    const tr = await signInAs('delegate-tr', 'demo-delegate-tr-2026');
    const theirs = (await tr('/api/cooperation/action-items?country=TR')).json();
    expect(theirs.items.map((i: { status: string }) => i.status).sort()).toEqual(['done', 'in_progress']);
    const commitments = (await get('/api/cooperation/commitments')).json();
    const day = commitments.items.find((c: { code: string }) => c.code === 'foster_family_day');
    expect(day.countries.find((c: { country: string }) => c.country === 'TR').status).toBe('done');
    expect(day.counts.overdue).toBe(1);
    expect((await get('/api/cases')).statusCode).toBe(403);
  });
});
