import { type CellValue, excelDate, excelDateTime, type SheetColumn } from './cells';
import { ZipWriter } from './zip';

/**
 * A one-sheet XLSX workbook written as a stream: the fixed parts first, then the sheet's rows
 * a batch at a time (strings inline, so no shared-string table grows in memory), then the
 * end of the sheet and the archive's directory. Numbers are numbers; dates and times are
 * serial numbers with the built-in date (14) and date-time (22) formats, which the spreadsheet
 * shows in its own locale. The heading row is bold and frozen.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLE = { heading: 1, date: 2, datetime: 3 } as const;
/** Excel's limit for one cell's text. */
const MAX_CELL_TEXT = 32_767;

// Characters XML 1.0 does not allow (C0 controls other than tab and line ends, FFFE/FFFF, lone surrogates).
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';
const INVALID_XML = new RegExp(
  `[${CONTROL}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters xmlText removes or escapes
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(INVALID_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string): string {
  const clean = title.replace(/[:\\/?*[\]]/g, ' ').trim();
  if (clean.length <= 31) return clean || 'Sheet1';
  // Cut at the last word that fits rather than in the middle of one.
  const cut = clean.slice(0, 31);
  const space = cut.lastIndexOf(' ');
  let name = space > 10 ? cut.slice(0, space) : cut;
  const open = name.lastIndexOf('(');
  if (open > 10 && !name.slice(open).includes(')')) name = name.slice(0, open);
  return name.replace(/[\s—–-]+$/, '');
}

function inlineString(ref: string, text: string, style?: number): string {
  const s = style ? ` s="${style}"` : '';
  const value = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

export class XlsxWriter {
  private readonly zip: ZipWriter;
  private row = 0;
  private readonly letters: string[];

  constructor(
    private readonly columns: readonly SheetColumn[],
    private readonly options: { title: string; timeZone?: string; modified?: Date; level?: number },
  ) {
    this.zip = new ZipWriter(options.modified ?? new Date(), options.level ?? 6);
    this.letters = columns.map((_, i) => columnName(i));
  }

  /** Bytes written so far. */
  get written(): number {
    return this.zip.written;
  }

  /** The package parts and the sheet up to its heading row. */
  start(): Buffer {
    const z = this.zip;
    const title = xmlText(this.options.title);
    const modified = (this.options.modified ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
    const parts = [
      z.file(
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          '</Types>',
      ),
      z.file(
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
          `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
          '</Relationships>',
      ),
      z.file(
        'docProps/core.xml',
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:title>${title}</dc:title><dc:creator>Yuva</dc:creator>` +
          `<dcterms:created xsi:type="dcterms:W3CDTF">${modified}</dcterms:created>` +
          '</cp:coreProperties>',
      ),
      z.file(
        'xl/workbook.xml',
        `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
          `<sheet name="${xmlText(sheetName(this.options.title))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      z.file(
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
          '</Relationships>',
      ),
      z.file(
        'xl/styles.xml',
        `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
          '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="4">' +
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
          '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
          '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
          '</styleSheet>',
      ),
      z.begin('xl/worksheets/sheet1.xml'),
    ];
    const cols = this.columns
      .map(
        (c, i) =>
          `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? defaultWidth(c)}" customWidth="1"/>`,
      )
      .join('');
    this.row = 1;
    const heading = this.columns.map((c, i) => inlineString(`${this.letters[i]}1`, c.heading, STYLE.heading));
    parts.push(
      z.write(
        `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
          '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
          `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>` +
          `<row r="1">${heading.join('')}</row>`,
      ),
    );
    return Buffer.concat(parts);
  }

  /** A batch of rows, compressed. */
  rows(rows: readonly (readonly CellValue[])[]): Buffer {
    if (rows.length === 0) return Buffer.alloc(0);
    const zone = this.options.timeZone ?? 'UTC';
    let xml = '';
    for (const values of rows) {
      const r = ++this.row;
      xml += `<row r="${r}">`;
      for (let i = 0; i < this.columns.length; i++) {
        const value = values[i];
        if (value === null || value === undefined || value === '') continue;
        const ref = `${this.letters[i]}${r}`;
        const type = this.columns[i]!.type;
        let serial: number | null = null;
        if (type === 'number' && typeof value === 'number') {
          if (Number.isFinite(value)) xml += `<c r="${ref}"><v>${value}</v></c>`;
          continue;
        }
        if (type === 'date')
          serial = typeof value === 'string' ? excelDate(value) : excelDateTime(value as Date, zone);
        if (type === 'datetime') serial = excelDateTime(value as string | Date, zone);
        if (serial !== null) {
          const style = type === 'date' ? STYLE.date : STYLE.datetime;
          xml += `<c r="${ref}" s="${style}"><v>${type === 'date' ? Math.floor(serial) : serial}</v></c>`;
        } else {
          xml += inlineString(ref, String(value));
        }
      }
      xml += '</row>';
    }
    return this.zip.write(xml);
  }

  /** The end of the sheet and the archive's directory. */
  finish(): Buffer {
    return Buffer.concat([this.zip.write('</sheetData></worksheet>'), this.zip.end(), this.zip.finish()]);
  }
}

function defaultWidth(c: SheetColumn): number {
  const base = c.type === 'date' ? 12 : c.type === 'datetime' ? 18 : c.type === 'number' ? 10 : 20;
  return Math.min(60, Math.max(base, c.heading.length + 2));
}
