import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAs } from '../support/csv-read';
import { pdfText } from '../support/pdf-text';
import type { Session, TestApp } from '../support/test-app';
import { csvRows, openExports } from './support/exports';

/**
 * Exports: the funnel report as PDF, and formulas hidden behind a separator in a name.
 */
let t: TestApp;
let admin: Session;
let analyst: Session;
let baku: string;

beforeAll(async () => {
  ({ t, admin, analyst, baku } = await openExports());
  // Seeding the bulk children takes a while on a busy machine.
}, 180_000);
afterAll(() => t.close());

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
      'Himayədar ailələrin cəlb edilməsi hunisi 2026-11-25.pdf',
    );
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    for (const words of [
      'Himayədar ailələrin cəlb edilməsi hunisi',
      'Mərhələlər üzrə ailələr',
      'İlkin sorğular',
      // Counted by its reason's code (none recorded: "other"); the note typed beside it is not printed.
      'Digər',
      'Bütün ölkələr',
    ])
      expect(text, words).toContain(words);
    expect(text).not.toContain('köçüb');
    const audited = await t.db.query<{ changes: Record<string, unknown> }>(
      "select changes from audit_events where action = 'report.exported' order by id desc limit 1",
    );
    expect(audited[0]!.changes).toMatchObject({
      report: 'foster-funnel',
      format: 'pdf',
      filters: { by: 'source' },
    });

    const tr = pdfText((await admin.request('GET', '/api/foster/funnel.pdf?lang=tr&country=AZ')).rawPayload);
    expect(tr).toContain('Koruyucu aile kazandırma hunisi');
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
