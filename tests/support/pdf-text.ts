import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as written by pdfkit with embedded (Type 0, Identity-H) fonts: each font's
 * ToUnicode map turns the glyph codes of `Tj`/`TJ` back into letters. Enough to check what a
 * report says in tests; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const { objects, linesOf } = readPdf(pdf);
  const lines: string[] = [];
  for (const { stream } of objects.values()) if (stream) lines.push(...linesOf(stream));
  return lines.join('\n');
}

/**
 * The text of each page, in page order, one entry per text run in the order it was written (so
 * a page's footer, written last, comes last).
 */
export function pdfPages(pdf: Buffer): string[][] {
  const { objects, linesOf } = readPdf(pdf);
  const tree = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  const kids = /\/Kids \[([^\]]*)\]/.exec(tree?.dict ?? '')?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].map((kid) => {
    const page = objects.get(Number(kid[1]))!;
    const contents = /\/Contents (\d+) 0 R/.exec(page.dict)?.[1];
    const stream = contents ? objects.get(Number(contents))?.stream : null;
    return stream ? linesOf(stream) : [];
  });
}

function readPdf(pdf: Buffer) {
  const source = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  // Objects are read one after the other; a stream's bytes are taken by its /Length, as they
  // may hold anything (even the letters "endobj").
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(source); m; m = header.exec(source)) {
    const start = m.index + m[0].length;
    const end = source.indexOf('endobj', start);
    const at = source.indexOf('stream', start);
    if (at < 0 || at > end) {
      objects.set(Number(m[1]), { dict: source.slice(start, end), stream: null });
      header.lastIndex = end;
      continue;
    }
    const dict = source.slice(start, at);
    const from = at + 'stream'.length + (source.startsWith('\r\n', at + 6) ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const data = source.slice(from, from + length);
    const raw = Buffer.from(data, 'latin1');
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : data;
    objects.set(Number(m[1]), { dict, stream });
    header.lastIndex = source.indexOf('endobj', from + length);
  }
  const hexToText = (hex: string) => {
    let text = '';
    for (let i = 0; i + 4 <= hex.length; i += 4)
      text += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return text;
  };
  const cmapOf = (text: string) => {
    const map = new Map<number, string>();
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const r of block[1]!.matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
      )) {
        const lo = parseInt(r[1]!, 16);
        const hi = parseInt(r[2]!, 16);
        if (r[3]!.startsWith('[')) {
          // A ligature maps to two letters, written with a space inside: <0066 0069> is "fi".
          [...r[3]!.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((d, i) => {
            map.set(lo + i, hexToText(d[1]!.replace(/\s/g, '')));
          });
        } else {
          const start = parseInt(r[3]!.slice(1, -1), 16);
          for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(start + c - lo));
        }
      }
    }
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const r of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(parseInt(r[1]!, 16), hexToText(r[2]!));
    }
    return map;
  };
  // Font resource names (/F1 …) → the font's ToUnicode map.
  const fonts = new Map<string, Map<number, string>>();
  for (const { dict } of objects.values()) {
    for (const f of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(Number(f[2]));
      const ref = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict);
      const cmap = ref ? objects.get(Number(ref[1]))?.stream : null;
      if (cmap) fonts.set(f[1]!, cmapOf(cmap));
    }
  }
  const linesOf = (stream: string): string[] => {
    const lines: string[] = [];
    if (!/\bBT\b/.test(stream)) return lines;
    let font = new Map<number, string>();
    for (const op of stream.matchAll(
      /\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g,
    )) {
      if (op[1]) {
        font = fonts.get(op[1]) ?? new Map();
        continue;
      }
      const hexes =
        op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[3]!];
      let text = '';
      for (const hex of hexes)
        for (let i = 0; i + 4 <= hex.length; i += 4)
          text += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      lines.push(text);
    }
    return lines;
  };
  return { objects, linesOf };
}
