import { toLower } from './casing';
import { cyrillicToLatin } from './transliterate';

/**
 * Match keys for names written in Azerbaijani Latin, Turkish, Russian Cyrillic or a Latin
 * passport spelling. Two spellings of one name get the same key:
 *   Əliyeva = Aliyeva = Алиева, Qənbərov = Ganbarov = Гамбаров = Kanbarov,
 *   Sevinc = Sevinj = Севиндж = Sevinç, Orxan = Orkhan = Орхан = Orhan, Leyla = Leila = Лейла.
 * The key keeps each consonant's sound class and each vowel's class (open a/e/ə, close i/ı/u/ü,
 * o/ö), so different names stay apart (Hüseyn ≠ Həsən). Built in one place and stored with each person, never per query.
 */

/** Multi-letter spellings first: passport and Russian digraphs for one Azerbaijani sound. */
const DIGRAPHS: [RegExp, string][] = [
  [/dzh|dj|ch|tsch|tch/g, 'c'],
  [/zh/g, 'j'],
  [/sh|sch/g, 's'],
  [/kh|gh/g, 'q'],
  [/ts/g, 's'],
];

/** Sound classes: letters that spellings of one name swap for each other. */
const CLASS: Record<string, string> = {
  a: 'a',
  e: 'a',
  ə: 'a',
  ä: 'a',
  i: 'i',
  ı: 'i',
  y: 'i',
  î: 'i',
  o: 'o',
  ö: 'o',
  // Russian у or ы for Azerbaijani ı (Qasımov = Касумов), Turkish u for Azerbaijani i (Yusif = Yusuf):
  // one class for the close vowels i, ı, u, ü.
  u: 'i',
  ü: 'i',
  w: 'v',
  q: 'k',
  k: 'k',
  g: 'k',
  ğ: 'k',
  h: 'k',
  x: 'k',
  c: 'c',
  ç: 'c',
  j: 'c',
  s: 's',
  ş: 's',
  z: 'z',
  b: 'b',
  p: 'p',
  d: 'd',
  t: 't',
  f: 'f',
  v: 'v',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
};
const VOWELS = new Set(['a', 'i', 'o']);

/** Lower case, Cyrillic turned into Latin, accents of other alphabets removed (ë → e). */
export function foldName(text: string): string {
  const lower = cyrillicToLatin(toLower(text.normalize('NFC'), 'az'));
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f](?<![\u0307])/g, (mark, offset, all) =>
      /[əıöüçşğ]/.test(all[offset - 1] ?? '') ? mark : '',
    )
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} -]/gu, '');
}

/** The key of one word of a name. */
export function nameKey(word: string): string {
  let s = foldName(word).replace(/[\s-]/g, '');
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  // A y (or й, ј) before a vowel is only a glide: Aliyeva = Алиева, Rzayev = Rzaev, Гюльнара = Gülnarə.
  s = s.replace(/y(?=[aeəiıoöuü])/g, '');
  // n before b is said m: Qənbərov = Гамбаров.
  s = s.replace(/nb/g, 'mb');
  let key = '';
  for (const ch of s) {
    const c = CLASS[ch] ?? (/\p{N}/u.test(ch) ? ch : '');
    if (!c) continue;
    // One letter for a doubled letter or a run of vowels of one class (Leila = Leyla).
    if (key.endsWith(c)) continue;
    key += c;
  }
  return key;
}

/** A voiced final consonant and the voiceless one Turkish writes for it (Əhməd → Ahmet, Rəcəb → Recep). */
const DEVOICED: Record<string, string> = { d: 't', t: 'd', b: 'p', p: 'b' };

/**
 * The keys one typed word stands for: its own and, when it ends in d, t, b or p, the same with the
 * final consonant voiced or devoiced. Kept out of the stored key so that a word typed in full still
 * finds longer names that start with it (Ахмед → Əhmədov).
 */
export function keyVariants(key: string): string[] {
  const other = DEVOICED[key.at(-1) ?? ''];
  return other ? [key, key.slice(0, -1) + other] : [key];
}

/** The consonants of a key, voiceless, without its vowels: Məhəmməd and Mehmet share "mkmt". */
export function consonantSkeleton(key: string): string {
  return [...key]
    .filter((c) => !VOWELS.has(c))
    .map((c) => (c === 'd' ? 't' : c === 'b' ? 'p' : c))
    .join('')
    .replace(/(.)\1+/g, '$1');
}

/** Trigrams of a key the way PostgreSQL's pg_trgm counts them (two spaces before, one after). */
function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Shared trigrams over all trigrams, as pg_trgm's similarity(). */
export function keySimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / (ta.size + tb.size - shared);
}

/** How alike two keys must be to count as a near spelling of one name. */
export const NEAR_SIMILARITY = 0.4;

/**
 * A near spelling of the same name, not a different name: the same consonants (voiced or not), the
 * same kind of ending (Əliyev ≠ Əliyeva), and vowels close enough (Məhərrəm ~ Muharrem, Fatimə ~
 * Fatma, but Rəşad ≠ Rəşid, Leyla ≠ Lalə, Hüseyn ≠ Həsən).
 */
export function isNearKey(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || a[0] !== b[0]) return false;
  if (VOWELS.has(a.at(-1)!) !== VOWELS.has(b.at(-1)!)) return false;
  if (consonantSkeleton(a) !== consonantSkeleton(b)) return false;
  return Math.max(...keyVariants(a).map((v) => keySimilarity(v, b))) >= NEAR_SIMILARITY;
}
