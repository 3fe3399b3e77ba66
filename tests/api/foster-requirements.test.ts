import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { application, apply, openFoster } from './support/foster';

/** Several requirements of a family marked in one save: one request, one transaction, each audited. */
let t: TestApp;
let officer: Session;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
});
afterAll(() => t.close());

interface Requirement {
  id: string;
  status: string;
  completedOn: string | null;
  version: number;
}

async function newFamily(ip: string): Promise<string> {
  const res = await apply(application(), ip);
  expect(res.statusCode, res.body).toBe(201);
  return (
    await t.db.query<{ id: string }>('select id from foster_families where reference = $1', [
      res.json().reference,
    ])
  )[0]!.id;
}
const detail = async (id: string) => (await officer.request('GET', `/api/foster/families/${id}`)).json();
const mark = (id: string, body: unknown) =>
  officer.request('POST', `/api/foster/families/${id}/requirements`, body);
const chosen = (list: Requirement[]) => list.map(({ id, version }) => ({ id, version }));
const changesOf = async (familyId: string) =>
  (
    await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'foster.requirement_changed' and entity_id = $1`,
      [familyId],
    )
  )[0]!.n;

describe('marking several requirements in one save', () => {
  it('completes every requirement in one request, audits each, and the open count drops to 0', async () => {
    const familyId = await newFamily('198.51.100.61');
    const before = await detail(familyId);
    expect(before.openRequirements).toBe(before.requirements.length);
    expect(before.requirements.length).toBeGreaterThan(5);
    const res = await mark(familyId, {
      requirements: chosen(before.requirements),
      status: 'complete',
      completedOn: '2026-11-20',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().openRequirements).toBe(0);
    expect(
      res
        .json()
        .requirements.every((r: Requirement) => r.status === 'complete' && r.completedOn === '2026-11-20'),
    ).toBe(true);
    expect(await changesOf(familyId)).toBe(before.requirements.length);
  });

  it('answers 409 when one of them changed meanwhile, and saves none of them', async () => {
    const familyId = await newFamily('198.51.100.62');
    const [first, second] = (await detail(familyId)).requirements as Requirement[];
    // Someone else completes the second one after the officer read the page.
    const other = await officer.request('PUT', `/api/foster/requirements/${second!.id}`, {
      version: second!.version,
      status: 'waived',
      waivedReason: 'Already on file.',
    });
    expect(other.statusCode, other.body).toBe(200);
    const res = await mark(familyId, { requirements: chosen([first!, second!]), status: 'complete' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('version_conflict');
    const now = (await detail(familyId)).requirements as Requirement[];
    expect(now.find((r) => r.id === first!.id)).toMatchObject({
      status: 'incomplete',
      version: first!.version,
    });
    expect(now.find((r) => r.id === second!.id)).toMatchObject({ status: 'waived' });
    expect(await changesOf(familyId)).toBe(1);
  });

  it("refuses another family's requirement, an unknown one and the same one twice, writing nothing", async () => {
    const familyId = await newFamily('198.51.100.63');
    const otherFamily = await newFamily('198.51.100.64');
    const own = (await detail(familyId)).requirements as Requirement[];
    const foreign = (await detail(otherFamily)).requirements as Requirement[];
    const theirs = await mark(familyId, { requirements: chosen([own[0]!, foreign[0]!]), status: 'complete' });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error.details).toEqual({ field: 'requirements.1.id' });
    const unknown = await mark(familyId, {
      requirements: [{ id: '00000000-0000-4000-8000-000000000000', version: 1 }],
      status: 'complete',
    });
    expect(unknown.statusCode).toBe(404);
    const twice = await mark(familyId, { requirements: chosen([own[0]!, own[0]!]), status: 'complete' });
    expect(twice.statusCode).toBe(400);
    const notAnId = await mark(familyId, { requirements: [{ id: 'x', version: 1 }], status: 'complete' });
    expect(notAnId.statusCode).toBe(400);
    expect((await mark(familyId, { requirements: [], status: 'complete' })).statusCode).toBe(400);
    const noReason = await mark(familyId, { requirements: chosen(own.slice(0, 2)), status: 'waived' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.rule).toBe('waiver_reason');
    const ahead = await mark(familyId, {
      requirements: chosen(own.slice(0, 2)),
      status: 'complete',
      completedOn: '2026-12-31',
    });
    expect(ahead.json().error.details.rule).toBe('date_in_future');
    expect((await detail(familyId)).openRequirements).toBe(own.length);
    expect(await changesOf(familyId)).toBe(0);
    expect(await changesOf(otherFamily)).toBe(0);
  });

  it('is for the foster-care officer only', async () => {
    const familyId = await newFamily('198.51.100.65');
    const own = (await detail(familyId)).requirements as Requirement[];
    const worker = await t.signIn('social_worker');
    const res = await worker.request('POST', `/api/foster/families/${familyId}/requirements`, {
      requirements: chosen(own),
      status: 'complete',
    });
    expect(res.statusCode).toBe(403);
  });

  it('counts a complete requirement whose validity ended as open, as the decision does', async () => {
    const familyId = await newFamily('198.51.100.66');
    const own = (await detail(familyId)).requirements as Requirement[];
    await mark(familyId, { requirements: chosen(own), status: 'complete', completedOn: '2026-11-20' });
    const expiring = (await detail(familyId)).requirements.filter(
      (r: { expiresOn: string | null }) => r.expiresOn,
    );
    expect(expiring.length).toBeGreaterThan(0);
    // The last test of the file: the clock moves on three years, past every validity.
    t.clock.advance(3 * 366 * 86_400_000);
    await officer.renew();
    const on = t.clock.now().toISOString().slice(0, 10);
    const later = await detail(familyId);
    expect(later.openRequirements).toBe(
      later.requirements.filter((r: { expiresOn: string | null }) => r.expiresOn && r.expiresOn < on).length,
    );
    expect(later.openRequirements).toBeGreaterThan(0);
  });
});
