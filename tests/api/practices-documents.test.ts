import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KIND_RULES } from '../../server/domain/cooperation/document-kinds';
import { practicePayload } from '../../server/domain/cooperation/practice-kind';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import { practiceBody, practiceHub } from './support/practices';

let t: TestApp;
let az: Session;
let tr: Session;
let orgs: { AZ: string; TR: string };

beforeAll(async () => {
  t = await createTestApp();
  ({ az, tr, orgs } = await practiceHub(t));
});
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe("a practice's files", () => {
  it('takes a real PDF from its own country, refuses a file that only claims to be one, and removes on request', async () => {
    const id = (await tr.request('POST', '/api/cooperation/practices', practiceBody())).json().id;
    const url = `/api/cooperation/practices/${id}/attachments?filename=${encodeURIComponent('elçi eğitimi.pdf')}`;
    const fake = await tr.request('POST', url, Buffer.from('<html>not a pdf</html>'), {
      'content-type': 'application/pdf',
    });
    expect(fake.statusCode).toBe(422);
    expect(fake.json().error.details.rule).toBe('document_type');
    expect((await az.request('POST', url, PDF, { 'content-type': 'application/pdf' })).statusCode).toBe(422);
    const res = await tr.request('POST', url, PDF, { 'content-type': 'application/pdf' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      filename: 'elçi eğitimi.pdf',
      mediaType: 'application/pdf',
      bytes: PDF.length,
    });

    const file = await az.request('GET', `/api/cooperation/practice-attachments/${res.json().id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.from(file.rawPayload).equals(PDF)).toBe(true);

    const gone = `/api/cooperation/practice-attachments/${res.json().id}`;
    expect((await az.request('DELETE', gone)).statusCode).toBe(422);
    expect((await tr.request('DELETE', gone)).statusCode).toBe(204);
    expect((await tr.request('GET', `/api/cooperation/practices/${id}`)).json().attachments).toEqual([]);
  });
});

describe("the hub's 'practice' document kind", () => {
  const rule = KIND_RULES.practice!;
  const payload = (over: Record<string, unknown> = {}) => ({
    ref: REF,
    title: 'Koruyucu aile kazandırma kampanyası',
    summary: 'Ulusal kampanya.',
    fullText: 'Metin.',
    language: 'tr',
    topics: ['recruitment', 'awareness_days'],
    evidence: '',
    contact: 'iletisim@example.org',
    organisation: 'Aile ve Sosyal Hizmetler Bakanlığı',
    ambassadorMaterial: false,
    ...over,
  });
  const REF = randomUUID();
  const receive = (issuedAt: string, p: unknown) =>
    t.db.transaction((tx) =>
      rule.accept!(tx, {
        rowId: randomUUID(),
        documentId: randomUUID(),
        country: 'TR',
        issuedAt,
        payload: rule.schema.parse(p),
      }),
    );
  const held = () =>
    t.db.query<{ id: string; title: string; organisation_id: string | null }>(
      'select id, title, organisation_id from practices where country = $1 and source_ref = $2',
      ['TR', REF],
    );

  it('refuses a payload with any field beyond its own (a child’s name has nowhere to travel)', () => {
    expect(rule.schema.safeParse(payload()).success).toBe(true);
    expect(rule.schema.safeParse(payload({ childName: 'Ali' })).success).toBe(false);
    expect(() => practicePayload(payload({ childName: 'Ali' }))).toThrow();
    expect(practicePayload(payload())).toEqual(payload());
  });

  it('creates the practice as coming from the country, updates it from a newer document, ignores an older one', async () => {
    await receive('2026-06-01T10:00:00Z', payload());
    let rows = await held();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Koruyucu aile kazandırma kampanyası', organisation_id: orgs.TR });

    await receive('2026-07-01T10:00:00Z', payload({ title: 'Kampanya 2026' }));
    await receive('2026-06-15T10:00:00Z', payload({ title: 'Eski sürüm' }));
    rows = await held();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toBe('Kampanya 2026');

    const page = (await az.request('GET', `/api/cooperation/practices/${rows[0]!.id}`)).json();
    expect(page).toMatchObject({ country: 'TR', pushed: true, title: 'Kampanya 2026' });
    const found = (await az.request('GET', '/api/cooperation/practices?q=kampanya')).json().items;
    expect(found.map((i: { id: string }) => i.id)).toContain(rows[0]!.id);
  });
});
