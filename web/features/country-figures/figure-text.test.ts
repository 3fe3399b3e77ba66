import { describe, expect, it } from 'vitest';
import type { CountryFigures, FigureCell } from '../../../common/contracts/cooperation-figures';
import { cellText, chartGroups, type Words } from './figure-text';

const words: Words = {
  number: (n) => String(n).replace('.', ','),
  withheld: 'withheld (small number)',
  missing: (why) => `missing: ${why}`,
  noDocument: 'no document',
};
const source = {
  documentId: '00000000-0000-4000-8000-000000000001',
  issuedAt: '2026-02-01T08:00:00.000Z',
  period: { from: '2025-01-01', to: '2025-12-31', asAt: '2025-12-31' },
};
const cell = (country: string, year: number, over: Partial<FigureCell>): FigureCell => ({
  country,
  year,
  status: 'shown',
  missing: null,
  value: 1,
  numerator: 1,
  denominator: 1,
  source,
  ...over,
});
const data: CountryFigures = {
  from: 2024,
  to: 2026,
  countries: [
    { code: 'AZ', names: { en: 'Azerbaijan' }, status: 'member', years: [2025, 2026] },
    { code: 'TR', names: { en: 'Türkiye' }, status: 'member', years: [2025] },
    { code: 'UZ', names: { en: 'Uzbekistan' }, status: 'observer', years: [] },
  ],
  figures: [
    {
      id: 'in_care_per_100k',
      unit: 'per100k',
      definition: 'cooperation.figures.definition.in_care_per_100k',
      cells: [
        cell('AZ', 2025, { value: 5.2 }),
        cell('AZ', 2026, { status: 'withheld', value: null, numerator: null, denominator: null }),
        cell('TR', 2025, { value: 142.8 }),
      ],
    },
  ],
};

describe('the words and bars of the countries side by side', () => {
  it('writes a withheld figure as withheld and draws no bar for it, never 0', () => {
    const groups = chartGroups(data, data.figures[0]!, (c) => c, words);
    expect(groups.map((g) => g.key)).toEqual(['AZ', 'TR']);
    expect(groups[0]!.bars).toEqual([
      { series: '2025', value: 5.2, text: '5,2' },
      { series: '2026', value: null, text: 'withheld (small number)' },
    ]);
    expect(groups[1]!.bars[1]).toEqual({ series: '2026', value: null, text: 'no document' });
  });

  it('says why a figure is missing and writes shares in percent', () => {
    const missing = cell('TR', 2025, { status: 'missing', missing: 'no_population', value: null });
    expect(cellText(missing, 'per100k', words)).toBe('missing: no_population');
    expect(cellText(cell('AZ', 2025, { value: 55.6 }), 'share', words)).toBe('55,6 %');
    expect(cellText(undefined, 'count', words)).toBe('no document');
  });
});
