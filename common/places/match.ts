import { nameKey } from '../text/name-key';
import { PLACES, type Place } from './places';

/**
 * Matches a district or city typed as free text ("Gence", "Gəncə ş.", "Кяпаз р-н",
 * "Bakı, Yasamal") to a place code, across scripts and spellings, with the same match keys as
 * people's names (common/text/name-key.ts: Gəncə = Gence = Гянджа). Only a sure match counts:
 * a name two places share (Nizami in Baku and in Ganja) is matched only when the text also names
 * the city; anything else is left for an administrator.
 */

/** Words that say what kind of place it is, not which: dropped before matching. */
const KIND_WORDS = new Set(
  [
    'rayon',
    'rayonu',
    'r',
    'ş',
    'şəhər',
    'şəhəri',
    'şəh',
    'qəsəbə',
    'qəsəbəsi',
    'ilçe',
    'ilçesi',
    'il',
    'ili',
    'şehir',
    'şehri',
    'район',
    'р',
    'рн',
    'р-н',
    'r-n',
    'город',
    'г',
    'district',
    'city',
    'province',
    'region',
    'respublikası',
    'muxtar',
  ].map((w) => w.toLocaleLowerCase('az')),
);

/** Each place under the key of each of its names (kind words left out). */
const BY_KEY = new Map<string, Place[]>();
for (const place of PLACES)
  for (const name of new Set(Object.values(place.names))) {
    const key = textKey(name);
    const list = BY_KEY.get(key) ?? [];
    if (!list.includes(place)) list.push(place);
    BY_KEY.set(key, list);
  }

function textKey(text: string): string {
  return text
    .toLocaleLowerCase('az')
    .split(/[\s.]+/)
    .filter((w) => w && !KIND_WORDS.has(w) && !KIND_WORDS.has(w.replace(/-$/, '')))
    .map(nameKey)
    .join(' ');
}

/** The places one part of the text can be, a city before a district of the same name (Şəki). */
function candidates(part: string): Place[] {
  const found = BY_KEY.get(textKey(part)) ?? [];
  const cities = found.filter((p) => p.kind === 'city');
  return cities.length === 1 ? cities : found;
}

/** The place code the text names, or null when it names none for sure. */
export function matchPlace(text: string, country?: string): string | null {
  const parts = text
    .split(/[,;/()]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  const found = parts
    .map((p) => candidates(p).filter((c) => !country || c.country === country))
    .filter((c) => c.length);
  const sure = found.filter((c) => c.length === 1).map((c) => c[0]!);
  // A city district named with its city ("Gəncə, Nizami"): the district is the more precise.
  for (const options of found) {
    const inNamedCity = options.filter((p) => p.parent && sure.some((s) => s.code === p.parent));
    if (inNamedCity.length === 1) return inNamedCity[0]!.code;
  }
  // Two different places named ("Bakı, Gəncə") are no sure match.
  const cities = new Set(sure.map((p) => p.parent ?? p.code));
  if (cities.size !== 1) return null;
  const precise = sure.find((p) => p.kind === 'city_district') ?? sure[0];
  return precise?.code ?? null;
}
