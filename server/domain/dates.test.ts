import { describe, expect, it } from 'vitest';
import { addMonths } from './dates';

describe('adding months as PostgreSQL does', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2026-11-25', 3)).toBe('2027-02-25');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });
});
