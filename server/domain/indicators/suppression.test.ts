import { describe, expect, it } from 'vitest';
import { admits, percent, protectCount, protectRows, protectShare } from './suppression';

describe('small-cell protection (decision 0019)', () => {
  it('withholds counts under 5, zero included, and rounds the rest down to a multiple of 5', () => {
    expect([0, 1, 4, 5, 7, 9, 10, 14, 16, 123].map((n) => protectCount(n, 5))).toEqual([
      null,
      null,
      null,
      5,
      5,
      5,
      10,
      10,
      15,
      120,
    ]);
    expect(admits(null, 5)).toEqual([0, 4]);
    expect(admits(15, 5)).toEqual([15, 19]);
  });

  it('leaves out rows of an open list under 5, keeps a fixed list with "<5" as null', () => {
    const rows = [
      { k: 'a', n: 0 },
      { k: 'b', n: 3 },
      { k: 'c', n: 8 },
      { k: 'd', n: 12 },
    ];
    expect(protectRows(rows, 'n', 5, true)).toEqual([
      { k: 'c', n: 5 },
      { k: 'd', n: 10 },
    ]);
    expect(protectRows(rows, 'n', 5, false).map((r) => r.n)).toEqual([null, null, 5, 10]);
  });

  it('works a share out from the published counts only', () => {
    expect(protectShare(3, 40, 5)).toEqual({ numerator: null, denominator: 40, percent: null });
    expect(protectShare(22, 43, 5)).toEqual({ numerator: 20, denominator: 40, percent: 50 });
    expect(protectShare(2, 3, 5)).toEqual({ numerator: null, denominator: null, percent: null });
  });

  it('gives percentages to one decimal and none of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });
});
