import { toLower } from './casing';
import { cyrillicToLatin } from './transliterate';

/**
 * Match keys for names written in Azerbaijani Latin, Turkish, Russian Cyrillic or a Latin
 * passport spelling. Two spellings of one name get the same key:
 *   Əliyeva = Aliyeva = Алиева, Qənbərov = Ganbarov = Гамбаров = Kanbarov,
 *   Sevinc = Sevinj = Севиндж = Sevinç, Orxan = Orkhan = Орхан = Orhan, Leyla = Leila = Лейла.
 * The key keeps each consonant's sound class and each vowel's class, so different names stay
 * apart (Hüseyn ≠ Həsən). Built in one place and stored with each person, never per query.
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
  u: 'u',
  ü: 'u',
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
const VOWELS = new Set(['a', 'i', 'o', 'u']);

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

/** Keys of every word of a full name, in order. */
export function nameKeys(fullName: string): string[] {
  return fullName
    .split(/[\s,]+/)
    .map(nameKey)
    .filter((k) => k.length > 0);
}

export function isVowelClass(c: string): boolean {
  return VOWELS.has(c);
}
