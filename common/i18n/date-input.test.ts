import { describe, expect, it } from 'vitest';
import {
  datePlaceholder,
  formatDateInput,
  monthName,
  monthWeeks,
  parseDateInput,
  weekdayNames,
} from './date-input';
import { LOCALES } from './locales';

describe('dates as typed in the interface language', () => {
  it('writes the day first in every language', () => {
    expect(formatDateInput('ru', '2026-12-01')).toBe('01.12.2026');
    expect(formatDateInput('az', '2026-12-01')).toBe('01.12.2026');
    expect(formatDateInput('tr', '2026-12-01')).toBe('01.12.2026');
    expect(formatDateInput('en', '2026-12-01')).toBe('01/12/2026');
    expect(formatDateInput('ru', '12.1')).toBe('12.1');
    expect(datePlaceholder('ru')).toBe('дд.мм.гггг');
    expect(datePlaceholder('az')).toBe('gg.aa.iiii');
  });

  it.each(LOCALES)('%s: reads back what it writes', (locale) => {
    for (const iso of ['2026-12-01', '2000-02-29', '1999-01-31']) {
      expect(parseDateInput(formatDateInput(locale, iso))).toBe(iso);
    }
  });

  it('reads a day first, with any separator, and short days and months', () => {
    expect(parseDateInput('1.12.2026')).toBe('2026-12-01');
    expect(parseDateInput(' 01/12/2026 ')).toBe('2026-12-01');
    expect(parseDateInput('1-2-2026')).toBe('2026-02-01');
    expect(parseDateInput('2026-12-01')).toBe('2026-12-01');
  });

  it('reads nothing from a date that is not whole or not real', () => {
    for (const text of [
      '',
      '12.1',
      '1.12.26',
      '31.02.2026',
      '29.02.2027',
      '00.01.2026',
      '12.13.2026',
      'abc',
    ]) {
      expect(parseDateInput(text), text).toBeNull();
    }
  });

  it('names months and weekdays in the language, Monday first', () => {
    expect(monthName('ru', 12)).toBe('Декабрь');
    expect(monthName('az', 12)).toBe('Dekabr');
    expect(monthName('tr', 12)).toBe('Aralık');
    expect(monthName('en', 12)).toBe('December');
    expect(weekdayNames('ru')[0]).toBe('пн');
    expect(weekdayNames('tr')[0]).toBe('Pzt');
    expect(weekdayNames('az')).toHaveLength(7);
    expect(weekdayNames('en')[6]).toBe('Sun');
  });

  it('lays a month out in weeks from Monday', () => {
    // 1 December 2026 is a Tuesday.
    const weeks = monthWeeks(2026, 12);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });
});
