import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../common/contracts/exports';
import { renderReportPdf } from '../../server/domain/exports/pdf';
import { pdfPages } from '../support/pdf-text';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The standard reports for 2026 on hand-built data (the test clock says 25 November 2026):
 *   a girl of 8 with a foster family in Ganja's Nizami district (counted under Ganja); a boy sent home from residential care
 *   (reunification); a gatekeeping decision that kept a child at home with support.
 */
let t: TestApp;

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;

beforeAll(async () => {
  t = await createTestApp();
  const ganja = await id(`select id from locations where code = 'ganja'`);
  const child = (given: string, sex: string, born: string) =>
    id(
      `insert into persons (given_name, family_name, sex, birth_date) values ($1, 'Hesabatova', $2, $3) returning id`,
      [given, sex, born],
    );
  let n = 0;
  const caseOf = (person: string) =>
    id(
      `insert into cases (case_number, child_id, status, location_id, opened_on) values ($1, $2, 'in_care', $3, '2026-01-01') returning id`,
      [`R-${++n}`, person, ganja],
    );
  const family = await id(
    `insert into foster_families (reference, country, status, two_parent, district, district_code)
     values ('FF-AZ-2026-09999', 'AZ', 'active', true, 'Nizami', 'AZ-GA-NIZ') returning id`,
  );
  const girl = await child('Gülər', 'female', '2018-02-02');
  await t.db.query(
    `insert into placements (child_id, case_id, setting_type, foster_family_id, start_date, status) values ($1, $2, 'foster', $3, '2026-03-01', 'active')`,
    [girl, await caseOf(girl), family],
  );
  const boy = await child('Ramil', 'male', '2012-02-02');
  await t.db.query(
    `insert into placements (child_id, case_id, setting_type, start_date, end_date, end_reason, status)
     values ($1, $2, 'residential', '2025-05-01', '2026-04-01', 'reunification', 'ended')`,
    [boy, await caseOf(boy)],
  );
  const stayed = await child('Səma', 'female', '2016-02-02');
  await t.db.query(
    `insert into gatekeeping_assessments (case_id, status, decision, reviewed_at) values ($1, 'approved', 'family_support_only', '2026-05-05')`,
    [await caseOf(stayed)],
  );
});
afterAll(() => t.close());

const section = (
  report: { sections: { heading: string; table?: { rows: unknown[][] } }[] },
  heading: RegExp,
) => report.sections.find((s) => heading.test(s.heading))!;

describe('standard reports in one click', () => {
  it('the ministry report: foster children by sex, age and district, entries prevented, returns', async () => {
    const director = await t.signIn('director');
    // The report comes in the reader's own language, here English.
    await t.db.query(`update users set locale = 'en' where username = $1`, [director.username]);
    const res = await director.request('GET', '/api/reports/ministry?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.title).toBe('Report to the ministry 2026');
    // Girls: 0–6, 7–13, 14–17, age unknown, children (under 18) in all, young adults apart.
    expect(section(report, /by sex and age band/).table!.rows).toEqual([['Girls', 0, 1, 0, 0, 1, 0]]);
    expect(section(report, /by district/).table!.rows).toEqual([['Ganja', 1]]);
    expect(section(report, /prevented/).table!.rows.at(-1)).toEqual(['Total', 1]);
    expect(section(report, /Returns from institutions/).table!.rows).toEqual([
      ['Children who left residential care for a family', 1],
      ['Children who left residential care', 1],
    ]);
  });

  it('the annual report in Azerbaijani, and both as PDF', async () => {
    const director = await t.signIn('director');
    const annual = await director.request('GET', '/api/reports/annual?year=2026', undefined, {
      'accept-language': 'az',
    });
    expect(annual.statusCode, annual.body).toBe(200);
    expect(annual.json().title).toBe('İllik hesabat (2026)');
    const inCare = annual.json().sections[1];
    // Children under 18 in all, then the young adults (18 or older) apart.
    expect(inCare.table.rows.slice(-2)).toEqual([
      ['Uşaqlar (18 yaşadək), cəmi', 1],
      ['Gənclər (18 yaş və yuxarı)', 0],
    ]);
    const pdf = await director.request('GET', '/api/reports/annual.pdf?year=2026');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audited = await t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_events where action in ('report.annual', 'report.exported')`,
    );
    expect(audited[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it("keeps each of the annual report's headings with its table or text, wherever the page breaks", async () => {
    const director = await t.signIn('director');
    const res = await director.request('GET', '/api/reports/annual?year=2026&lang=az');
    expect(res.statusCode, res.body).toBe(200);
    const annual = res.json() as Report;
    const headings = new Set(annual.sections.map((s) => s.heading));
    expect(headings.has('Proqramlar və əhatə olunan insanlar')).toBe(true);
    // The report's own sections, pushed down the page by a filler of 0 to 30 rows and 0 or 1
    // note line, so that each heading meets the foot of a page somewhere.
    for (let rows = 0; rows <= 30; rows++)
      for (const note of [undefined, 'Qeyd.']) {
        const filler = {
          heading: 'Doldurucu',
          table: {
            columns: [{ heading: 'Sətir' }],
            rows: Array.from({ length: rows }, (_, i) => [`Sətir ${i}`]),
          },
          note,
        };
        const pdf = await renderReportPdf({ ...annual, sections: [filler, ...annual.sections] }, 'az', {
          printedOn: '2026-11-25',
          compress: false,
        });
        pdfPages(pdf).forEach((lines, p) => {
          const last = lines.slice(0, -2).at(-1) ?? ''; // the last two runs are the footer
          expect(
            headings.has(last),
            `${rows} rows, note ${Boolean(note)}: page ${p + 1} ends with "${last}"`,
          ).toBe(false);
        });
      }
  }, 180_000);

  it('is for the leadership only, and refuses a year to come', async () => {
    const worker = await t.signIn('social_worker');
    expect((await worker.request('GET', '/api/reports/annual?year=2026')).statusCode).toBe(403);
    const director = await t.signIn('director');
    expect((await director.request('GET', '/api/reports/annual?year=2027')).statusCode).toBe(422);
    expect((await director.request('GET', '/api/reports/ministry?year=abc')).statusCode).toBe(400);
  });
});
