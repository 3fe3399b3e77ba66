import type { CellValue, SheetColumn } from './cells';
import { isoLocal } from './cells';

/** Excel reads a UTF-8 file as UTF-8 only when it starts with the byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Where a spreadsheet may start a new cell or row inside a text: the list separators of the
 * common locales (',' in en, ';' in az, tr and ru, tab, '|') and every kind of line end. We
 * write commas, but Excel opens a CSV with the reader's own separator and knows a quote as a
 * quote only at the start of what it takes for a field, so a ';' inside our quoted cell can
 * start a cell of its own there.
 */
const BOUNDARY = /[,;\t|\r\n\v\f\u0085\u2028\u2029]/;
/** What makes a spreadsheet read a cell as a formula (tab and CR: some programs skip them first). */
const TRIGGER = /[=+\-@\t\r]/;

/** Whether a cell starting at `at` would be read as a formula: spaces and quotes before it hide nothing. */
function startsFormula(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '"') i++;
  return i < text.length && TRIGGER.test(text[i]!);
}

/**
 * Text a spreadsheet would take for a formula (= + - @, and tab or carriage return that some
 * programs skip before one) gets a leading apostrophe, so opening an export never runs what
 * somebody typed into a name field (OWASP "CSV injection"). Not only at the start: at every
 * place a reader with another separator may start a cell (after any BOUNDARY), so
 * 'a;=HYPERLINK(…)' becomes "a;'=HYPERLINK(…)" and no reader, whatever its separator and
 * whether it honours our quotes or not, sees a cell beginning with a formula. The apostrophe
 * goes before any spaces or quotes that precede the formula character. Numbers, dates and
 * times are not text and never pass through here, so -5 stays a number.
 */
export function neutraliseFormula(text: string): string {
  if (!BOUNDARY.test(text)) return startsFormula(text, 0) ? `'${text}` : text;
  let out = '';
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    if (cellStart && startsFormula(text, i)) out += "'";
    const ch = text[i]!;
    out += ch;
    cellStart = BOUNDARY.test(ch);
  }
  return out;
}

/**
 * One field, RFC 4180 (quotes doubled), quoted when it holds a quote, a line break or the list
 * separator of any common locale (',', ';', tab, '|'), so a reader splitting on any of them
 * keeps it whole wherever it sees the quote as a quote.
 */
export function csvField(text: string): string {
  return /[",;\t|\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
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
