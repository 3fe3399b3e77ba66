import { describe, expect, it } from 'vitest';
import { cleanFileName, DEFAULT_FILE_NAME } from './file-name';

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

describe('file names', () => {
  it('removes every direction control, so a name cannot show its extension backwards', () => {
    const bidi = [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c,
    ];
    for (const cp of bidi) {
      const ch = String.fromCodePoint(cp);
      expect(cleanFileName(`report${ch}fdp.exe`), hex(cp)).toBe('reportfdp.exe');
      expect(cleanFileName(`${ch}hesabat.pdf${ch}`), hex(cp)).toBe('hesabat.pdf');
    }
  });

  it('removes invisible format characters (Unicode category Cf)', () => {
    const format = [
      0x00ad, // soft hyphen
      0x0600, // Arabic number sign
      0x180e, // Mongolian vowel separator
      0x200b, // zero-width space
      0x200c, // zero-width non-joiner
      0x200d, // zero-width joiner
      0x2060, // word joiner
      0x2061, // function application
      0x2064, // invisible plus
      0x206a, // inhibit symmetric swapping
      0x206f, // nominal digit shapes
      0xfeff, // zero-width no-break space, byte-order mark
      0xfff9, // interlinear annotation anchor
      0xfffb, // interlinear annotation terminator
      0x110bd, // Kaithi number sign
      0x1d173, // musical symbol begin beam
      0xe0001, // language tag
      0xe0041, // tag latin capital letter A
      0xe007f, // cancel tag
    ];
    for (const cp of format) {
      expect(cleanFileName(`a${String.fromCodePoint(cp)}b.pdf`), hex(cp)).toBe('ab.pdf');
    }
    // Every character of the category, not only those listed.
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/\p{Cf}/u.test(ch)) expect(cleanFileName(`a${ch}b`), hex(cp)).toBe('ab');
    }
    // The Hangul fillers are letters that draw nothing.
    for (const cp of [0x115f, 0x1160, 0x3164, 0xffa0])
      expect(cleanFileName(`a${String.fromCodePoint(cp)}b`), hex(cp)).toBe('ab');
  });

  it('removes C0 and C1 control characters and DEL; line ends and tabs part words with a space', () => {
    for (let cp = 0; cp <= 0x9f; cp++) {
      if (cp > 0x1f && cp < 0x7f) continue;
      const cleaned = cleanFileName(`a${String.fromCharCode(cp)}b.pdf`);
      expect(['ab.pdf', 'a b.pdf'], hex(cp)).toContain(cleaned);
    }
    expect(cleanFileName('a\tb\r\nc\u0085d\u2028e\u2029f.pdf')).toBe('a b c d e f.pdf');
    expect(cleanFileName('a\u0000\u0007\u001b[31m\u007f\u009bb.pdf')).toBe('a[31mb.pdf');
    expect(cleanFileName('lone \uD800 half \uDC00.pdf')).toBe('lone half .pdf');
  });

  it('turns folder separators, full-width ones included, into underscores', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(cleanFileName('..\\..\\boot.ini')).toBe('.._.._boot.ini');
    expect(cleanFileName('a\uFF0Fb\uFF3Cc\u2215d.pdf')).toBe('a_b_c_d.pdf');
  });

  it('keeps Azerbaijani, Turkish and Cyrillic letters and combining marks as they are', () => {
    for (const name of [
      'Doğum şəhadətnaməsi.pdf',
      'ƏLİYEVA İlqar qızı — arayış.png',
      'Öğrenci belgesi ÇĞİÖŞÜ çğıöşü.pdf',
      'Свидетельство о рождении Ёё Йй.pdf',
      'е\u0308ж и\u0306.pdf', // е + combining diaeresis, и + combining breve
      'Ə\u0301li\u0307.jpg', // combining acute, combining dot above
      'Ҷ Ғ Қ Ӯ Һ.pdf',
      'ملف.pdf',
      '写真 2026.jpg',
    ]) {
      expect(cleanFileName(name)).toBe(name);
    }
    // Spaces of any width become one space; the ends are trimmed.
    expect(cleanFileName('  a\u00A0\u2003 b\u3000.pdf  ')).toBe('a b .pdf');
  });

  it('gives a name with nothing visible left a safe default', () => {
    for (const name of ['', '   ', '\u202E', '\u200B\uFEFF\u2066', '\u0000\u0085', '.', '..', '...']) {
      expect(cleanFileName(name), JSON.stringify(name)).toBe(DEFAULT_FILE_NAME);
    }
    expect(cleanFileName('\u202E', 'export.csv')).toBe('export.csv');
    expect(cleanFileName('\u202E.pdf')).toBe('.pdf');
  });
});
