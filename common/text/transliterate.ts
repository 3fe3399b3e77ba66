/**
 * Between Russian Cyrillic and Azerbaijani Latin, the way names are actually written: Russian
 * documents render Azerbaijani h as г (Hüseyn → Гусейн), q as к (Quliyev → Кулиев), c as дж
 * (Cəfər → Джафар), ü after a consonant as ю (Gülnarə → Гюльнара), x as х (Xəlil → Халил).
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'q',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 'ts',
  ч: 'ç',
  ш: 'ş',
  щ: 'şç',
  ъ: '',
  ы: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Azerbaijani Cyrillic (before 1991)
  ә: 'ə',
  ғ: 'ğ',
  һ: 'h',
  ҹ: 'c',
  ј: 'y',
  ө: 'ö',
  ү: 'ü',
  ҝ: 'g',
  ҕ: 'ğ',
};

/** Cyrillic to Latin, letter by letter with the digraphs of Azerbaijani names (дж → c). */
export function cyrillicToLatin(text: string): string {
  const lower = text.toLowerCase().replaceAll('дж', 'c');
  let out = '';
  for (const ch of lower) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

const LATIN_TO_CYRILLIC: [RegExp, string][] = [
  [/c/g, 'дж'],
  [/ç/g, 'ч'],
  [/ş/g, 'ш'],
  [/x/g, 'х'],
  [/q/g, 'к'],
  [/ğ/g, 'г'],
  [/h/g, 'г'],
  [/j/g, 'ж'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/ye/g, 'е'],
  [/yo/g, 'ё'],
  [/y/g, 'й'],
  [/a/g, 'а'],
  [/b/g, 'б'],
  [/d/g, 'д'],
  [/e/g, 'е'],
  [/ə/g, 'а'],
  [/f/g, 'ф'],
  [/g/g, 'г'],
  [/ı/g, 'ы'],
  [/i/g, 'и'],
  [/k/g, 'к'],
  [/l/g, 'л'],
  [/m/g, 'м'],
  [/n/g, 'н'],
  [/o/g, 'о'],
  [/ö/g, 'ё'],
  [/p/g, 'п'],
  [/r/g, 'р'],
  [/s/g, 'с'],
  [/t/g, 'т'],
  [/u/g, 'у'],
  [/ü/g, 'ю'],
  [/v/g, 'в'],
  [/z/g, 'з'],
];

/** Azerbaijani Latin to the usual Russian rendering (for display and for search variants). */
export function latinToCyrillic(text: string): string {
  // ü after a consonant is softened (Gülnarə → Гюльнара); ə at the start is э (Əli → Эли is rarer: Али).
  let out = text.toLocaleLowerCase('az');
  for (const [pattern, replacement] of LATIN_TO_CYRILLIC) out = out.replace(pattern, replacement);
  return out;
}

const PASSPORT: Record<string, string> = {
  ə: 'a',
  ş: 'sh',
  ç: 'ch',
  c: 'j',
  x: 'kh',
  q: 'g',
  ğ: 'gh',
  ı: 'i',
  ö: 'o',
  ü: 'u',
};

/** Latin passport spelling (Ə→a, Ş→sh, Ç→ch, C→j, X→kh, Q→g, Ğ→gh). */
export function passportSpelling(text: string): string {
  let out = '';
  for (const ch of text.toLocaleLowerCase('az')) out += PASSPORT[ch] ?? ch;
  return out;
}
