import { describe, expect, it } from 'vitest';
import { countryName as countryIn, languageName as languageIn } from './display-names';
import type { Locale } from './locales';
import { messages } from './messages';

// The reader's catalogue, as the web app passes it.
const languageName = (locale: Locale, code: string) =>
  languageIn(locale, code, (key) => messages[locale][key]);
const countryName = (locale: Locale, code: string) => countryIn(locale, code, (key) => messages[locale][key]);

describe('languages and countries by name in the reader’s language', () => {
  it('names a language with the catalogue’s word, in each language', () => {
    expect(languageName('az', 'ru')).toBe('Rus dili');
    expect(languageName('tr', 'az')).toBe('Azerbaycan Türkçesi');
    expect(languageName('ru', 'tr')).toBe('Турецкий');
    expect(languageName('en', 'az')).toBe('Azerbaijani');
  });

  it('names a language the catalogue does not list from CLDR, capitalised as a label', () => {
    expect(languageName('az', 'uk')).toBe('Ukrayna dili');
    expect(languageName('tr', 'uk')).toBe('Ukraynaca');
    expect(languageName('ru', 'hy')).toBe('Армянский');
    expect(languageName('en', 'hy')).toBe('Armenian');
  });

  it('names a country, listed or not', () => {
    expect(countryName('az', 'TR')).toBe('Türkiyə');
    expect(countryName('ru', 'AZ')).toBe('Азербайджан');
    expect(countryName('tr', 'de')).toBe('Almanya');
    expect(countryName('en', 'KZ')).toBe('Kazakhstan');
  });

  it('shows a code nobody can name as it is, and never fails on odd input', () => {
    expect(countryName('az', 'QQ')).toBe('QQ');
    expect(languageName('ru', 'zzz')).toBe('zzz');
    expect(languageName('tr', 'not a code')).toBe('not a code');
  });
});
