import type { Locale } from '../i18n/locales';

/**
 * Case folding that is right for Azerbaijani and Turkish: I ↔ ı and İ ↔ i are separate
 * letters (ILHAM → ılham, İlham → ilham). Other languages use the default rules.
 */
export function toLower(text: string, locale: Locale = 'az'): string {
  if (locale === 'az' || locale === 'tr') return text.replaceAll('I', 'ı').replaceAll('İ', 'i').toLowerCase();
  return text.toLowerCase();
}

export function toUpper(text: string, locale: Locale = 'az'): string {
  if (locale === 'az' || locale === 'tr') return text.replaceAll('i', 'İ').replaceAll('ı', 'I').toUpperCase();
  return text.toUpperCase();
}

/** Azerbaijani alphabetical order (A B C Ç D E Ə F G Ğ H X I İ J K Q L M N O Ö P R S Ş T U Ü V Y Z). */
const AZ_ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz';
const AZ_RANK = new Map([...AZ_ALPHABET].map((ch, i) => [ch, i]));

export function compareAzerbaijani(a: string, b: string): number {
  const x = toLower(a, 'az');
  const y = toLower(b, 'az');
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const rp = AZ_RANK.get(p);
    const rq = AZ_RANK.get(q);
    if (rp !== undefined && rq !== undefined) return rp - rq;
    if (rp !== undefined) return -1;
    if (rq !== undefined) return 1;
    return p.localeCompare(q);
  }
  return x.length - y.length;
}
