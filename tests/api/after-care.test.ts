import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

let t: TestApp;
let worker: Session;
let admin: Session;
let ganja: string;
let stc: string;
let youthHouse: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function refer(name: string, birthDate: string, programmeId: string) {
  const res = await worker.request('POST', '/api/referrals', {
    receivedOn: '2026-01-10',
    source: 'family',
    reasons: ['voluntary_temporary'],
    locationId: ganja,
    programmeId,
    children: [{ givenName: name, familyName: 'Quliyev', sex: 'male', birthDate }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().cases[0].id as string;
}

const upload = (
  caseId: string,
  body: Buffer,
  contentType: string,
  query = 'type=birth_certificate&filename=Doğum%20şəhadətnaməsi.pdf',
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/documents?${query}`,
    payload: body,
    headers: { cookie: worker.cookie, 'x-csrf-token': worker.csrfToken, 'content-type': contentType },
  });

beforeAll(async () => {
  t = await createTestApp();
  const id = async (sql: string) => (await t.db.query<{ id: string }>(sql))[0]!.id;
  ganja = await id("select id from locations where code = 'ganja'");
  stc = await id("select id from programmes where code = 'ganja-short-term-care'");
  youthHouse = await id("select id from programmes where code = 'ganja-youth-house'");
  worker = await t.signIn('social_worker', { locationIds: [ganja] });
  admin = await t.signIn('admin');
});
afterAll(() => t.close());

describe('documents', () => {
  it('stores a PDF in the database, lists it, and logs who downloaded it', async () => {
    const caseId = await refer('Orxan', '2015-05-05', stc);
    const res = await upload(caseId, PDF, 'application/pdf');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      docType: 'birth_certificate',
      filename: 'Doğum şəhadətnaməsi.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const list = (await worker.request('GET', `/api/cases/${caseId}/documents`)).json().items;
    expect(list).toHaveLength(1);
    const file = await worker.request('GET', `/api/documents/${list[0].id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Do%C4%9Fum");
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const log = (await admin.request('GET', `/api/cases/${caseId}/access-log`)).json().items;
    expect(log.length).toBeGreaterThan(0);
  });

  it('judges a file by its content, not its name or declared type, and refuses what it cannot store', async () => {
    const caseId = await refer('Tofiq', '2014-02-02', stc);
    const count = async () =>
      (await t.db.query<{ n: number }>('select count(*)::int as n from case_documents'))[0]!.n;
    const before = await count();
    const script = Buffer.from('<script>alert(1)</script>');
    expect((await upload(caseId, script, 'application/pdf')).json().error.details.rule).toBe('document_type');
    expect((await upload(caseId, PNG, 'application/pdf')).json().error.details.rule).toBe('document_type');
    expect((await upload(caseId, PNG, 'image/png', 'type=photo&filename=photo.png')).statusCode).toBe(201);
    expect((await upload(caseId, Buffer.alloc(0), 'application/pdf')).statusCode).toBeGreaterThanOrEqual(400);
    expect(
      (await upload(caseId, Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]), 'application/pdf'))
        .statusCode,
    ).toBe(413);
    expect((await upload(caseId, PDF, 'application/zip')).statusCode).toBe(415);
    expect(
      (await upload(caseId, PDF, 'application/pdf', 'type=photo&filename=..%2F..%2Fetc%2Fpasswd')).statusCode,
    ).toBe(400);
    expect(await count()).toBe(before + 1);
  });

  it('stores and serves a file name without direction overrides or invisible characters', async () => {
    // 'report<U+202E>fdp.exe' shows as 'report' + 'exe.pdf' reversed: a program passing for a PDF.
    const caseId = await refer('Ramin', '2014-03-03', stc);
    const sent = 'Hesabat\u202Efdp.exe\u200B\uFEFF\u009B.pdf';
    const res = await upload(
      caseId,
      PDF,
      'application/pdf',
      `type=other&filename=${encodeURIComponent(sent)}`,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().filename).toBe('Hesabatfdp.exe.pdf');
    const stored = await t.db.query<{ filename: string }>(
      'select filename from case_documents where id = $1',
      [res.json().id],
    );
    expect(stored[0]!.filename).toBe('Hesabatfdp.exe.pdf');
    const audited = await t.db.query<{ changes: { filename: string } }>(
      "select changes from audit_events where action = 'document.uploaded' and entity_id = $1::text",
      [res.json().id],
    );
    expect(audited[0]!.changes.filename).toBe('Hesabatfdp.exe.pdf');
    const list = (await worker.request('GET', `/api/cases/${caseId}/documents`)).json().items;
    expect(list.map((d: { filename: string }) => d.filename)).toEqual(['Hesabatfdp.exe.pdf']);
    const file = await worker.request('GET', `/api/documents/${res.json().id}/content`);
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Hesabatfdp.exe.pdf"; filename*=UTF-8''Hesabatfdp.exe.pdf`,
    );
    // A name of nothing but invisible characters gets a plain default.
    const blank = await upload(caseId, PDF, 'application/pdf', 'type=other&filename=%E2%80%AE%E2%80%8B');
    expect(blank.statusCode, blank.body).toBe(201);
    expect(blank.json().filename).toBe('document');
    // A name stored before names were cleaned is listed and sent clean.
    const old = await t.db.query<{ id: string }>(
      `insert into case_documents (case_id, doc_type, filename, media_type, size_bytes, content)
       values ($1, 'other', $2, 'application/pdf', $3, $4) returning id`,
      [caseId, 'köhnə\u202Efdp.exe\u200D.pdf', PDF.length, PDF],
    );
    const listed = (await worker.request('GET', `/api/cases/${caseId}/documents`)).json().items;
    expect(listed.map((d: { filename: string }) => d.filename).sort()).toEqual([
      'Hesabatfdp.exe.pdf',
      'document',
      'köhnəfdp.exe.pdf',
    ]);
    const oldFile = await worker.request('GET', `/api/documents/${old[0]!.id}/content`);
    expect(oldFile.headers['content-disposition']).toBe(
      `attachment; filename="k_hn_fdp.exe.pdf"; filename*=UTF-8''k%C3%B6hn%C9%99fdp.exe.pdf`,
    );
  });

  it('does not let a caller without the right send the file at all', async () => {
    const caseId = await refer('Nicat', '2014-02-02', stc);
    const analyst = await t.signIn('analyst');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?type=other&filename=x.pdf`,
      payload: PDF,
      headers: {
        cookie: analyst.cookie,
        'x-csrf-token': analyst.csrfToken,
        'content-type': 'application/pdf',
      },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('short-term care and reunification', () => {
  it('opens an episode with the placement, marks it reunified when the child goes home, and schedules follow-ups', async () => {
    const caseId = await refer('Elçin', '2016-07-07', stc);
    const placed = (
      await worker.request('POST', `/api/cases/${caseId}/placements`, {
        settingType: 'short_term',
        programmeId: stc,
        orderedBy: 'voluntary',
        startDate: '2026-01-12',
      })
    ).json();
    let [episode] = (await worker.request('GET', `/api/cases/${caseId}/short-term-episodes`)).json().items;
    expect(episode).toMatchObject({ status: 'admitted', admittedOn: '2026-01-12' });
    const moved = await worker.request('PUT', `/api/short-term-episodes/${episode.id}`, {
      version: episode.version,
      status: 'reintegration',
      on: '2026-02-01',
      reintegrationPlan: 'Parenting sessions, housing support',
      familyWork: 'Weekly home visits',
    });
    expect(moved.json()).toMatchObject({
      status: 'reintegration',
      reintegrationPlan: 'Parenting sessions, housing support',
    });
    const back = await worker.request('PUT', `/api/short-term-episodes/${episode.id}`, {
      version: moved.json().version,
      status: 'assessment',
      on: '2026-02-02',
    });
    expect(back.json().error.details.rule).toBe('episode_step');
    const trial = await worker.request('PUT', `/api/short-term-episodes/${episode.id}`, {
      version: moved.json().version,
      status: 'trial_return',
      on: '2026-03-01',
    });
    expect(trial.json().trialReturnOn).toBe('2026-03-01');

    await worker.request('POST', `/api/placements/${placed.id}/end`, {
      version: placed.version,
      endDate: '2026-03-15',
      endReason: 'reunification',
    });
    [episode] = (await worker.request('GET', `/api/cases/${caseId}/short-term-episodes`)).json().items;
    expect(episode).toMatchObject({ status: 'reunified', reunifiedOn: '2026-03-15' });
    const followUps = (await worker.request('GET', `/api/cases/${caseId}/follow-ups`)).json().items;
    expect(followUps.map((f: { dueOn: string; kind: string }) => `${f.kind} ${f.dueOn}`)).toEqual([
      'reunification 2026-04-15',
      'reunification 2026-06-15',
      'reunification 2026-09-15',
    ]);
    const due = (await worker.request('GET', '/api/my-work')).json().due.items;
    expect(
      due.filter((d: { kind: string; caseId: string }) => d.kind === 'follow_up' && d.caseId === caseId),
    ).toHaveLength(3);
    const held = await worker.request('POST', `/api/follow-ups/${followUps[0].id}`, {
      version: followUps[0].version,
      status: 'held',
      heldOn: '2026-04-16',
      ratings: { care: 4, food_security: 3, shelter: 3 },
      notes: 'Settled at home',
    });
    expect(held.json()).toMatchObject({ status: 'held', ratings: { care: 4, food_security: 3, shelter: 3 } });
    const bad = await worker.request('POST', `/api/follow-ups/${followUps[1].id}`, {
      version: followUps[1].version,
      status: 'held',
      heldOn: '2026-06-16',
      ratings: { care: 7 },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('leaving care and after-care', () => {
  it('starts a leaving-care plan from age 14 and, when the young person leaves, schedules after-care follow-ups', async () => {
    const young = await refer('Kənan', '2012-06-01', youthHouse);
    await worker.request('POST', `/api/cases/${young}/placements`, {
      settingType: 'supervised_independent_living',
      programmeId: youthHouse,
      orderedBy: 'administrative',
      startDate: '2026-01-15',
    });
    const tooYoung = await worker.request('POST', `/api/cases/${young}/leaving-care`, {
      startedOn: '2026-02-01',
    });
    expect(tooYoung.json().error.details.rule).toBe('leaving_care_too_young');

    const caseId = await refer('Vüsal', '2009-03-01', youthHouse);
    await worker.request('POST', `/api/cases/${caseId}/placements`, {
      settingType: 'supervised_independent_living',
      programmeId: youthHouse,
      orderedBy: 'administrative',
      startDate: '2026-01-15',
    });
    const plan = await worker.request('POST', `/api/cases/${caseId}/leaving-care`, {
      startedOn: '2026-02-01',
      housing: 'Shared flat in Ganja',
      incomeWork: 'Apprenticeship',
      namedWorker: 'Elvin M.',
      youngPersonAgreed: true,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const left = await worker.request('POST', `/api/leaving-care/${plan.json().id}/left`, {
      version: plan.json().version,
      leftOn: '2026-06-30',
      planned: true,
    });
    expect(left.json()).toMatchObject({ status: 'completed', leftCareOn: '2026-06-30', leftPlanned: true });
    const history = (await worker.request('GET', `/api/cases/${caseId}/placements`)).json().items;
    expect(history[0]).toMatchObject({
      endDate: '2026-06-30',
      endReason: 'independent_living',
      endReasonGroup: 'permanency',
    });
    expect((await worker.request('GET', `/api/cases/${caseId}`)).json().status).toBe('after_care');
    const followUps = (await worker.request('GET', `/api/cases/${caseId}/follow-ups`)).json().items;
    expect(followUps.map((f: { dueOn: string }) => f.dueOn)).toEqual([
      '2026-12-30',
      '2027-06-30',
      '2029-06-30',
      '2031-06-30',
    ]);
  });
});
