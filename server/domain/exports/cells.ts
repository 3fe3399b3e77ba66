/**
 * The typed cells of an export, shared by the CSV and XLSX writers: text, numbers, calendar
 * dates ('YYYY-MM-DD', never shifted by a time zone) and moments (ISO timestamps or Dates,
 * written as the local time in the export's time zone).
 */
export type CellType = 'text' | 'number' | 'date' | 'datetime';
export type CellValue = string | number | Date | null | undefined;

export interface SheetColumn {
  /** The heading, already translated. */
  heading: string;
  type: CellType;
  /** Width in characters (XLSX only). */
  width?: number;
}

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (it counts 1900 as a leap year; from March 1900 on this is exact). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** 'YYYY-MM-DD' → Excel serial day number, or null when it is not a date. */
export function excelDate(isoDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** A moment as the wall-clock time in the zone: [year, month, day, hour, minute, second]. */
export function localParts(value: string | Date, timeZone: string): number[] | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  if (timeZone === 'UTC') {
    return [
      date.getUTCFullYear(),
      date.getUTCMonth() + 1,
      date.getUTCDate(),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
    ];
  }
  const p: Record<string, number> = {};
  for (const part of zoneFormat(timeZone).formatToParts(date)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return [p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!];
}

/** A moment → Excel serial number (days and fraction of a day) of its local time in the zone. */
export function excelDateTime(value: string | Date, timeZone: string): number | null {
  const p = localParts(value, timeZone);
  if (!p) return null;
  const [y, mo, d, h, mi, s] = p as [number, number, number, number, number, number];
  return (Date.UTC(y, mo - 1, d, h, mi, s) - EXCEL_EPOCH_MS) / DAY_MS;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as 'YYYY-MM-DD HH:MM:SS' in the zone (how a spreadsheet reads a CSV time). */
export function isoLocal(value: string | Date, timeZone: string): string {
  const p = localParts(value, timeZone);
  if (!p) return String(value);
  const [y, mo, d, h, mi, s] = p as [number, number, number, number, number, number];
  return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}
