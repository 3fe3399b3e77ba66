/**
 * The few ICU message forms the public form's messages use — `{name}`, `{n, plural, …}` with `#`
 * and `=N`, `{x, select, …}` — formatted without react-intl and its parser (about 30 kB gzip that
 * a family's phone would download for a dozen placeholders, decision 0046-lean-public-form).
 * A test formats every message of the form's catalogues with this and with intl-messageformat.
 */
export type Values = Record<string, string | number>;

/** The index of the `}` closing the `{` at `open`, skipping nested braces and quoted text. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** `one {…} other {…}` as a map from selector to its message. */
function branches(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const key = text.slice(i, open).trim();
    const close = closing(text, open);
    found.set(key, text.slice(open + 1, close));
    i = close + 1;
  }
  return found;
}

function argument(body: string, locale: string, values: Values, hash: string | null): string {
  const [name = '', kind, ...rest] = body.split(',');
  const value = values[name.trim()];
  // A plain argument as it is (react-intl groups no digits there: 4000), a plural's `#` grouped.
  if (kind === undefined) return value === undefined ? `{${body}}` : String(value);
  const options = branches(rest.join(','));
  const type = kind.trim();
  if (type === 'plural') {
    const n = Number(value);
    const rule = new Intl.PluralRules(locale).select(n);
    const chosen = options.get(`=${n}`) ?? options.get(rule) ?? options.get('other') ?? '';
    return formatMessage(chosen, locale, values, new Intl.NumberFormat(locale).format(n));
  }
  if (type === 'select') {
    const chosen = options.get(String(value)) ?? options.get('other') ?? '';
    return formatMessage(chosen, locale, values, hash);
  }
  return value === undefined ? '' : String(value);
}

/** The message with its placeholders filled in; `hash` is what `#` stands for inside a plural. */
export function formatMessage(
  message: string,
  locale: string,
  values: Values = {},
  hash: string | null = null,
): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const ch = message[i]!;
    if (ch === "'" && message[i + 1] === "'") {
      out += "'";
      i += 2;
    } else if (ch === "'" && /[{}#]/.test(message[i + 1] ?? '')) {
      const end = message.indexOf("'", i + 1);
      out += message.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? message.length : end + 1;
    } else if (ch === '{') {
      const close = closing(message, i);
      out += argument(message.slice(i + 1, close), locale, values, hash);
      i = close + 1;
    } else if (ch === '#' && hash !== null) {
      out += hash;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
