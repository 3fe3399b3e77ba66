import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { BULK, csvRows, openExports, readXlsx } from './support/exports';

/**
 * Exports of the children list: CSV and XLSX read back, headings in the user's language, scope
 * and filters exactly as the list's, audit rows, and bad requests. (Other exports: exports-*.test.ts.)
 */
let t: TestApp;
let admin: Session;
let ganjaWorker: Session;
let analyst: Session;
let ganja: string;
let baku: string;

beforeAll(async () => {
  ({ t, admin, ganjaWorker, analyst, ganja, baku } = await openExports());
  // Seeding the bulk children takes a while on a busy machine.
}, 180_000);
afterAll(() => t.close());

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
    expect(gulnara.slice(1, 7)).toEqual(['Şükürova', 'Gülnarə', 'İlqar qızı', 'Qız', '2015-03-09', '11']);
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
    expect(gulnara[4]).toBe('Девочка');
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
