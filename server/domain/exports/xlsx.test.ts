import { crc32, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelDate, excelDateTime } from './cells';
import { columnName, sheetName, XlsxWriter, xmlText } from './xlsx';
import { ZipWriter } from './zip';

/** Reads a ZIP archive by its central directory and checks every entry's CRC-32 and sizes. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const flags = zip.readUInt16LE(at + 8);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(flags & 0x0808).toBe(0x0808);
    expect(zip.readUInt32LE(offset)).toBe(0x04034b50);
    const dataAt = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const content = inflateRawSync(zip.subarray(dataAt, dataAt + compressed));
    expect(content.length).toBe(size);
    expect(crc32(content)).toBe(crc);
    // The data descriptor after the data repeats the CRC and sizes.
    expect(zip.readUInt32LE(dataAt + compressed)).toBe(0x08074b50);
    expect(zip.readUInt32LE(dataAt + compressed + 4)).toBe(crc);
    files.set(name, content);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

describe('ZIP writer', () => {
  it('writes entries piece by piece that any reader inflates back, with CRC-32 and sizes', () => {
    const z = new ZipWriter(new Date('2026-11-25T10:00:00Z'));
    const parts = [z.file('a.txt', 'Salam, dünya! Əə Ğğ Iı İi Şş'), z.begin('dir/ünicode.xml')];
    const pieces = ['<x>', 'ə'.repeat(50_000), '<y/>'.repeat(10_000), '</x>'];
    for (const p of pieces) parts.push(z.write(p));
    parts.push(z.end(), z.finish());
    const zip = Buffer.concat(parts);
    expect(z.written).toBe(zip.length);
    const files = unzip(zip);
    expect(files.get('a.txt')!.toString('utf8')).toBe('Salam, dünya! Əə Ğğ Iı İi Şş');
    expect(files.get('dir/ünicode.xml')!.toString('utf8')).toBe(pieces.join(''));
    // Compressed: the repeated text takes a small fraction of its size.
    expect(zip.length).toBeLessThan(10_000);
  });
});

describe('XLSX writer', () => {
  it('names columns and sheets as Excel does', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(sheetName('Audit: log [2026] / all*?')).toBe('Audit  log  2026    all');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('Дети для исследований (под псевдонимами)')).toBe('Дети для исследований');
    expect(xmlText('a < b & "c" \u0001 ok')).toBe('a &lt; b &amp; &quot;c&quot;  ok');
  });

  it('counts dates from 1899-12-30 and times in the zone', () => {
    expect(excelDate('1900-03-01')).toBe(61);
    expect(excelDate('2026-11-25')).toBe(46351);
    expect(excelDate('not a date')).toBeNull();
    expect(excelDateTime('2026-11-25T12:00:00Z', 'UTC')).toBe(46351.5);
    expect(excelDateTime('2026-11-25T20:00:00Z', 'Asia/Baku')).toBe(46352);
  });

  it('streams a workbook that a spreadsheet library reads back: headings, text, numbers, dates', async () => {
    const w = new XlsxWriter(
      [
        { heading: 'Ad', type: 'text' },
        { heading: 'Yaş', type: 'number' },
        { heading: 'Doğum tarixi', type: 'date' },
        { heading: 'Vaxt', type: 'datetime' },
      ],
      { title: 'Uşaqlar', timeZone: 'UTC', modified: new Date('2026-11-25T10:00:00Z') },
    );
    const chunks = [w.start()];
    for (let batch = 0; batch < 5; batch++) {
      chunks.push(
        w.rows(
          Array.from({ length: 1000 }, (_, i) => [
            `Gülnarə ${batch * 1000 + i} <&>`,
            batch * 1000 + i,
            '2015-03-09',
            '2026-11-25T08:30:00Z',
          ]),
        ),
      );
    }
    chunks.push(w.rows([['=1+2', null, null, null]]), w.finish());
    const file = Buffer.concat(chunks);
    expect(w.written).toBe(file.length);
    const parts = unzip(file);
    expect([...parts.keys()]).toContain('xl/worksheets/sheet1.xml');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Uşaqlar');
    expect(sheet.rowCount).toBe(5002);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Ad', 'Yaş', 'Doğum tarixi', 'Vaxt']);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const row = sheet.getRow(4001);
    expect(row.getCell(1).value).toBe('Gülnarə 3999 <&>');
    expect(row.getCell(2).value).toBe(3999);
    expect(row.getCell(3).value).toEqual(new Date('2015-03-09T00:00:00Z'));
    expect(row.getCell(4).value).toEqual(new Date('2026-11-25T08:30:00Z'));
    expect(sheet.getRow(5002).getCell(1).value).toBe('=1+2');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes text as typed strings, never formulas, whatever separators or formula characters it holds', async () => {
    // Unlike CSV, nothing here is split or evaluated: a cell is an inline string (t="inlineStr")
    // and the writer has no formula element (<f>) at all, so no apostrophe is needed or added.
    const hostile = ['=1+2', 'a;=HYPERLINK("http://x")', 'x;+1', 'x\t=1', 'x|@SUM(1)', '-1', '@A1'];
    const w = new XlsxWriter([{ heading: '=Ad', type: 'text' }], { title: 'Boş' });
    const file = Buffer.concat([w.start(), w.rows(hostile.map((h) => [h])), w.finish()]);
    const sheetXml = unzip(file).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(sheetXml).toContain(
      '<c r="A3" t="inlineStr"><is><t xml:space="preserve">a;=HYPERLINK(&quot;http://x&quot;)</t>',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('=Ad');
    hostile.forEach((text, i) => {
      const cell = sheet.getCell(`A${i + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
  });

  it('writes a workbook with only its heading row when the list is empty', async () => {
    const w = new XlsxWriter([{ heading: 'Ad', type: 'text' }], { title: 'Boş' });
    const file = Buffer.concat([w.start(), w.rows([]), w.finish()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(1);
    expect(book.worksheets[0]!.getCell('A1').value).toBe('Ad');
  });
});
