import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';
import { localeFromAcceptLanguage } from './locales';

describe('dates and numbers follow the language', () => {
  it.each([
    ['az', '27 iyun 2001'],
    ['tr', '27 Haziran 2001'],
    ['ru', '27 июня 2001'],
    ['en', 'June 27, 2001'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(formatDate(locale, '2001-06-27')).toContain(expected);
  });

  it('shows month and year precision', () => {
    expect(formatDate('az', '2000-09-01', 'month')).toBe('sentyabr 2000');
    expect(formatDate('tr', '2011-01-01', 'year')).toBe('2011');
  });

  it('formats Azerbaijani without relying on the runtime having its locale data', () => {
    expect(formatDate('az', '2026-11-25')).toBe('25 noyabr 2026');
    expect(formatDateTime('az', '2026-11-25T09:05:00Z', 'Asia/Baku')).toBe('25 noyabr 2026, 13:05');
    expect(formatDateTime('ru', '2026-11-25T09:05:00Z', 'Asia/Baku')).toMatch(
      /^25 нояб\.? 2026( г\.)?, 13:05$/,
    );
  });

  it('never shifts a calendar date with the time zone', () => {
    expect(formatDate('en', '2001-01-01')).toContain('January 1, 2001');
  });

  it('groups numbers as each language does', () => {
    expect(formatNumber('az', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('ru', 1234567.5)).toBe('1\u00a0234\u00a0567,5');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
  });

  it('picks the interface language from Accept-Language, Azerbaijani by default', () => {
    expect(localeFromAcceptLanguage('ru-RU,ru;q=0.9,en;q=0.8')).toBe('ru');
    expect(localeFromAcceptLanguage('de-DE,tr;q=0.5')).toBe('tr');
    expect(localeFromAcceptLanguage('de-DE')).toBe('az');
    expect(localeFromAcceptLanguage(undefined)).toBe('az');
  });
});
