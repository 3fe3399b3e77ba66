import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnsignedDocument } from '../../common/contracts/cooperation-documents';
import { setHub } from '../../server/db/repositories/cooperation-members.repository';
import { type KeyPair, newKeyPair, signDocument } from '../../server/domain/cooperation/signature';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import {
  confirmedKey,
  delegateOf,
  hubWithMembers,
  indicatorsDocument,
  indicatorsPayload,
  keptDocuments,
  registerKey,
} from './support/hub';

/** The hub receives countries' signed documents and refuses every one it must not keep (issue 17). */

let t: TestApp;
let admin: Session;
let az: KeyPair;
let tr: KeyPair;
beforeAll(async () => {
  t = await createTestApp();
  admin = await hubWithMembers(t);
  az = await confirmedKey(t, admin, 'AZ');
  tr = await confirmedKey(t, admin, 'TR');
});
afterAll(() => t.close());

const push = (document: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/hub/documents', payload: document as object });

/** Sends the document and expects it refused with `status` and `rule`, keeping nothing. */
async function refused(document: unknown, status: number, rule?: string) {
  const before = await keptDocuments(t);
  const res = await push(document);
  expect(res.statusCode, res.body).toBe(status);
  if (rule) expect(res.json().error.details.rule).toBe(rule);
  expect(await keptDocuments(t)).toBe(before);
  return res;
}

describe('a signed document', () => {
  it('is accepted from a member country signed with its confirmed key, and listed without its payload', async () => {
    const document = signDocument(indicatorsDocument('TR'), tr.privateKey);
    const res = await push(document);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ documentId: document.id, country: 'TR', kind: 'indicators' });
    const list = await admin.request('GET', '/api/cooperation/documents?country=TR&kind=indicators');
    expect(list.json()).toMatchObject({ total: 1, page: 1 });
    expect(list.json().items[0]).toMatchObject({ documentId: document.id, via: 'network', receivedBy: null });
    expect(list.json().items[0]).not.toHaveProperty('payload');
    const [audited] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_events where action = 'cooperation.document_received'",
    );
    expect(audited!.n).toBe(1);
    // The second time it is a replay: 409, kept once.
    await refused(document, 409, 'document_replayed');
  });

  it('is refused unsigned, tampered, signed by another or an unconfirmed key, or from an unknown country', async () => {
    const unsigned = indicatorsDocument('TR');
    expect((await refused(unsigned, 400)).json().error.code).toBe('validation_failed');
    const tampered = signDocument(indicatorsDocument('TR'), tr.privateKey);
    (tampered.payload as { indicators: { rows: { n: number }[] }[] }).indicators[0]!.rows[0]!.n = 500;
    await refused(tampered, 422, 'document_signature_invalid');
    await refused(signDocument(indicatorsDocument('TR'), az.privateKey), 422, 'document_signature_invalid');
    const pending = newKeyPair();
    await registerKey(t, 'TR', pending);
    await refused(
      signDocument(indicatorsDocument('TR'), pending.privateKey),
      422,
      'document_signature_invalid',
    );
    await refused(signDocument(indicatorsDocument('UZ'), tr.privateKey), 422, 'document_unknown_country');
  });

  it('is refused when its country has no confirmed key', async () => {
    await t.db.query(
      "insert into member_countries (code, names, joined_on) values ('KZ', '{}', '2026-01-01')",
    );
    const kz = newKeyPair();
    await registerKey(t, 'KZ', kz);
    await refused(signDocument(indicatorsDocument('KZ'), kz.privateKey), 422, 'document_no_key');
  });

  it('is refused dated more than five minutes ahead of the hub', async () => {
    const ahead = (minutes: number): UnsignedDocument => ({
      ...indicatorsDocument('TR'),
      issuedAt: new Date(t.clock.now().getTime() + minutes * 60_000).toISOString(),
    });
    await refused(signDocument(ahead(6), tr.privateKey), 422, 'document_from_the_future');
    expect((await push(signDocument(ahead(4), tr.privateKey))).statusCode).toBe(201);
  });

  it("is refused when its figures hold a small cell or are another country's", async () => {
    const small = indicatorsDocument('TR', indicatorsPayload('TR', 3));
    await refused(signDocument(small, tr.privateKey), 422, 'exchange_not_suppressed');
    const azFigures = indicatorsDocument('TR', indicatorsPayload('AZ'));
    await refused(signDocument(azFigures, tr.privateKey), 422, 'cooperation_other_country');
    const extra = indicatorsDocument('TR', { ...indicatorsPayload('TR'), childName: 'Ali' });
    const res = await refused(signDocument(extra, tr.privateKey), 400);
    expect(res.json().error.details.fields[0].field).toBe('body.payload');
  });

  it('sent twice at once is kept once: one accepted, the other told it is a replay', async () => {
    const document = signDocument(indicatorsDocument('AZ'), az.privateKey);
    const before = await keptDocuments(t);
    const answers = await Promise.all([push(document), push(document)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(await keptDocuments(t)).toBe(before + 1);
  });
});

describe('a document uploaded by hand', () => {
  it("is taken from the hub's administrator and from a delegate of the document's country only", async () => {
    const azDelegate = await delegateOf(t, 'AZ');
    const trDocument = signDocument(indicatorsDocument('TR'), tr.privateKey);
    const before = await keptDocuments(t);
    const other = await azDelegate.request('POST', '/api/cooperation/documents/upload', trDocument);
    expect(other.json().error.details.rule).toBe('cooperation_not_your_country');
    expect(await keptDocuments(t)).toBe(before);
    const own = await azDelegate.request(
      'POST',
      '/api/cooperation/documents/upload',
      signDocument(indicatorsDocument('AZ'), az.privateKey),
    );
    expect(own.statusCode, own.body).toBe(201);
    const byAdmin = await admin.request('POST', '/api/cooperation/documents/upload', trDocument);
    expect(byAdmin.statusCode).toBe(201);
    const [row] = await t.db.query<{ via: string; received_by: string }>(
      'select via, received_by from cooperation_documents where document_id = $1',
      [trDocument.id],
    );
    expect(row).toEqual({ via: 'file', received_by: admin.userId });
    const director = await t.signIn('director');
    expect((await director.request('POST', '/api/cooperation/documents/upload', trDocument)).statusCode).toBe(
      403,
    );
  });
});

describe('when this installation is not the hub', () => {
  it('answers 404 to a document sent or uploaded', async () => {
    await setHub(t.db, false);
    try {
      const document = signDocument(indicatorsDocument('TR'), tr.privateKey);
      expect((await push(document)).statusCode).toBe(404);
      expect((await admin.request('POST', '/api/cooperation/documents/upload', document)).statusCode).toBe(
        404,
      );
    } finally {
      await setHub(t.db, true);
    }
  });
});
