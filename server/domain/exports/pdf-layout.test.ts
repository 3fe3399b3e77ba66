import { describe, expect, it } from 'vitest';
import { breakableWords, columnFloors, fitWidths, keepTogether } from './pdf-layout';

/** Every letter 6 points wide, bold 7: enough to see which word sets a floor. */
const widthOf = (text: string, bold: boolean) => [...text].length * (bold ? 7 : 6);

describe('PDF table layout', () => {
  it('holds a year and its "г." together, and a number and its "дн."', () => {
    expect(keepTogether('сентябрь 2026 г.')).toBe('сентябрь 2026\u00a0г.');
    expect(keepTogether('с 1 мая 2026 г. по 5 мая 2026 г.')).toBe(
      'с 1 мая 2026\u00a0г. по 5 мая 2026\u00a0г.',
    );
    expect(keepTogether('56 дн.')).toBe('56\u00a0дн.');
    expect(keepTogether('Gəncə 2')).toBe('Gəncə 2');
    expect(breakableWords('сентябрь 2026\u00a0г.')).toEqual(['сентябрь', '2026\u00a0г.']);
  });

  it('makes each column as wide as its longest word, in the heading or in a cell', () => {
    const floors = columnFloors(
      [
        ['Девочки', 'Мальчики'],
        ['1', '12'],
      ],
      widthOf,
      ['Пол', '0–6 лет'],
      9,
    );
    expect(floors).toEqual([8 * 6 + 9, 3 * 7 + 9]);
  });

  it('gives every column at least its floor, taking the room from the wide ones', () => {
    const widths = fitWidths([400, 50, 50], [60, 80, 80], 400);
    expect(widths[1]).toBeGreaterThanOrEqual(80);
    expect(widths[2]).toBeGreaterThanOrEqual(80);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(400);
  });
});
