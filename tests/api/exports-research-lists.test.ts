import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/test-app';
import { BULK, csvRows, exportsOf, openExports, readXlsx } from './support/exports';

/**
 * Exports: the pseudonymised export for researchers, and the other lists (foster families,
 * inquiries, the audit log, users).
 */
let t: TestApp;
let admin: Session;
let analyst: Session;
let director: Session;
let baku: string;

beforeAll(async () => {
  ({ t, admin, analyst, director, baku } = await openExports());
  // Seeding the bulk children takes a while on a busy machine.
}, 180_000);
afterAll(() => t.close());

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
