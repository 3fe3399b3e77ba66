import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from '../../support/test-app';

/**
 * The world of the export tests (exports*.test.ts): children referred in Ganja (one with a
 * formula for a name) and Baku, and BULK more in Ganja, enough for several batches; how the
 * tests read a CSV, an XLSX and the export audit rows.
 */
let t: TestApp;
export const BULK = 2_345;

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

/** A test app with the children, and the people who export. */
export async function openExports() {
  t = await createTestApp();
  const ganja = await id("select id from locations where code = 'ganja'");
  const baku = await id("select id from locations where code = 'baku'");
  const admin = await t.signIn('admin');
  const ganjaWorker = await t.signIn('social_worker', { locationIds: [ganja] });
  const analyst = await t.signIn('analyst');
  const director = await t.signIn('director');
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
  return { t, admin, ganjaWorker, analyst, director, ganja, baku };
}

export function csvRows(body: string): string[][] {
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

export async function readXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { sheet, rows };
}

export async function exportsOf(list: string) {
  return t.db.query<{ changes: { list: string; format: string; filters: unknown; rows: number } }>(
    "select changes from audit_events where action = 'list.exported' and changes->>'list' = $1 order by id",
    [list],
  );
}
