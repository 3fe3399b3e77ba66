import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAs } from '../support/csv-read';
import { pdfText } from '../support/pdf-text';
import { createTestApp, type Session, type TestApp } from '../support/test-app';

/**
 * Exports of the lists: CSV and XLSX read back, headings in the user's language, scope exactly
 * as the list's, the pseudonymised export for researchers, audit rows, and bad requests.
 */
let t: TestApp;
let admin: Session;
let ganjaWorker: Session;
let analyst: Session;
let director: Session;
let ganja: string;
let baku: string;
const BULK = 2_345;

async function id(sql: string, params: unknown[] = []) {
  return (await t.db.query<{ id: string }>(sql, params))[0]!.id;
}

function referral(locationId: string, children: Record<string, unknown>[]) {
  return {
    receivedOn: '2026-11-20',
    source: 'guardianship_body',
    reasons: ['parental_incapacity'],
    description: 'Test referral for exports.',
    locationId,
    children,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  ganja = await id("select id from locations where code = 'ganja'");
  baku = await id("select id from locations where code = 'baku'");
  admin = await t.signIn('admin');
  ganjaWorker = await t.signIn('social_worker', { locationIds: [ganja] });
  analyst = await t.signIn('analyst');
  director = await t.signIn('director');
  const g = await admin.request(
    'POST',
    '/api/referrals',
    referral(ganja, [
      {
        givenName: 'Gülnarə',
        familyName: 'Şükürova',
        patronymic: 'İlqar qızı',
        sex: 'female',
        birthDate: '2015-03-09',
        nationalIdType: 'az_fin',
        nationalId: '5ZK8G2P',
      },
      // What somebody typed into a name field must never run as a formula.
      {
        givenName: '=HYPERLINK("http://x","y")',
        familyName: '+Ağayev',
        sex: 'male',
        birthDate: '2012-07-01',
      },
    ]),
  );
  expect(g.statusCode, g.body).toBe(201);
  const b = await admin.request(
    'POST',
    '/api/referrals',
    referral(baku, [{ givenName: 'Bakılı', familyName: 'Həsənov', sex: 'male', birthDate: '2010-01-31' }]),
  );
  expect(b.statusCode, b.body).toBe(201);
  // Enough children in Ganja for several batches, many opened on the same day (the keyset's tie-break).
  await t.db.exec(`
    insert into persons (id, given_name, family_name, sex, birth_date)
      select overlay(overlay(md5('exp' || g) placing '4' from 13) placing '8' from 17)::uuid, 'Uşaq' || g, 'Ailə' || (g % 97), case when g % 2 = 0 then 'female' else 'male' end,
             date '2008-01-01' + (g % 5000)
        from generate_series(1, ${BULK}) g;
    insert into cases (case_number, child_id, status, location_id, opened_on)
      select 'YV-X-' || g, overlay(overlay(md5('exp' || g) placing '4' from 13) placing '8' from 17)::uuid, 'in_care', '${ganja}', date '2020-01-01' + (g % 40)
        from generate_series(1, ${BULK}) g;`);
});
afterAll(() => t.close());

function csvRows(body: string): string[][] {
  // RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function readXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { sheet, rows };
}

async function exportsOf(list: string) {
  return t.db.query<{ changes: { list: string; format: string; filters: unknown; rows: number } }>(
    "select changes from audit_events where action = 'list.exported' and changes->>'list' = $1 order by id",
    [list],
  );
}

describe('children list export', () => {
  it('writes CSV in UTF-8 with BOM, headings in Azerbaijani, every row of the list, formulas neutralised', async () => {
    const res = await admin.request('GET', '/api/exports/cases?format=csv&lang=az');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename=".*\.csv"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      'Uşaqlar və gənclər 2026-11-25.csv',
    );
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(raw.subarray(3).toString('utf8'));
    expect(rows[0]!.slice(0, 7)).toEqual([
      'İş nömrəsi',
      'Soyad',
      'Ad',
      'Ata adı',
      'Cins',
      'Doğum tarixi',
      'Yaş',
    ]);
    const total = Number(res.headers['x-total-rows']);
    expect(total).toBe(BULK + 3);
    expect(rows.length - 1).toBe(total);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(total);
    const gulnara = rows.find((r) => r[2] === 'Gülnarə')!;
    expect(gulnara.slice(1, 7)).toEqual(['Şükürova', 'Gülnarə', 'İlqar qızı', 'Qadın', '2015-03-09', '11']);
    // The national identity number is not a column of the list.
    expect(raw.toString('utf8')).not.toContain('5ZK8G2P');
    const formula = rows.find((r) => r[1] === "'+Ağayev")!;
    expect(formula[2]).toBe('\'=HYPERLINK("http://x","y")');
    expect(raw.toString('utf8')).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(Number(res.headers['x-estimated-bytes'])).toBeGreaterThan(raw.length * 0.8);
    expect(Number(res.headers['x-estimated-bytes'])).toBeLessThan(raw.length * 1.2);
  });

  it('writes XLSX with translated headings, real dates and numbers', async () => {
    const res = await admin.request('GET', `/api/exports/cases?format=xlsx&lang=ru&locationId=${ganja}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { sheet, rows } = await readXlsx(res.rawPayload);
    expect(sheet.name).toBe('Дети и молодёжь');
    expect(rows[0]!.slice(0, 7)).toEqual([
      'Номер дела',
      'Фамилия',
      'Имя',
      'Отчество',
      'Пол',
      'Дата рождения',
      'Возраст',
    ]);
    expect(rows.length - 1).toBe(BULK + 2);
    const gulnara = rows.find((r) => r[2] === 'Gülnarə')!;
    expect(gulnara[1]).toBe('Şükürova');
    expect(gulnara[4]).toBe('Женский');
    expect(gulnara[5]).toBeInstanceOf(Date);
    expect((gulnara[5] as Date).toISOString()).toBe('2015-03-09T00:00:00.000Z');
    expect(gulnara[6]).toBe(11);
    // Inline strings are never formulas: the text is kept as typed.
    expect(rows.some((r) => r[2] === '=HYPERLINK("http://x","y")')).toBe(true);
    const opened = rows[1]![11];
    expect(opened).toBeInstanceOf(Date);
  });

  it("exports exactly the worker's scope: a Ganja worker's file has no Baku child", async () => {
    const res = await ganjaWorker.request('GET', '/api/exports/cases?format=csv&lang=en');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.rawPayload.toString('utf8');
    expect(body).toContain('Gülnarə');
    expect(body).not.toContain('Bakılı');
    expect(body).not.toContain('Həsənov');
    expect(Number(res.headers['x-total-rows'])).toBe(BULK + 2);
    // The list counts only four pages past the one shown; page 12 of 200 (the last) reaches them all.
    const near = (await ganjaWorker.request('GET', '/api/cases?pageSize=1')).json();
    expect(near).toMatchObject({ total: 5, totalIsLowerBound: true });
    const far = (await ganjaWorker.request('GET', '/api/cases?pageSize=200&page=12')).json();
    expect(far).toMatchObject({ total: BULK + 2, totalIsLowerBound: false });
    expect(far.items).toHaveLength(BULK + 2 - 11 * 200);
  });

  it('applies the list filters', async () => {
    const res = await admin.request('GET', `/api/exports/cases?format=csv&lang=en&locationId=${baku}`);
    const rows = csvRows(res.rawPayload.subarray(3).toString('utf8'));
    expect(rows.length).toBe(2);
    expect(rows[1]![2]).toBe('Bakılı');
  });

  it('writes one audit row per export: who, which list, filters, rows and format', async () => {
    await ganjaWorker.request('GET', `/api/exports/cases?format=xlsx&ageBand=7-13&lang=az`);
    const rows = await t.db.query<{ actor_username: string; changes: Record<string, unknown> }>(
      "select actor_username, changes from audit_events where action = 'list.exported' order by id desc limit 1",
    );
    expect(rows[0]!.actor_username).toBe(ganjaWorker.username);
    expect(rows[0]!.changes).toMatchObject({ list: 'cases', format: 'xlsx', filters: { ageBand: '7-13' } });
    expect(typeof rows[0]!.changes.rows).toBe('number');
  });

  it('refuses a bad format or filter with a translated 400, never a 500', async () => {
    const bad = await admin.request('GET', '/api/exports/cases?format=pdf&lang=az');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    expect(bad.json().error.details.fields[0].field).toBe('querystring.format');
    expect(bad.json().error.details.fields[0].message).not.toMatch(/^error\./);
    const missing = await admin.request('GET', '/api/exports/cases');
    expect(missing.statusCode).toBe(400);
    const zone = await admin.request('GET', '/api/exports/cases?format=csv&timeZone=Mars/Olympus');
    expect(zone.statusCode).toBe(400);
    const filter = await admin.request('GET', '/api/exports/cases?format=csv&locationId=nope');
    expect(filter.statusCode).toBe(400);
  });

  it('lets the analyst export no named list', async () => {
    for (const list of ['cases', 'foster-families', 'foster-inquiries', 'audit-events', 'users']) {
      const res = await analyst.request('GET', `/api/exports/${list}?format=csv`);
      expect(res.statusCode, list).toBe(403);
    }
  });
});

describe('pseudonymised export for researchers', () => {
  it('has no names, case or identity numbers, and the same pseudonym in every export', async () => {
    const first = await analyst.request('GET', '/api/exports/cases-pseudonymised?format=csv&lang=en');
    expect(first.statusCode, first.body).toBe(200);
    const body = first.rawPayload.toString('utf8');
    for (const secret of [
      'Gülnarə',
      'Şükürova',
      'İlqar',
      'Ağayev',
      'Bakılı',
      'Həsənov',
      '5ZK8G2P',
      'YV-',
      'Uşaq1',
    ]) {
      expect(body, secret).not.toContain(secret);
    }
    const rows = csvRows(first.rawPayload.subarray(3).toString('utf8'));
    expect(rows[0]!.slice(0, 4)).toEqual(['Pseudonym', 'Sex', 'Year and month of birth', 'Age']);
    expect(rows.length - 1).toBe(BULK + 3);
    const byPseudonym = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byPseudonym.size).toBe(BULK + 3);
    expect(rows.slice(1).every((r) => /^P-[0-9A-F]{16}$/.test(r[0]!))).toBe(true);
    expect(rows.slice(1).every((r) => /^\d{4}-\d{2}$/.test(r[2]!))).toBe(true);
    expect(rows.some((r) => r[2] === '2015-03')).toBe(true);

    const second = await director.request('GET', '/api/exports/cases-pseudonymised?format=xlsx&lang=en');
    expect(second.statusCode, second.body).toBe(200);
    const { rows: again } = await readXlsx(second.rawPayload);
    expect(again.length).toBe(rows.length);
    for (const r of again.slice(1)) expect(byPseudonym.has(r[0] as string)).toBe(true);
    expect(JSON.stringify(again)).not.toContain('Gülnarə');
    // The key is in the database and one and the same for every export.
    const keys = await t.db.query<{ value: string }>(
      "select value from app_settings where key = 'exports.pseudonym_key'",
    );
    expect(keys).toHaveLength(1);
    expect(keys[0]!.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('respects the scope and is refused to roles without the permission', async () => {
    const scoped = await t.signIn('analyst', { locationIds: [baku] });
    const res = await scoped.request('GET', '/api/exports/cases-pseudonymised?format=csv');
    expect(Number(res.headers['x-total-rows'])).toBe(1);
    for (const role of ['social_worker', 'supervisor', 'foster_care_officer', 'teacher'] as const) {
      const s = await t.signIn(role);
      expect((await s.request('GET', '/api/exports/cases-pseudonymised?format=csv')).statusCode, role).toBe(
        403,
      );
    }
    const audited = await exportsOf('cases-pseudonymised');
    expect(audited.length).toBeGreaterThanOrEqual(3);
  });
});

describe('other lists', () => {
  it('exports foster families, inquiries, the audit log and users', async () => {
    const at = await t.db.query<{ id: string }>(
      `insert into foster_inquiries (country, received_on, source, contact_name, phone)
       values ('AZ', '2026-10-01', 'website', 'Nərgiz Quliyeva', '+994 50 000 00 00') returning id`,
    );
    expect(at).toHaveLength(1);
    for (const [list, heading] of [
      ['foster-families', 'Reference'],
      ['foster-inquiries', 'Received on'],
      ['audit-events', 'Event no.'],
      ['users', 'Username'],
    ] as const) {
      const csv = await admin.request('GET', `/api/exports/${list}?format=csv&lang=en`);
      expect(csv.statusCode, `${list}: ${csv.body}`).toBe(200);
      const rows = csvRows(csv.rawPayload.subarray(3).toString('utf8'));
      expect(rows[0]![0]).toBe(heading);
      expect(rows.length - 1).toBe(Number(csv.headers['x-total-rows']));
      const xlsx = await admin.request('GET', `/api/exports/${list}?format=xlsx&lang=en&timeZone=Asia/Baku`);
      expect(xlsx.statusCode, list).toBe(200);
      const { rows: sheet } = await readXlsx(xlsx.rawPayload);
      expect(sheet[0]![0]).toBe(heading);
    }
    const inquiries = await admin.request(
      'GET',
      '/api/exports/foster-inquiries?format=xlsx&lang=az&source=website',
    );
    const { rows } = await readXlsx(inquiries.rawPayload);
    expect(rows[1]!.slice(0, 5)).toEqual([
      new Date('2026-10-01T00:00:00Z'),
      'Azərbaycan',
      'Nərgiz Quliyeva',
      '+994 50 000 00 00',
      'Veb sayt',
    ]);
  });

  it('writes times of day in the asked time zone, as real date-times', async () => {
    const res = await admin.request('GET', '/api/exports/users?format=xlsx&lang=en&timeZone=Asia/Baku');
    const { rows } = await readXlsx(res.rawPayload);
    const created = rows[1]![7] as Date;
    expect(created).toBeInstanceOf(Date);
    const users = await t.db.query<{ created_at: Date }>(
      'select created_at from users order by username limit 1',
    );
    // Asia/Baku is UTC+4 all year: the spreadsheet shows the local wall-clock time.
    const expected = new Date(new Date(users[0]!.created_at).getTime() + 4 * 3_600_000);
    expect(Math.abs(created.getTime() - expected.getTime())).toBeLessThan(1000);
  });

  it('audits the export of the audit log itself', async () => {
    await admin.request('GET', '/api/exports/audit-events?format=csv&action=list.exported');
    const audited = await exportsOf('audit-events');
    expect(audited.at(-1)!.changes.filters).toEqual({ action: 'list.exported' });
  });
});

describe('funnel report as PDF', () => {
  it('prints the funnel in the chosen language, with its chart and tables, and audits it', async () => {
    await t.db.query(
      `insert into foster_inquiries (country, received_on, source, contact_name, status, drop_reason)
       values ('AZ', '2026-09-15', 'media', 'Səbinə Əhmədova', 'dropped', 'köçüb gedib')`,
    );
    const res = await admin.request('GET', '/api/foster/funnel.pdf?lang=az&by=source');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(
      'Cəlbetmə hunisi 2026-11-25.pdf',
    );
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const words of [
      'Cəlbetmə hunisi',
      'Mərhələlər üzrə ailələr',
      'Müraciətlər',
      'köçüb gedib',
      'Bütün ölkələr',
    ])
      expect(text, words).toContain(words);
    const audited = await t.db.query<{ changes: Record<string, unknown> }>(
      "select changes from audit_events where action = 'report.exported' order by id desc limit 1",
    );
    expect(audited[0]!.changes).toMatchObject({
      report: 'foster-funnel',
      format: 'pdf',
      filters: { by: 'source' },
    });

    const tr = pdfText((await admin.request('GET', '/api/foster/funnel.pdf?lang=tr&country=AZ')).rawPayload);
    expect(tr).toContain('İşe alım hunisi');
    expect(tr).toContain('Azerbaycan');
  });

  it('ends the median sentence with one full stop, also after an abbreviated unit ("56 дн.")', async () => {
    // Applied on 1 August, approved 56 days later: the median of the one approval.
    await t.db.query(
      `insert into foster_families (reference, country, status, two_parent, district, submitted_at, decided_on)
       values ('FF-AZ-2026-05601', 'AZ', 'approved', true, 'Nizami', '2026-08-01T09:00:00Z', '2026-09-26')`,
    );
    const noteOf = async (lang: string) => {
      const res = await admin.request('GET', `/api/foster/funnel.pdf?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      // The note may wrap: its lines are joined with a space to read it as one sentence.
      return pdfText(res.rawPayload).replaceAll('\n', ' ');
    };
    const ru = await noteOf('ru');
    expect(ru).toContain('Медианный срок до одобрения: 56 дн.');
    expect(ru).not.toMatch(/дн\.\./);
    expect(ru).not.toMatch(/[^.]\.\.(?!\.)/);
    expect(await noteOf('en')).toContain('Median time from application to approval: 56 days.');
    expect(await noteOf('az')).toContain('Təsdiqə qədər median müddət: 56 gün.');
    expect(await noteOf('tr')).toContain('Onaya kadar medyan süre: 56 gün.');
  });

  it('refuses roles without foster access and bad parameters', async () => {
    expect((await analyst.request('GET', '/api/foster/funnel.pdf')).statusCode).toBe(403);
    const bad = await admin.request('GET', '/api/foster/funnel.pdf?by=week');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });
});

describe('formulas behind a separator', () => {
  it("neutralises a formula after ';', tab, '|' or ',' in a name, for readers splitting on any of them", async () => {
    // Excel in Azerbaijani, Turkish and Russian splits a CSV on ';': what follows one starts a new cell.
    // The names go in as stored data (as an import or an older version may have left them).
    const names = ['a;=HYPERLINK("http://x")', 'x;+1', 'x\t=1', 'x|@SUM(1)', 'x,-1'];
    await t.db.query(
      `with p as (
         insert into persons (given_name, family_name, sex, birth_date)
         select n, 'Formula', 'male', date '2013-04-04' from unnest($1::text[]) n returning id, given_name)
       insert into cases (case_number, child_id, status, location_id, opened_on)
       select 'YV-F-' || row_number() over (), id, 'in_care', $2, date '2026-01-01' from p`,
      [names, baku],
    );
    const res = await admin.request('GET', '/api/exports/cases?format=csv&lang=en');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.rawPayload.subarray(3).toString('utf8');
    const formula = /^[\s"]*[=+\-@]/;
    for (const separator of [',', ';', '\t', '|']) {
      const cells = readAs(body, separator).flat();
      expect(
        cells.filter((c) => formula.test(c)),
        separator,
      ).toEqual([]);
    }
    const rows = csvRows(body).filter((r) => r[1] === 'Formula');
    expect(rows.map((r) => r[2]).sort()).toEqual(
      ['a;\'=HYPERLINK("http://x")', "x;'+1", "x\t'=1", "x|'@SUM(1)", "x,'-1"].sort(),
    );
    // Dates stay dates and ages numbers.
    for (const r of rows) expect(r.slice(5, 7)).toEqual(['2013-04-04', '13']);
  });
});
