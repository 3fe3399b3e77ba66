/** The figures a dashboard publishes, and what each says about the true count (small-cell protection). */

export type Indicator = {
  id: string;
  rows: Record<string, unknown>[];
  summary: Record<string, number | null>;
};
export type Body = {
  from: string;
  to: string;
  asAt: string;
  threshold: number;
  rounding?: number;
  indicators: Indicator[];
};

/** One figure of one view: `open` tables list only the groups found. */
export type Figure = { table: string; key: string; open: boolean; value: number | null };

const key = (r: Record<string, unknown>, cols: string[]) => cols.map((c) => String(r[c])).join('|');
/** Every count a dashboard publishes, named so that the same figure of two views has the same name. */
export function figures(body: Body): Figure[] {
  const out: Figure[] = [];
  const ind = (id: string) => body.indicators.find((i) => i.id === id)!;
  const rows = (id: string, cols: string[], open: boolean, where = (_r: Record<string, unknown>) => true) => {
    for (const r of ind(id).rows.filter(where))
      out.push({ table: id, key: key(r, cols), open, value: (r.n ?? null) as number | null });
  };
  const sum = (id: string, k: string) =>
    out.push({ table: id, key: `#${k}`, open: false, value: ind(id).summary[k] ?? null });
  rows('children_in_care', ['setting', 'sex', 'ageBand', 'disability'], true);
  rows('entries_by_month', ['month', 'reason'], true);
  rows('exits_by_month', ['month', 'reason'], true);
  rows('length_of_stay', ['group', 'band'], true);
  rows('moves_per_child', ['moves'], true);
  rows('after_care', ['status', 'dimension', 'rating'], true);
  for (const id of ['children_in_care', 'entries_by_month', 'exits_by_month', 'moves_per_child'])
    sum(id, 'total');
  for (const id of [
    'siblings_together',
    'care_plan_current',
    'gatekeeping_on_entry',
    'reviews_on_time',
    'family_contact',
  ]) {
    rows(id, ['measure'], false);
    sum(id, 'denominator');
  }
  rows('short_term_care', ['measure'], false);
  sum('after_care', 'held');
  sum('after_care', 'missed');
  sum('children_in_care', 'youngAdults');
  sum('entries_by_month', 'children');
  sum('core_indicators', 'residential');
  sum('core_indicators', 'familyLike');
  sum('core_indicators', 'familyBased');
  sum('core_indicators', 'foster');
  sum('exits_by_month', 'reunified');
  sum('core_indicators', 'youngAdults');
  sum('core_indicators', 'entryStays');
  sum('core_indicators', 'leftResidential');
  for (const r of ind('core_indicators').rows.filter((r) => r.measure === 'left_residential_for_family'))
    out.push({
      table: 'core_indicators',
      key: 'left_residential_for_family',
      open: false,
      value: r.value as number | null,
    });
  return out;
}

export type Interval = [number, number];
/**
 * What a published figure says about the true count, by the rule the dashboard declares
 * (`rounding`): protected, r is r…r+4 and "<5" or a group not listed is 0…4. Exact (before
 * decision 0019, no `rounding`): a number is itself, a group not listed is 0, and a null is
 * at least 0 (a second cell hidden to cover the first could be any size).
 */
export function published(body: Body, f: Figure | undefined, open: boolean): Interval {
  const rounding = body.rounding ?? 1;
  const below = body.threshold - 1;
  if (!f) return open && rounding > 1 ? [0, below] : [0, 0];
  if (f.value === null) return rounding > 1 ? [0, below] : [0, Number.POSITIVE_INFINITY];
  return [f.value, f.value + rounding - 1];
}
export const withheld = (f: Figure | undefined, open: boolean) => (f ? f.value === null : open);
