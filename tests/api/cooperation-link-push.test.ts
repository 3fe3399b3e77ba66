import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedDocument } from '../../common/contracts/cooperation-documents';
import { pushDocument } from '../../server/domain/cooperation/push.service';
import { signatureHolds } from '../../server/domain/cooperation/signature';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { type FakeHub, startFakeHub } from './support/fake-hub';

/**
 * A country's Yuva pushing signed documents to a (fake) hub: the indicator document over the
 * network or as a file, the hub's refusal and a hub that is down, each kept in the push log.
 */
let t: TestApp;
let hub: FakeHub;
let admin: Session;
let director: Session;
let publicKey: string;
const bodies: string[] = [];

async function push(who: Session, body: unknown) {
  const res = await who.request('POST', '/api/cooperation/pushes/indicators', body);
  bodies.push(res.body);
  return res;
}
async function log(who: Session) {
  const res = await who.request('GET', '/api/cooperation/pushes');
  bodies.push(res.body);
  return res;
}

/** Sets the connection up, registered with the fake hub and confirmed, as an administrator does. */
async function connect() {
  const put = await admin.request('PUT', '/api/cooperation/connection', {
    version: 1,
    country: 'AZ',
    hubUrl: hub.url,
    organisation: 'SOS Uşaq Kəndləri Azərbaycan',
    contact: 'admin@sos.az',
  });
  expect(put.statusCode, put.body).toBe(200);
  publicKey = put.json().publicKey;
  const registered = await admin.request('POST', '/api/cooperation/connection/register', {
    version: put.json().version,
  });
  expect(registered.statusCode, registered.body).toBe(200);
  const confirmed = await admin.request('POST', '/api/cooperation/connection/confirm', {
    version: registered.json().version,
    fingerprint: put.json().fingerprint,
  });
  expect(confirmed.json().state).toBe('confirmed');
  bodies.push(put.body, registered.body, confirmed.body);
}

beforeAll(async () => {
  t = await createTestApp();
  hub = await startFakeHub();
  admin = await t.signIn('admin');
  director = await t.signIn('director');
});
afterAll(async () => {
  await hub.close();
  await t.close();
});

describe('pushing signed documents to the hub', () => {
  it('refuses before the connection is set up, and over the network before the hub is confirmed', async () => {
    const early = await push(director, { year: 2026, via: 'file' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.details.rule).toBe('cooperation_link_not_set_up');
    expect((await log(director)).json().link).toEqual({
      country: null,
      hubUrl: null,
      network: false,
      file: false,
    });
    await admin.request('PUT', '/api/cooperation/connection', {
      version: 1,
      country: 'AZ',
      hubUrl: hub.url,
      organisation: 'SOS',
      contact: 'admin@sos.az',
    });
    const unconfirmed = await push(director, { year: 2026, via: 'network' });
    expect(unconfirmed.json().error.details.rule).toBe('cooperation_link_not_confirmed');
    await t.db.query('update cooperation_settings set public_key = null, private_key = null, version = 1');
  });

  it('sends the indicator document signed so that the registered key verifies it', async () => {
    await connect();
    hub.received.length = 0;
    const res = await push(director, { year: 2026, via: 'network' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'indicators',
      subject: '2026',
      via: 'network',
      status: 'accepted',
    });
    const sent = hub.received[0]!;
    expect(sent.path).toBe('/api/hub/documents');
    const doc = sent.body as SignedDocument;
    expect(doc).toMatchObject({ format: 'yuva-cooperation', version: 1, country: 'AZ', kind: 'indicators' });
    expect(doc.id).toBe(res.json().documentId);
    expect(doc.payload).toMatchObject({ format: 'yuva-indicators', country: 'AZ' });
    expect(signatureHolds(doc, publicKey)).toBe(true);
    expect(signatureHolds({ ...doc, country: 'TR' }, publicKey)).toBe(false);
    // The log keeps the hub's receipt.
    expect(res.json().answer).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('signs what another slice gives pushDocument, with a new id each time', async () => {
    const ctx = { actor: null, requestId: 'r', ip: '127.0.0.1', locale: 'en' as const };
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        admin.request('POST', '/api/cooperation/pushes/indicators', { year: 2025, via: 'file' }),
      ),
    );
    expect(a!.json().id).not.toBe(b!.json().id);
    // Without a signed-in caller holding cooperation.push, the function refuses.
    await expect(
      pushDocument(t.deps, ctx, { kind: 'practice', payload: {}, subject: 'x', via: 'file' }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('records the hub’s refusal in its words, and a hub that is down, and answers with a translated error', async () => {
    hub.mode = 'refuse';
    const refused = await push(director, { year: 2026, via: 'network' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rule).toBe('cooperation_hub_refused');
    expect(refused.json().error.message).toContain('The country XX is not a member of the group.');
    hub.mode = 'otherReceipt';
    const misread = await push(director, { year: 2026, via: 'network' });
    expect(misread.statusCode).toBe(422);
    expect(misread.json().error.details.rule).toBe('cooperation_hub_bad_answer');
    hub.mode = 'accept';
    await hub.close();
    const failed = await push(director, { year: 2026, via: 'network' });
    expect(failed.statusCode).toBe(422);
    expect(failed.json().error.details.rule).toBe('cooperation_hub_unreachable');
    // The message, in the director's language, says where it tried.
    expect(failed.json().error.message).toContain(hub.url);
    const items = (await log(director)).json().items as { status: string; answer: string | null }[];
    expect(items[0]).toMatchObject({ status: 'failed' });
    expect(items[0]!.answer).toContain(hub.url);
    expect(items[1]).toMatchObject({ status: 'failed' });
    expect(items[2]).toMatchObject({
      status: 'refused',
      answer: 'The country XX is not a member of the group.',
    });
    hub = await startFakeHub();
  });

  it('gives the signed document as a file that verifies, and logs it as downloaded', async () => {
    const res = await push(admin, { year: 2025, via: 'file' });
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as SignedDocument;
    expect(res.headers['content-disposition']).toContain(
      `yuva-AZ-indicators-2025-${doc.id.slice(0, 8)}.json`,
    );
    expect(signatureHolds(doc, publicKey)).toBe(true);
    // Aggregates only: counts rounded down to multiples of 5, none under 5.
    const counts = JSON.stringify(doc.payload).match(/"(n|total|numerator|denominator)":\d+/g) ?? [];
    expect(counts.filter((m) => Number(m.split(':')[1]) % 5 !== 0)).toEqual([]);
    const page = (await log(admin)).json();
    expect(page.items[0]).toMatchObject({
      status: 'downloaded',
      via: 'file',
      documentId: doc.id,
      answer: null,
    });
    expect(page).toMatchObject({ page: 1, pageSize: 50, link: { country: 'AZ', network: true, file: true } });
    expect(page.total).toBe(page.items.length);
    expect(page.items.map((i: { status: string }) => i.status).sort()).toEqual([
      'accepted',
      'downloaded',
      'downloaded',
      'downloaded',
      'failed',
      'failed',
      'refused',
    ]);
    const second = (await admin.request('GET', '/api/cooperation/pushes?page=2&pageSize=4')).json();
    expect(second.items).toHaveLength(3);
  });

  it('refuses bad input and roles without cooperation.push', async () => {
    expect((await push(director, { year: 2026, via: 'pigeon' })).statusCode).toBe(400);
    expect((await push(director, { year: 2026 })).statusCode).toBe(400);
    for (const role of ['social_worker', 'analyst', 'working_group_member'] as const) {
      const other = await t.signIn(role);
      expect((await push(other, { year: 2026, via: 'file' })).statusCode).toBe(403);
      expect((await log(other)).statusCode).toBe(403);
    }
  });

  it('never shows the private key in an answer or an audit row', async () => {
    const privateKey = (
      await t.db.query<{ private_key: string }>('select private_key from cooperation_settings')
    )[0]!.private_key;
    const secret = privateKey.split('\n')[1]!;
    expect(bodies.filter((b) => b.includes('PRIVATE') || b.includes(secret))).toEqual([]);
    const audited = await t.db.query<{ changes: unknown }>(
      `select changes from audit_events where action = 'cooperation.document_pushed'`,
    );
    expect(audited).toHaveLength(7);
    expect(JSON.stringify(audited)).not.toContain(secret);
  });
});
