/**
 * Small-cell suppression for roles that see aggregates only: a count of 1–4 children could
 * let someone recognise a child, so it is hidden. When a table hides exactly one cell, the
 * next smallest is hidden too, so the hidden one cannot be worked out from the total.
 */
export function isSmall(n: number | null | undefined, threshold: number): boolean {
  return typeof n === 'number' && n > 0 && n < threshold;
}

export function suppressCounts<T extends Record<string, unknown>>(
  rows: T[],
  key: keyof T & string,
  threshold: number,
): T[] {
  const out = rows.map((r) => (isSmall(r[key] as number, threshold) ? { ...r, [key]: null } : { ...r }));
  const hidden = out.filter((r) => r[key] === null).length;
  if (hidden === 1) {
    let smallest = -1;
    out.forEach((r, i) => {
      const n = r[key];
      if (typeof n === 'number' && n > 0 && (smallest < 0 || n < (out[smallest]![key] as number)))
        smallest = i;
    });
    if (smallest >= 0) out[smallest] = { ...out[smallest]!, [key]: null };
  }
  return out;
}

/** A share is hidden when its numerator, its denominator or their difference is a small count. */
export function suppressShare(
  numerator: number,
  denominator: number,
  threshold: number,
): { numerator: number | null; denominator: number | null; percent: number | null } {
  const hide =
    isSmall(numerator, threshold) ||
    isSmall(denominator, threshold) ||
    isSmall(denominator - numerator, threshold);
  return hide
    ? { numerator: null, denominator: isSmall(denominator, threshold) ? null : denominator, percent: null }
    : { numerator, denominator, percent: percent(numerator, denominator) };
}

export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((1000 * numerator) / denominator) / 10 : null;
}
