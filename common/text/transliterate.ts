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

const SIMPLE: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'дж',
  ç: 'ч',
  d: 'д',
  e: 'е',
  ə: 'а',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  h: 'г',
  x: 'х',
  ı: 'ы',
  i: 'и',
  j: 'ж',
  k: 'к',
  q: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  ö: 'ё',
  p: 'п',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ü: 'ю',
  v: 'в',
  y: 'й',
  z: 'з',
  w: 'в',
};
const IOTATED: Record<string, string> = { a: 'я', ə: 'я', u: 'ю', ü: 'ю', o: 'ё', ö: 'ё', e: 'е', i: 'и' };
const LATIN_VOWELS = new Set([...'aeəıioöuü']);
const FRONT_VOWELS = new Set([...'eəiöü']);

function wordToCyrillic(word: string): string {
  const w = word.toLocaleLowerCase('az');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const prev = w[i - 1];
    const next = w[i + 1];
    if (ch === 'y' && next && IOTATED[next]) {
      // ya → я, yu → ю; after a vowel "ye" is just е (Rzayev → Рзаев, Quliyev → Кулиев).
      out +=
        prev && LATIN_VOWELS.has(prev) && next === 'e'
          ? 'е'
          : prev && LATIN_VOWELS.has(prev) && next === 'i'
            ? 'и'
            : IOTATED[next];
      i++;
      continue;
    }
    if (ch === 'e' && (i === 0 || (prev && LATIN_VOWELS.has(prev)))) {
      out += 'э';
      continue;
    }
    if (ch === 'ü' && (prev === 'h' || prev === 'x')) {
      // Hüseyn → Гусейн: after г from h, Russian writes у.
      out += 'у';
      continue;
    }
    out += SIMPLE[ch] ?? ch;
    // A soft l after a front vowel, before a consonant or at the end: Gülnarə → Гюльнара, Günel → Гюнель.
    if (ch === 'l' && prev && FRONT_VOWELS.has(prev) && (!next || (!LATIN_VOWELS.has(next) && next !== 'y')))
      out += 'ь';
  }
  return out;
}

/** Azerbaijani Latin to the usual Russian rendering of a name (Hüseyn → Гусейн, Gülnarə → Гюльнара). */
export function latinToCyrillic(text: string): string {
  return text
    .split(/(\s+|-)/)
    .map((part) => {
      if (!/\p{L}/u.test(part)) return part;
      const cyrillic = wordToCyrillic(part);
      return part[0] === part[0]!.toLocaleLowerCase('az')
        ? cyrillic
        : cyrillic[0]!.toUpperCase() + cyrillic.slice(1);
    })
    .join('');
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
