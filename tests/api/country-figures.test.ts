import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountryFigures } from '../../common/contracts/cooperation-figures';
import type { ExchangeDocument } from '../../common/contracts/indicator-exchange';
import { setHub } from '../../server/db/repositories/cooperation-members.repository';
import { createTestApp, type Session, type TestApp } from '../support/test-app';
import {
  handMadeDocument,
  keepIndicatorDocument,
  type MemberWithKey,
  memberCountry,
  memberWithKey,
  withSummary,
} from './support/cooperation-documents';

/**
 * The hub's comparable figures (issue 17 item 6), from documents kept as the hub accepts them.
 * Azerbaijan's are this test database's own exchange documents with their headline figures set
 * by hand; Türkiye's are written by hand. The right answers, worked out here:
 *   AZ 2025 (latest document: children in care 150, population 2,880,000, family-based 45,
 *     foster 25, reunified 35): 150 × 100,000 ÷ 2,880,000 = 5.208… → 5.2; 45 × 100,000 ÷
 *     2,880,000 = 1.5625 → 1.6; 25 ÷ 45 = 55.55…% → 55.6; reunifications 35.
 *   AZ 2026 (January – October): children in care withheld (null), family-based 40 → 1.4.
 *   TR 2025 (by hand, before foster was published on its own): 31,410 × 100,000 ÷ 22,000,000
 *     = 142.77… → 142.8; family-based 9,000 → 40.9; the foster share is not in the document.
 *   UZ: observing, no document.
 */
let t: TestApp;
let director: Session;
let az: MemberWithKey;
let tr: MemberWithKey;
const ids: Record<string, string> = {};

async function exchangeDocument(year: number): Promise<ExchangeDocument> {
  const res = await director.request('GET', `/api/indicators/exchange?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function azDocument(doc: ExchangeDocument, inCare: number | null, core: Record<string, number | null>) {
  const withCore = withSummary(doc, 'core_indicators', core);
  const withExits = withSummary(withCore, 'exits_by_month', { reunified: 35 });
  const withPrevented = withSummary(withExits, 'gatekeeping_on_entry', { prevented: 20 });
  return withSummary(withPrevented, 'children_in_care', { total: inCare });
}

beforeAll(async () => {
  t = await createTestApp();
  director = await t.signIn('director');
  await setHub(t.db, true);
  az = await memberWithKey(t.db, 'AZ');
  tr = await memberWithKey(t.db, 'TR');
  await memberCountry(t.db, 'UZ', 'observer');
  const az2025 = await exchangeDocument(2025);
  const az2026 = await exchangeDocument(2026);
  // Our own document really publishes the counts the comparison reads.
  for (const key of ['population', 'familyBased', 'foster'])
    expect(az2025.indicators.find((i) => i.id === 'core_indicators')!.summary).toHaveProperty(key);
  expect(az2025.indicators.find((i) => i.id === 'exits_by_month')!.summary).toHaveProperty('reunified');
  expect(az2025.indicators.find((i) => i.id === 'gatekeeping_on_entry')!.summary).toHaveProperty('prevented');

  const core2025 = { population: 2_880_000, familyBased: 45, foster: 25 };
  // Three documents of 2025: January to September, then the whole year twice (a correction).
  const partYear = structuredClone(az2025);
  partYear.period = { from: '2025-01-01', to: '2025-09-30', asAt: '2025-09-30' };
  ids.azPart = await keepIndicatorDocument(
    t.db,
    az,
    '2026-02-10T08:00:00.000Z',
    azDocument(partYear, 400, core2025),
  );
  ids.azOld = await keepIndicatorDocument(
    t.db,
    az,
    '2026-01-10T08:00:00.000Z',
    azDocument(az2025, 100, core2025),
  );
  ids.azNew = await keepIndicatorDocument(
    t.db,
    az,
    '2026-02-01T08:00:00.000Z',
    azDocument(az2025, 150, core2025),
  );
  ids.az2026 = await keepIndicatorDocument(
    t.db,
    az,
    '2026-11-05T08:00:00.000Z',
    azDocument(az2026, null, { population: 2_880_000, familyBased: 40, foster: null }),
  );
  ids.tr2025 = await keepIndicatorDocument(
    t.db,
    tr,
    '2026-01-20T08:00:00.000Z',
    handMadeDocument(
      'TR',
      { from: '2025-01-01', to: '2025-12-31' },
      {
        children_in_care: { total: 31_410, youngAdults: 1_200 },
        core_indicators: { population: 22_000_000, residential: 14_000, familyBased: 9_000 },
        exits_by_month: { total: 6_000, reunified: null },
      },
    ),
  );
  // A document of 2019, outside the years asked for.
  await keepIndicatorDocument(
    t.db,
    tr,
    '2020-01-20T08:00:00.000Z',
    handMadeDocument('TR', { from: '2019-01-01', to: '2019-12-31' }, { children_in_care: { total: 5 } }),
  );
});
afterAll(() => t?.close());

const figuresOf = async (s: Session, query = 'from=2024&to=2026') => {
  const res = await s.request('GET', `/api/cooperation/figures?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CountryFigures;
};
const cell = (body: CountryFigures, figure: string, country: string, year: number) =>
  body.figures.find((f) => f.id === figure)!.cells.find((c) => c.country === country && c.year === year);

describe('comparable figures on the hub', () => {
  it('reads each country and year from its latest document, the older ones replaced', async () => {
    const body = await figuresOf(director);
    expect(body).toMatchObject({ from: 2024, to: 2026 });
    const inCare = cell(body, 'in_care_per_100k', 'AZ', 2025)!;
    expect(inCare).toMatchObject({ status: 'shown', value: 5.2, numerator: 150, denominator: 2_880_000 });
    // The whole year, corrected, beats both the earlier correction and the part-year sent later.
    expect(inCare.source).toEqual({
      documentId: ids.azNew,
      issuedAt: '2026-02-01T08:00:00.000Z',
      period: { from: '2025-01-01', to: '2025-12-31', asAt: '2025-12-31' },
    });
    expect(body.figures.flatMap((f) => f.cells).filter((c) => c.year === 2019)).toEqual([]);
    expect(body.figures.map((f) => f.definition)).toEqual(
      body.figures.map((f) => `cooperation.figures.definition.${f.id}`),
    );
  });

  it('works out the rates per 100,000 children and the foster share from the published counts', async () => {
    const body = await figuresOf(director);
    expect(cell(body, 'family_based_per_100k', 'AZ', 2025)).toMatchObject({
      status: 'shown',
      value: 1.6,
      numerator: 45,
    });
    expect(cell(body, 'foster_share_of_family_based', 'AZ', 2025)).toMatchObject({
      status: 'shown',
      value: 55.6,
      numerator: 25,
      denominator: 45,
    });
    expect(cell(body, 'reunifications', 'AZ', 2025)).toMatchObject({
      status: 'shown',
      value: 35,
      denominator: null,
    });
    expect(cell(body, 'in_care_per_100k', 'TR', 2025)).toMatchObject({
      status: 'shown',
      value: 142.8,
      numerator: 31_410,
    });
    expect(cell(body, 'family_based_per_100k', 'TR', 2025)).toMatchObject({ status: 'shown', value: 40.9 });
    expect(cell(body, 'family_based_per_100k', 'AZ', 2026)).toMatchObject({ status: 'shown', value: 1.4 });
  });

  it('keeps a withheld count withheld, never 0, and says which figures a document does not carry', async () => {
    const body = await figuresOf(director);
    const withheld = { status: 'withheld', value: null, numerator: null, denominator: null, missing: null };
    expect(cell(body, 'in_care_per_100k', 'AZ', 2026)).toMatchObject(withheld);
    expect(cell(body, 'foster_share_of_family_based', 'AZ', 2026)).toMatchObject(withheld);
    expect(cell(body, 'reunifications', 'TR', 2025)).toMatchObject(withheld);
    expect(cell(body, 'foster_share_of_family_based', 'TR', 2025)).toMatchObject({
      status: 'missing',
      missing: 'not_in_document',
      value: null,
    });
    // Entries prevented by gatekeeping: our documents publish the count, the hand-made Turkish one does not.
    expect(cell(body, 'entries_prevented', 'AZ', 2025)).toMatchObject({ status: 'shown', value: 20 });
    expect(cell(body, 'entries_prevented', 'TR', 2025)).toMatchObject({
      status: 'missing',
      missing: 'not_in_document',
      value: null,
    });
  });

  it('lists a member country with no document, with no figures', async () => {
    const body = await figuresOf(director);
    expect(body.countries.map((c) => [c.code, c.status, c.years])).toEqual([
      ['AZ', 'member', [2025, 2026]],
      ['TR', 'member', [2025]],
      ['UZ', 'observer', []],
    ]);
    expect(body.countries[2]!.names.ru).toBe('Узбекистан');
    expect(body.figures.flatMap((f) => f.cells).some((c) => c.country === 'UZ')).toBe(false);
  });

  it('is read by the working group and the director, refused to a social worker', async () => {
    const member = await t.signIn('working_group_member');
    expect(cell(await figuresOf(member), 'in_care_per_100k', 'AZ', 2025)?.value).toBe(5.2);
    const worker = await t.signIn('social_worker');
    expect((await worker.request('GET', '/api/cooperation/figures')).statusCode).toBe(403);
  });

  it('takes five years to this one by default and refuses a reversed or too long range', async () => {
    expect(await figuresOf(director, '')).toMatchObject({ from: 2022, to: 2026 });
    const reversed = await director.request('GET', '/api/cooperation/figures?from=2026&to=2025');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error.details.rule).toBe('period_reversed');
    const long = await director.request('GET', '/api/cooperation/figures?from=2000&to=2030');
    expect(long.statusCode).toBe(422);
    expect(long.json().error.details.rule).toBe('cooperation_too_many_years');
    expect(long.json().error.message).toBe('Bir dəfəyə ən çox 20 il seçin.');
    expect((await director.request('GET', '/api/cooperation/figures?from=soon')).statusCode).toBe(400);
  });

  it('answers 404 on an installation that is not the hub', async () => {
    await setHub(t.db, false);
    try {
      expect((await director.request('GET', '/api/cooperation/figures')).statusCode).toBe(404);
    } finally {
      await setHub(t.db, true);
    }
  });
});
