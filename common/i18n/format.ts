import type { Locale } from './locales';

/**
 * Dates and numbers in the interface language, the same on the server and in every browser.
 * Azerbaijani is formatted here rather than by Intl: browsers (Chromium among them) ship
 * without Azerbaijani locale data and print "2001 M06 27" and "1,234.5".
 * Calendar dates ('YYYY-MM-DD') are formatted in UTC so they never shift with the viewer's
 * time zone.
 */
export const AZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];

export type DatePrecision = 'day' | 'month' | 'year';

function calendarDate(isoDate: string): Date | null {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function azDate(date: Date, precision: DatePrecision, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const month = AZ_MONTHS[Number(parts.month) - 1];
  if (precision === 'year') return parts.year!;
  if (precision === 'month') return `${month} ${parts.year}`;
  return `${Number(parts.day)} ${month} ${parts.year}`;
}

export function formatDate(locale: Locale, isoDate: string, precision: DatePrecision = 'day'): string {
  const date = calendarDate(isoDate);
  if (!date) return isoDate;
  if (locale === 'az') return azDate(date, precision, 'UTC');
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A moment (ISO timestamp) as date and 24-hour time in the viewer's (or the given) time zone. */
export function formatDateTime(locale: Locale, iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${formatDateOfMoment(locale, date, zone)}, ${formatTime(date, zone)}`;
}

function formatDateOfMoment(locale: Locale, date: Date, timeZone: string): string {
  if (locale === 'az') return azDate(date, 'day', timeZone);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(date);
}

/** Hours and minutes, 24-hour clock (used in all four languages' regions). */
export function formatTime(date: Date | string, timeZone?: string): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(d);
}

/** Azerbaijani groups digits and marks decimals as Turkish does: 1.234.567,5. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale === 'az' ? 'tr' : locale, options).format(value);
}
