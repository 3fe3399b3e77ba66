import { describe, expect, it } from 'vitest';
import { monthsUpTo } from './MonthField';

describe('the months offered', () => {
  it('go back from the latest across the turn of a year', () => {
    expect(monthsUpTo('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(monthsUpTo('2026-12', 36)).toHaveLength(36);
    expect(monthsUpTo('2026-12', 36).at(-1)).toBe('2024-01');
  });
});
