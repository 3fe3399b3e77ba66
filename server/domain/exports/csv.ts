import type { CellValue, SheetColumn } from './cells';
import { isoLocal } from './cells';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with the byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text a spreadsheet would take for a formula (= + - @, and tab or carriage return that some
 * programs skip before one) is written with a leading apostrophe, so opening an export never
 * runs what somebody typed into a name field (OWASP "CSV injection").
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field, RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A typed cell as CSV text: numbers as they are, dates ISO, moments local in the zone, text guarded. */
export function csvCell(value: CellValue, type: SheetColumn['type'], timeZone: string): string {
  if (value === null || value === undefined || value === '') return '';
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'date':
      return typeof value === 'string' ? value.slice(0, 10) : isoLocal(value as Date, timeZone).slice(0, 10);
    case 'datetime':
      return isoLocal(value as string | Date, timeZone);
    default:
      return csvField(neutraliseFormula(String(value)));
  }
}

/** Writes CSV (UTF-8 with BOM, CRLF line ends) a batch of rows at a time. */
export class CsvWriter {
  constructor(
    private readonly columns: readonly SheetColumn[],
    private readonly timeZone = 'UTC',
  ) {}

  start(): Buffer {
    const head = this.columns.map((c) => csvField(neutraliseFormula(c.heading))).join(',');
    return Buffer.from(`${UTF8_BOM}${head}\r\n`, 'utf8');
  }

  rows(rows: readonly (readonly CellValue[])[]): Buffer {
    let text = '';
    for (const row of rows) {
      text += `${this.columns.map((c, i) => csvCell(row[i], c.type, this.timeZone)).join(',')}\r\n`;
    }
    return Buffer.from(text, 'utf8');
  }

  finish(): Buffer {
    return Buffer.alloc(0);
  }
}
