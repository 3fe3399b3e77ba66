/**
 * The shapes of SQL statements, as they stand in string and template literals. Keywords are matched in one
 * case (all lower or all upper, as SQL is written), so prose such as "Select a family from the list" is not
 * taken for a query; a literal that starts with `select` counts even without `from` (`select 1`).
 */

/** Each shape is written with lower-case keywords in {braces}; both cases are tried. */
const SHAPES = [
  String.raw`^\s*\(?\s*{select}\s+\S`,
  String.raw`\b{select}\s[\s\S]*?\s{from}\s+[\w"(]`,
  String.raw`\b{insert}\s+{into}\s+[\w"]`,
  String.raw`\b{update}\s+[\w."]+(\s+[\w"]+)?\s+{set}\s`,
  String.raw`\b{delete}\s+{from}\s+[\w"]`,
  String.raw`\b{with}\s+({recursive}\s+)?[\w"]+(\s*\([^)]*\))?\s+{as}\s*({not}\s+)?({materialized}\s*)?\(`,
  String.raw`\b({create}|{alter}|{drop})\s+(({or}\s+{replace}|{unique}|{temporary}|{temp}|{materialized})\s+)*({table}|{index}|{view}|{schema}|{extension}|{function}|{trigger}|{type}|{sequence}|{role}|{database}|{policy})\b`,
];

function compile(shape: string, upper: boolean): RegExp {
  return new RegExp(shape.replace(/\{(\w+)\}/g, (_, w: string) => (upper ? w.toUpperCase() : w)));
}

const PATTERNS = SHAPES.flatMap((s) => [compile(s, false), compile(s, true)]);

export function isSqlStatement(text: string): boolean {
  return PATTERNS.some((p) => p.test(text));
}
