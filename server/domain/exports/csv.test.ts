import { describe, expect, it } from 'vitest';
import { readAs } from '../../../tests/support/csv-read';
import { CsvWriter, csvCell, csvField, neutraliseFormula } from './csv';

/** A reader that knows nothing of quotes: split on the separator and on every line break. */
function splitNaively(body: string, separator: string): string[] {
  return body.split(/\r\n|\r|\n|\v|\f|\u0085|\u2028|\u2029/).flatMap((line) => line.split(separator));
}

/** What a spreadsheet would take for a formula: = + - @ first, after any spaces, tabs, line ends or quotes. */
const FORMULA = /^[\s"]*[=+\-@]/;
const SEPARATORS = [',', ';', '\t', '|'];

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180); plain text stays bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('Əliyeva Gülnarə İlqar qızı')).toBe('Əliyeva Gülnarə İlqar qızı');
  });

  it('neutralises text a spreadsheet would take for a formula', () => {
    for (const text of ['=1+2', '+1', '-1', '@SUM(A1)', '\t1', '\r1', ' =1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('Ağayev')).toBe('Ağayev');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvCell('=HYPERLINK("x")', 'text', 'UTC')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('neutralises a formula after any separator a spreadsheet may split on, and quotes cells holding one', () => {
    expect(neutraliseFormula('a;=HYPERLINK("http://x")')).toBe('a;\'=HYPERLINK("http://x")');
    expect(neutraliseFormula('x;+1')).toBe("x;'+1");
    expect(neutraliseFormula('x\t=1')).toBe("x\t'=1");
    expect(neutraliseFormula('x|@SUM(1)')).toBe("x|'@SUM(1)");
    expect(neutraliseFormula('x,-1')).toBe("x,'-1");
    expect(neutraliseFormula('x\n=1')).toBe("x\n'=1");
    expect(neutraliseFormula('x\r\n=1')).toBe("x\r\n'=1");
    expect(neutraliseFormula('x\u2028=1')).toBe("x\u2028'=1");
    // Spaces or a quote before the formula do not hide it; a tab both separates and starts one.
    expect(neutraliseFormula('x; =1')).toBe("x;' =1");
    expect(neutraliseFormula('x;"=1"')).toBe('x;\'"=1"');
    expect(neutraliseFormula('\t=1')).toBe("'\t'=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1");
    // Text with separators but no formula is left as it is.
    expect(neutraliseFormula('Nizami küç. 5; Gəncə | AZ2000')).toBe('Nizami küç. 5; Gəncə | AZ2000');
    expect(neutraliseFormula('Əliyeva-Quliyeva')).toBe('Əliyeva-Quliyeva');
    for (const text of ['a;b', 'a\tb', 'a|b', 'a,b', 'a"b', 'a\nb', 'a\rb']) {
      expect(csvField(text)).toBe(`"${text.replaceAll('"', '""')}"`);
    }
  });

  it('writes a file in which no reader, whatever its separator, finds a cell that starts a formula', () => {
    const hostile = [
      'a;=HYPERLINK("http://x")',
      'x;+1',
      'x\t=1',
      'x|@SUM(1)',
      'x,-1+2',
      '=1;=2,=3\t=4|=5',
      'x;"=1"',
      'line\n@SUM(1)',
      '; -2',
      '"',
      'x;',
    ];
    const w = new CsvWriter([
      { heading: 'Ad', type: 'text' },
      { heading: 'Soyad', type: 'text' },
      { heading: 'Borc', type: 'number' },
      { heading: 'Tarix', type: 'date' },
    ]);
    const rows: (string | number)[][] = [];
    for (const a of hostile) for (const b of hostile) rows.push([a, b, -5, '2015-03-09']);
    const body = Buffer.concat([w.start(), w.rows(rows), w.finish()])
      .toString('utf8')
      .slice(1);
    for (const separator of SEPARATORS) {
      // Only the writer's own numbers (-5, a negative number, no formula) may start with a minus sign.
      const cells = [...readAs(body, separator).flat(), ...splitNaively(body, separator)];
      expect(
        cells.filter((cell) => cell !== '-5' && FORMULA.test(cell)),
        separator,
      ).toEqual([]);
    }
    // The file's own reader (RFC 4180, commas) gets every value back, with the apostrophes.
    const back = readAs(body, ',');
    expect(back).toHaveLength(rows.length + 1);
    expect(back[1]).toEqual(['a;\'=HYPERLINK("http://x")', 'a;\'=HYPERLINK("http://x")', '-5', '2015-03-09']);
    for (const row of back.slice(1)) expect(row.slice(2)).toEqual(['-5', '2015-03-09']);
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
