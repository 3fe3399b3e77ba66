import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let officer: Session;
let director: Session;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

const adult = (over: Record<string, unknown> = {}) => ({
  givenName: 'Leyla',
  familyName: 'Məmmədova',
  birthDate: '1984-05-02',
  education: 'higher',
  regularIncome: true,
  citizenship: 'AZ',
  residence: 'AZ',
  applicant: true,
  ...over,
});

async function applyAs(ip: string, given = 'Leyla') {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/public/foster-applications',
    remoteAddress: ip,
    payload: {
      country: 'AZ',
      twoParent: false,
      address: 'Nizami küç. 5, Gəncə',
      district: 'Kəpəz',
      phone: '+994 22 000 00 00',
      email: 'aile@example.org',
      motivation: 'Uşağa ailə vermək istəyirik.',
      adults: [adult({ givenName: given })],
      children: [],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const token = res.json().statusPath.split('/').at(-1) as string;
  const reference = res.json().reference as string;
  const id = (
    await t.db.query<{ id: string }>('select id from foster_families where reference = $1', [reference])
  )[0]!.id;
  return { token, reference, id };
}

const upload = (
  token: string,
  body: Buffer,
  type: string,
  query: Record<string, string> = { filename: 'arayış.pdf' },
  lang = 'az',
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/foster-applications/${token}/documents?${new URLSearchParams(query)}`,
    headers: { 'content-type': type, 'accept-language': lang },
    payload: body,
  });

const documentCount = async () =>
  (await t.db.query<{ n: number }>('select count(*)::int as n from foster_documents'))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.signIn('foster_care_officer');
  director = await t.signIn('director');
});
afterAll(() => t.close());

describe("documents through the applicant's private link", () => {
  it('takes a PDF against one of its own requirements; the officer sees and downloads it, audited', async () => {
    const { token, id } = await applyAs('203.0.113.10');
    const status = (
      await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` })
    ).json();
    const requirement = status.requirements[0];
    const res = await upload(token, PDF, 'application/pdf', {
      filename: 'məhkumluq arayışı.pdf',
      requirementId: requirement.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ filename: 'məhkumluq arayışı.pdf', requirementId: requirement.id });
    expect(res.json()).not.toHaveProperty('uploadedByName');

    const after = (
      await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` })
    ).json();
    expect(after.documents).toHaveLength(1);
    expect(after.documentQuota.filesLeft).toBe(39);

    const detail = (await officer.request('GET', `/api/foster/families/${id}`)).json();
    expect(detail.documents).toEqual([
      expect.objectContaining({ filename: 'məhkumluq arayışı.pdf', uploadedByName: null }),
    ]);
    const file = await director.request('GET', `/api/foster/documents/${detail.documents[0].id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const audited = await t.db.query<{ action: string }>(
      `select action from audit_events where entity_id = $1::text and action like 'foster.document_%' order by at`,
      [id],
    );
    expect(audited.map((a) => a.action)).toEqual(['foster.document_uploaded', 'foster.document_viewed']);
  });

  it("refuses another family's requirement, so nothing sent can reach another record", async () => {
    const mine = await applyAs('203.0.113.11', 'Nərmin');
    const theirs = await applyAs('203.0.113.12', 'Sevda');
    const theirStatus = (
      await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${theirs.token}` })
    ).json();
    const before = await documentCount();
    const res = await upload(mine.token, PDF, 'application/pdf', {
      filename: 'a.pdf',
      requirementId: theirStatus.requirements[0].id,
    });
    expect(res.statusCode).toBe(400);
    expect(await documentCount()).toBe(before);
    const unknownLink = await upload('x'.repeat(40), PDF, 'application/pdf');
    expect(unknownLink.statusCode).toBe(404);
  });

  it('refuses wrong file types, disguised files, empty and oversized files with a translated message', async () => {
    const { token } = await applyAs('203.0.113.13', 'Aynur');
    const before = await documentCount();
    const html = await upload(token, Buffer.from('<script>alert(1)</script>'), 'text/html');
    expect(html.statusCode).toBe(415);
    const disguised = await upload(token, Buffer.from('<script>alert(1)</script>'), 'application/pdf');
    expect(disguised.statusCode).toBe(422);
    expect(disguised.json().error.message).toBe(
      'Yalnız PDF, JPEG və PNG faylları qəbul olunur və fayl həqiqətən belə olmalıdır.',
    );
    const claimedPng = await upload(token, PDF, 'image/png', { filename: 'a.png' }, 'ru');
    expect(claimedPng.statusCode).toBe(422);
    expect(claimedPng.json().error.message).toMatch(/PDF, JPEG и PNG/);
    const empty = await upload(token, Buffer.alloc(0), 'application/pdf');
    expect([400, 422]).toContain(empty.statusCode);
    const huge = await upload(token, Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'application/pdf');
    expect(huge.statusCode).toBe(413);
    const badName = await upload(token, PDF, 'application/pdf', { filename: '../../etc/passwd' });
    expect(badName.statusCode).toBe(400);
    expect(await documentCount()).toBe(before);
    const png = await upload(token, PNG, 'image/png', { filename: '<img src=x onerror=alert(1)>.png' });
    expect(png.statusCode).toBe(201);
    // A name with markup is kept as text; the web app renders it as text, never as HTML.
    expect(png.json().filename).toBe('<img src=x onerror=alert(1)>.png');
  });

  it('stores and serves file names without direction overrides or invisible characters', async () => {
    // 'arayış<U+202E>fdp.exe' shows as 'arayış' + 'exe.pdf' reversed: a program passing for a PDF.
    const { token, id } = await applyAs('203.0.113.18', 'Lalə');
    const sent = 'arayış\u202Efdp.exe\u2066\u200F.pdf';
    const res = await upload(token, PDF, 'application/pdf', { filename: sent });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().filename).toBe('arayışfdp.exe.pdf');
    const byOfficer = await officer.request(
      'POST',
      `/api/foster/families/${id}/documents?${new URLSearchParams({ filename: 'müsahibə\u202Efdp.exe\u061C\u00AD.pdf' })}`,
      PDF,
      { 'content-type': 'application/pdf' },
    );
    expect(byOfficer.statusCode, byOfficer.body).toBe(201);
    expect(byOfficer.json().filename).toBe('müsahibəfdp.exe.pdf');

    const stored = await t.db.query<{ filename: string }>(
      'select filename from foster_documents where family_id = $1 order by filename',
      [id],
    );
    expect(stored.map((r) => r.filename)).toEqual(['arayışfdp.exe.pdf', 'müsahibəfdp.exe.pdf']);
    const audited = await t.db.query<{ changes: { filename: string } }>(
      "select changes from audit_events where action = 'foster.document_uploaded' and entity_id = $1::text",
      [id],
    );
    expect(audited.map((a) => a.changes.filename).sort()).toEqual([
      'arayışfdp.exe.pdf',
      'müsahibəfdp.exe.pdf',
    ]);

    const names = (docs: { filename: string }[]) => docs.map((d) => d.filename).sort();
    const status = (
      await t.app.inject({ method: 'GET', url: `/api/public/foster-applications/${token}` })
    ).json();
    expect(names(status.documents)).toEqual(['arayışfdp.exe.pdf', 'müsahibəfdp.exe.pdf']);
    const detail = (await officer.request('GET', `/api/foster/families/${id}`)).json();
    expect(names(detail.documents)).toEqual(['arayışfdp.exe.pdf', 'müsahibəfdp.exe.pdf']);
    for (const doc of detail.documents as { id: string; filename: string }[]) {
      const file = await officer.request('GET', `/api/foster/documents/${doc.id}/content`);
      expect(file.statusCode).toBe(200);
      const disposition = String(file.headers['content-disposition']);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(doc.filename);
      expect(disposition).not.toMatch(/%E2%80%AE|%E2%81%A6|%E2%80%8F|%D8%9C|%C2%AD/i);
    }
  });

  it('stops at the quota of files a link may send, and after a decision', async () => {
    const { token, id } = await applyAs('203.0.113.14', 'Gülnar');
    await t.db.query(
      `insert into foster_documents (family_id, filename, media_type, size_bytes, content)
       select $1, 'f' || g || '.pdf', 'application/pdf', 10, '\\x00'::bytea from generate_series(1, 40) g`,
      [id],
    );
    const full = await upload(token, PDF, 'application/pdf', { filename: 'one-more.pdf' }, 'en');
    expect(full.statusCode).toBe(422);
    expect(full.json().error.details.rule).toBe('foster_documents_quota');
    expect(full.json().error.message).toMatch(/40 files/);

    const other = await applyAs('203.0.113.15', 'Samirə');
    await t.db.query(`update foster_families set status = 'denied' where id = $1`, [other.id]);
    const closed = await upload(other.token, PDF, 'application/pdf');
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.details.rule).toBe('foster_documents_closed');
  });

  it('lets an officer add a document to the file, and nobody else', async () => {
    const { id } = await applyAs('203.0.113.16', 'Könül');
    const add = (s: Session) =>
      s.request('POST', `/api/foster/families/${id}/documents?filename=interview.pdf`, PDF, {
        'content-type': 'application/pdf',
      });
    expect((await add(director)).statusCode).toBe(403);
    const res = await add(officer);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().uploadedByName).toBeTruthy();
  });
});

describe("a family's location", () => {
  it('is set by an officer, checked, versioned and shown on the family', async () => {
    const { id } = await applyAs('203.0.113.17', 'Nigar');
    const ganja = (await t.db.query<{ id: string }>(`select id from locations where code = 'ganja'`))[0]!.id;
    const f = (await officer.request('GET', `/api/foster/families/${id}`)).json();
    expect(f.locationId).toBeNull();
    const res = await officer.request('PUT', `/api/foster/families/${id}/location`, {
      version: f.version,
      locationId: ganja,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ locationId: ganja, locationName: { en: 'Ganja' } });
    const stale = await officer.request('PUT', `/api/foster/families/${id}/location`, {
      version: f.version,
      locationId: null,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await officer.request('PUT', `/api/foster/families/${id}/location`, {
      version: res.json().version,
      locationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
  });
});
