import { describe, expect, it } from 'vitest';
import { percent, suppressCounts, suppressShare } from './suppression';

describe('small-cell suppression', () => {
  it('hides counts of 1 to 4, keeps 0 and 5 or more', () => {
    const rows = [
      { k: 'a', n: 0 },
      { k: 'b', n: 3 },
      { k: 'c', n: 4 },
      { k: 'd', n: 5 },
      { k: 'e', n: 12 },
    ];
    expect(suppressCounts(rows, 'n', 5).map((r) => r.n)).toEqual([0, null, null, 5, 12]);
  });

  it('hides a second cell when only one was hidden, so the total does not give it away', () => {
    const rows = [
      { k: 'a', n: 2 },
      { k: 'b', n: 9 },
      { k: 'c', n: 7 },
    ];
    expect(suppressCounts(rows, 'n', 5).map((r) => r.n)).toEqual([null, 9, null]);
  });

  it('hides a share when the numerator, denominator or the rest is small', () => {
    expect(suppressShare(3, 40, 5)).toEqual({ numerator: null, denominator: 40, percent: null });
    expect(suppressShare(38, 40, 5)).toEqual({ numerator: null, denominator: 40, percent: null });
    expect(suppressShare(2, 3, 5)).toEqual({ numerator: null, denominator: null, percent: null });
    expect(suppressShare(20, 40, 5)).toEqual({ numerator: 20, denominator: 40, percent: 50 });
    expect(suppressShare(40, 40, 5)).toEqual({ numerator: 40, denominator: 40, percent: 100 });
  });

  it('gives percentages to one decimal and none of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });
});
