import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as written by pdfkit with embedded (Type 0, Identity-H) fonts: each font's
 * ToUnicode map turns the glyph codes of `Tj`/`TJ` back into letters. Enough to check what a
 * report says in tests; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  for (const m of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let data = body.slice(at + 'stream'.length).replace(/^\r?\n/, '');
    data = data.slice(0, data.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    const raw = Buffer.from(data, 'latin1');
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : data;
    objects.set(Number(m[1]), { dict, stream });
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
          [...r[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => {
            map.set(lo + i, hexToText(d[1]!));
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
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
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
  }
  return lines.join('\n');
}
