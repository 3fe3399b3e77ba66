import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchFamilyDistricts } from '../../server/domain/foster/districts.service';
import { pdfText } from '../support/pdf-text';
import type { Session, TestApp } from '../support/test-app';
import { adult, application, apply, openFoster } from './support/foster';

/**
 * Districts and cities as reference data (issue 16, item 8): old free text matched once to place
 * codes, the ministry report counting one city as one row in the reader's language, the places
 * the API refuses, and drop-out reasons counted by code in the funnel whatever language they
 * were noted in. The test clock says 25 November 2026.
 */
let t: TestApp;
let officer: Session;
let director: Session;

const id = async (sql: string, params: unknown[] = []) =>
  (await t.db.query<{ id: string }>(sql, params))[0]!.id;

/** A family as older versions stored it: the district only as the family typed it. */
const oldFamily = (n: number, district: string) =>
  id(
    `insert into foster_families (reference, country, status, two_parent, district)
     values ($1, 'AZ', 'active', true, $2) returning id`,
    [`FF-AZ-2026-0990${n}`, district],
  );

/** A child placed with the family since March. */
async function placeChildWith(family: string, n: number) {
  const ganja = await id(`select id from locations where code = 'ganja'`);
  const child = await id(
    `insert into persons (given_name, family_name, sex, birth_date) values ('Aytən', 'Rayonova', 'female', '2017-04-04') returning id`,
  );
  const caseId = await id(
    `insert into cases (case_number, child_id, status, location_id, opened_on) values ($1, $2, 'in_care', $3, '2026-01-01') returning id`,
    [`P-${n}`, child, ganja],
  );
  await t.db.query(
    `insert into placements (child_id, case_id, setting_type, foster_family_id, start_date, status) values ($1, $2, 'foster', $3, '2026-03-01', 'active')`,
    [child, caseId, family],
  );
}

const versionOf = async (family: string) =>
  (await t.db.query<{ version: number }>('select version from foster_families where id = $1', [family]))[0]!
    .version;

const districtRows = async () => {
  const report = (await director.request('GET', '/api/reports/ministry?year=2026')).json();
  return report.sections.find((s: { heading: string }) => /по районам/.test(s.heading)).table.rows;
};

let atlantis: string;

beforeAll(async () => {
  ({ t, officer } = await openFoster());
  director = await t.signIn('director');
  for (const user of [director, officer])
    await t.db.query(`update users set locale = 'ru' where username = $1`, [user.username]);
  for (const [n, district] of ['Gence', 'Gəncə', 'Кяпаз'].entries())
    await placeChildWith(await oldFamily(n, district), n);
  // A family that wrote a place no list has (through the form, so its file opens like any other).
  const written = await apply(
    application({
      country: 'AZ',
      district: 'Atlantis',
      adults: [adult({ citizenship: 'AZ', residence: 'AZ' })],
      children: [],
    }),
    '198.51.100.40',
    'az',
  );
  expect(written.statusCode, written.body).toBe(201);
  atlantis = await id('select id from foster_families where reference = $1', [written.json().reference]);
  await placeChildWith(atlantis, 3);
  // What every start does after the migrations: the old free text matched once.
  expect(await matchFamilyDistricts(t.db)).toEqual({ matched: 3, unmatched: 1 });
});
afterAll(() => t.close());

describe('districts as places', () => {
  it("the ministry report counts Gence, Gəncə and Кяпаз as one city, named in the reader's language", async () => {
    expect(await districtRows()).toEqual([
      ['Гянджа', 3],
      ['Район не сопоставлен со справочником', 1],
    ]);
    // The one left is listed for the officer, who chooses its place; the report follows.
    const unmatched = (await officer.request('GET', '/api/foster/districts/unmatched')).json().items;
    expect(unmatched).toEqual([
      expect.objectContaining({ id: atlantis, country: 'AZ', district: 'Atlantis' }),
    ]);
    const version = await versionOf(atlantis);
    const set = await officer.request('PUT', `/api/foster/families/${atlantis}/district`, {
      version,
      districtCode: 'AZ-BA-YAS',
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ districtCode: 'AZ-BA-YAS', district: 'Atlantis' });
    expect(await districtRows()).toEqual([
      ['Гянджа', 3],
      ['Баку', 1],
    ]);
    expect((await officer.request('GET', '/api/foster/districts/unmatched')).json().items).toEqual([]);
    // Matching again changes nothing: each family is matched once.
    expect(await matchFamilyDistricts(t.db)).toEqual({ matched: 0, unmatched: 0 });
  });

  it("refuses a code that is no place (400) or a place of another country (422), in the family's language", async () => {
    const az = (over: Record<string, unknown>) =>
      application({
        country: 'AZ',
        adults: [adult({ citizenship: 'AZ', residence: 'AZ' })],
        children: [],
        ...over,
      });
    const unknown = await apply(az({ districtCode: 'AZ-XYZ' }), '198.51.100.41', 'ru');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.fields).toEqual([
      expect.objectContaining({
        field: 'body.districtCode',
        code: 'invalid_value',
        message: expect.stringMatching(/[а-я]/),
      }),
    ]);
    const turkish = await apply(az({ districtCode: 'TR-34' }), '198.51.100.42', 'ru');
    expect(turkish.statusCode).toBe(422);
    expect(turkish.json().error.message).toBe('Выбранное место находится не в стране семьи.');
    const edit = await officer.request('PUT', `/api/foster/families/${atlantis}/district`, {
      version: await versionOf(atlantis),
      districtCode: 'TR-06',
    });
    expect(edit.statusCode).toBe(422);
  });

  it('stores the place chosen on the form, and matches a district only written', async () => {
    const chosen = await apply(application({ districtCode: 'TR-06', district: '' }), '198.51.100.43');
    expect(chosen.statusCode, chosen.body).toBe(201);
    const written = await apply(application({ district: 'Стамбул' }), '198.51.100.44');
    expect(written.statusCode, written.body).toBe(201);
    const codes = await t.db.query<{ reference: string; districtCode: string }>(
      `select reference, district_code as "districtCode" from foster_families where reference = any($1)`,
      [[chosen.json().reference, written.json().reference]],
    );
    expect(Object.fromEntries(codes.map((c) => [c.reference, c.districtCode]))).toEqual({
      [chosen.json().reference]: 'TR-06',
      [written.json().reference]: 'TR-34',
    });
  });
});

describe('drop-out reasons', () => {
  it('are chosen from the list and counted by code, in Russian, whatever language the note is in', async () => {
    const { id: inquiryId } = (
      await officer.request('POST', '/api/foster/inquiries', {
        country: 'AZ',
        receivedOn: '2026-06-06',
        source: 'media',
        contactName: 'Rauf M.',
      })
    ).json();
    const inquiry = (await officer.request('GET', '/api/foster/recruitment'))
      .json()
      .inquiries.find((i: { id: string }) => i.id === inquiryId);
    const noCode = await officer.request('PUT', `/api/foster/inquiries/${inquiry.id}`, {
      version: inquiry.version,
      status: 'dropped',
      dropReason: 'Ailə başqa şəhərə köçdü.',
    });
    expect(noCode.statusCode).toBe(422);
    expect(noCode.json().error.message).toBe('Выберите из списка, почему обращение прекращено.');
    const dropped = await officer.request('PUT', `/api/foster/inquiries/${inquiry.id}`, {
      version: inquiry.version,
      status: 'dropped',
      dropReasonCode: 'moved_away',
      dropReason: 'Ailə başqa şəhərə köçdü.',
    });
    expect(dropped.json()).toMatchObject({
      dropReasonCode: 'moved_away',
      dropReason: 'Ailə başqa şəhərə köçdü.',
    });
    const funnel = (await officer.request('GET', '/api/foster/funnel?from=2026-01-01&to=2026-12-31')).json();
    expect(funnel.dropOuts).toEqual([{ stage: 'inquiry', reason: 'moved_away', count: 1 }]);
    const pdf = await officer.request('GET', '/api/foster/funnel.pdf?from=2026-01-01&to=2026-12-31');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('Переехали');
    expect(text).not.toContain('köçdü');
  });
});
