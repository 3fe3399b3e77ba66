import type { Locale } from './locales';

/**
 * The reader's catalogue, looked up by key. Passed in rather than imported: the web app loads one
 * language's catalogue at a time (decision 0037), and importing all four here would put every
 * language into every page.
 */
export type CatalogueLookup = (key: string) => string | undefined;

/**
 * A language or country stored as a code ("az", "TR") shown by its name in the reader's language
 * (issue 22): people read "Azərbaycan dili" and "Türkiyə", not ISO codes. The catalogue's own
 * words come first (the reviewed names the foster forms offer); any other code is named by the
 * runtime's CLDR data, and a code nobody can name is shown as it is.
 */
export function languageName(locale: Locale, code: string, catalogue: CatalogueLookup): string {
  const own = catalogue(`foster.lang.${code.toLowerCase()}`);
  if (own) return own;
  const name = cldrName(locale, 'language', code.toLowerCase());
  if (!name) return code;
  // CLDR gives Azerbaijani language names as bare adjectives ("rus"); the catalogue says "Rus dili".
  return locale === 'az' && !name.includes(' ')
    ? `${capitalised(locale, name)} dili`
    : capitalised(locale, name);
}

export function countryName(locale: Locale, code: string, catalogue: CatalogueLookup): string {
  const own = catalogue(`foster.country.${code.toUpperCase()}`);
  if (own) return own;
  return cldrName(locale, 'region', code.toUpperCase()) ?? code;
}

function cldrName(locale: Locale, type: 'language' | 'region', code: string): string | null {
  if (!/^[A-Za-z]{2,3}$/.test(code)) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type, fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

function capitalised(locale: Locale, name: string): string {
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
