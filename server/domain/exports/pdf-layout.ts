/**
 * The arithmetic of a PDF table's columns, apart from drawing: how wide each column must be so
 * that no word is broken inside ("Девочк-и", "Обращени-я"), and which spaces must not break a line.
 */

/** An abbreviation that belongs to the number before it ("2026 г.", "56 дн."): one unbreakable unit. */
const ABBREVIATION_AFTER_NUMBER = /(\d) (г\.|гг\.|дн\.|мес\.)(?=$|[\s,;:)–-])/g;

/** The text with a no-break space where a line must not break ("сентябрь 2026 г." never ends a line on 2026). */
export function keepTogether(text: string): string {
  return text.replace(ABBREVIATION_AFTER_NUMBER, '$1\u00a0$2');
}

/** The words a line may break between: ordinary spaces only, a no-break space holds its words together. */
export function breakableWords(text: string): string[] {
  return text.split(/[ \t\n]+/).filter(Boolean);
}

/**
 * Each column's narrowest width: its longest word (of the heading and of the cells) plus padding,
 * so that lines wrap between words, never inside one.
 */
export function columnFloors(
  columns: string[][],
  widthOf: (text: string, bold: boolean) => number,
  headings: string[],
  padding: number,
): number[] {
  return headings.map((heading, i) => {
    const words = [
      ...breakableWords(heading).map((w) => widthOf(w, true)),
      ...(columns[i] ?? []).flatMap((cell) => breakableWords(cell).map((w) => widthOf(w, false))),
    ];
    return Math.max(0, ...words) + padding;
  });
}

/**
 * Column widths that fill `width` in proportion to what each column wants, none below its floor
 * when the floors fit at all (else simply in proportion).
 */
export function fitWidths(wants: number[], floors: number[], width: number): number[] {
  const proportional = (w: number[], total: number) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((x) => (x * total) / sum);
  };
  if (floors.reduce((a, b) => a + b, 0) > width) return proportional(wants, width);
  const fixed = new Set<number>();
  for (;;) {
    const free = wants.map((w, i) => (fixed.has(i) ? 0 : w));
    const left = width - [...fixed].reduce((sum, i) => sum + floors[i]!, 0);
    const shared = proportional(free, left);
    const widths = shared.map((w, i) => (fixed.has(i) ? floors[i]! : w));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < floors[i]!);
    if (short < 0) return widths;
    fixed.add(short);
  }
}
