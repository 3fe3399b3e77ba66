import { describe, expect, it } from 'vitest';
import { CsvWriter, csvCell, csvField, neutraliseFormula } from './csv';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180), and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('Əliyeva Gülnarə İlqar qızı')).toBe('Əliyeva Gülnarə İlqar qızı');
  });

  it('neutralises text a spreadsheet would take for a formula', () => {
    for (const text of ['=1+2', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('Ağayev')).toBe('Ağayev');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvCell('=HYPERLINK("x")', 'text', 'UTC')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('writes numbers as numbers (a negative number is no formula), dates ISO, times in the zone', () => {
    expect(csvCell(-5, 'number', 'UTC')).toBe('-5');
    expect(csvCell(3.25, 'number', 'UTC')).toBe('3.25');
    expect(csvCell(Number.NaN, 'number', 'UTC')).toBe('');
    expect(csvCell('2015-03-09', 'date', 'UTC')).toBe('2015-03-09');
    expect(csvCell('2026-11-25T20:30:00.000Z', 'datetime', 'UTC')).toBe('2026-11-25 20:30:00');
    expect(csvCell('2026-11-25T20:30:00.000Z', 'datetime', 'Asia/Baku')).toBe('2026-11-26 00:30:00');
    expect(csvCell(null, 'text', 'UTC')).toBe('');
  });

  it('starts with the byte-order mark and ends every line with CRLF', () => {
    const w = new CsvWriter([
      { heading: 'Ad, soyad', type: 'text' },
      { heading: 'Yaş', type: 'number' },
    ]);
    const text = Buffer.concat([
      w.start(),
      w.rows([
        ['Şükürova', 11],
        ['-Ağa', null],
      ]),
      w.finish(),
    ]).toString('utf8');
    expect(text).toBe('\uFEFF"Ad, soyad",Yaş\r\nŞükürova,11\r\n\'-Ağa,\r\n');
  });
});
