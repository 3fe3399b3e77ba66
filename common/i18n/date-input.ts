import { AZ_MONTHS } from './format';
import type { Locale } from './locales';

/**
 * Calendar dates as people type and pick them in the interface language, not the browser's: the
 * browser's own date control follows its locale (12/01/2026, "December 2026" in a Russian
 * interface). All four languages write the day first; English uses the British order, as the
 * countries Yuva serves do. The week starts on Monday in all four.
 */
interface DatePattern {
  separator: string;
  /** What the empty field shows, in the language's own letters. */
  placeholder: string;
}

const PATTERNS: Record<Locale, DatePattern> = {
  az: { separator: '.', placeholder: 'gg.aa.iiii' },
  tr: { separator: '.', placeholder: 'gg.aa.yyyy' },
  ru: { separator: '.', placeholder: 'дд.мм.гггг' },
  en: { separator: '/', placeholder: 'dd/mm/yyyy' },
};

/** Azerbaijani weekday abbreviations, Monday first (browsers have no Azerbaijani data). */
const AZ_WEEKDAYS = ['B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.', 'B.'];

export function datePlaceholder(locale: Locale): string {
  return PATTERNS[locale].placeholder;
}

/** An ISO date ('2026-12-01') as typed in the language ('01.12.2026'); anything else as it is. */
export function formatDateInput(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const separator = PATTERNS[locale].separator;
  return `${day}${separator}${month}${separator}${year}`;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What was typed, as an ISO date: day, month and a four-digit year, separated by a dot, slash,
 * dash or space (any of them, whatever the language shows); an ISO date is taken as it is.
 * `null` when it is not (yet) a whole real date.
 */
export function parseDateInput(text: string): string | null {
  const typed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const dayFirst = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{4})$/.exec(typed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : [0, 0, 0];
  if (!year || !isCalendarDay(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A month's name as a calendar's heading shows it (nominative, capitalised): "Декабрь". */
export function monthName(locale: Locale, month: number): string {
  const name =
    locale === 'az'
      ? AZ_MONTHS[month - 1]!
      : new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
          new Date(Date.UTC(2026, month - 1, 1)),
        );
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/** The short names of the days of the week, Monday first. */
export function weekdayNames(locale: Locale): string[] {
  if (locale === 'az') return AZ_WEEKDAYS;
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2026-01-05 is a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2026, 0, 5 + i))));
}

/** A month's days as weeks from Monday (ISO dates; `null` before the 1st and after the last). */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length: days }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** A whole ISO date ('2026-12-01'), not a date still being typed. */
export function isIsoDate(value: string): boolean {
  return parseDateInput(value) === value;
}
