import type { Role } from '../../../common/roles';

/**
 * Small-cell protection for readers who see aggregates only (the analyst, and every figure
 * that leaves the organisation). Decision 0019: every count they see is rounded down to a
 * multiple of 5, and a count under 5 (zero included) is withheld as "<5". A published figure
 * r therefore says only "r to r + 4 children" and a withheld one "0 to 4": no exact figure is
 * ever published, so no total minus its parts, no organisation minus a location and no year
 * minus its months gives a withheld cell away, and a withheld cell cannot be told from an
 * empty one. Rows of an open list (months, reasons, groups) under 5 are left out altogether.
 */
export function seesAggregatesOnly(role: Role): boolean {
  return role === 'analyst';
}

export function isSmall(n: number | null | undefined, threshold: number): boolean {
  return typeof n === 'number' && n > 0 && n < threshold;
}

/** A count as published: null under the threshold (0 included), else rounded down to a multiple of it. */
export function protectCount(n: number, threshold: number): number | null {
  return n < threshold ? null : Math.floor(n / threshold) * threshold;
}

/** The true counts a published figure stands for: null → 0 … threshold − 1, r → r … r + threshold − 1. */
export function admits(published: number | null, threshold: number): [number, number] {
  return published === null ? [0, threshold - 1] : [published, published + threshold - 1];
}

/**
 * The rows of a table as published. `open`: the rows are the groups found (months, reasons,
 * settings…), so rows under the threshold are left out — a listed "<5" would tell 1–4 from 0.
 * Otherwise (a fixed list of measures) every row stays, with null for "<5".
 */
export function protectRows<T extends Record<string, unknown>>(
  rows: T[],
  key: keyof T & string,
  threshold: number,
  open: boolean,
): T[] {
  const out = rows.map((r) => ({ ...r, [key]: protectCount(r[key] as number, threshold) }));
  return open ? out.filter((r) => r[key] !== null) : out;
}

/** A share as published: both counts protected, the percent worked out from what is published. */
export function protectShare(
  numerator: number,
  denominator: number,
  threshold: number,
): { numerator: number | null; denominator: number | null; percent: number | null } {
  const n = protectCount(numerator, threshold);
  const d = protectCount(denominator, threshold);
  return { numerator: n, denominator: d, percent: n === null || d === null ? null : percent(n, d) };
}

export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((1000 * numerator) / denominator) / 10 : null;
}
