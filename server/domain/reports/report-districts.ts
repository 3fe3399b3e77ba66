import type { Locale } from '../../../common/i18n/locales';
import { reportingPlace } from '../../../common/places/places';

export interface DistrictCount {
  districtCode: string | null;
  districtText: string | null;
  locationName: string | null;
  n: number;
}

/**
 * Children counted by the place a report names: a city district under its city (Kəpəz → Gəncə),
 * in the report's language, so one city is one row however families wrote it. A district written
 * but matched to no place is one row of its own (`unmatched`), for an officer to resolve; a family
 * with no district counts under its case's location. Largest first.
 */
export function countByReportingPlace(
  rows: DistrictCount[],
  locale: Locale,
  unmatched: string,
): [name: string, n: number][] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const place = r.districtCode ? reportingPlace(r.districtCode) : undefined;
    const name = place ? place.names[locale] : r.districtText ? unmatched : (r.locationName ?? '—');
    counts.set(name, (counts.get(name) ?? 0) + r.n);
  }
  const last = (name: string) => (name === unmatched ? 1 : 0);
  return [...counts.entries()].sort(
    ([a, x], [b, y]) => last(a) - last(b) || y - x || a.localeCompare(b, locale),
  );
}
