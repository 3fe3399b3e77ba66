import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../common/i18n/locales';
import { messages } from '../../common/i18n/messages';
import { formatMessage } from './icu';
import { publicFormMessages } from './message-keys';

const copy = (locale: string) =>
  JSON.parse(readFileSync(join(__dirname, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;

/** Every message id the form's source names literally (`t('…')`, `t(\`…\`)` with its variable parts). */
function idsInSource(): RegExp[] {
  const files = readdirSync(__dirname).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
  const ids = files.flatMap((f) => {
    const source = readFileSync(join(__dirname, f), 'utf8');
    return [...source.matchAll(/\bt\(\s*[`']([a-z][\w.${}]*)[`']/g)].map((m) => m[1]!);
  });
  return [...new Set(ids)].map(
    (id) => new RegExp(`^${id.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '\\w+')}$`),
  );
}

describe('the public form’s own messages', () => {
  it.each(LOCALES)(
    '%s: a copy of the catalogue’s (run scripts/public-form-messages.ts after a change)',
    (locale) => {
      expect(copy(locale)).toEqual(publicFormMessages(messages[locale]));
    },
  );

  it('has every message the form names, in every language', () => {
    const patterns = idsInSource();
    expect(patterns.length).toBeGreaterThan(30);
    for (const locale of LOCALES) {
      const keys = Object.keys(copy(locale));
      expect(patterns.filter((p) => !keys.some((k) => p.test(k))).map(String), locale).toEqual([]);
    }
  });

  it.each(LOCALES)('%s: reads each message as react-intl’s formatter does', (locale) => {
    const values = { field: 'Ad', n: 2, count: 3, minimum: 3, maximum: 4000 };
    for (const [id, message] of Object.entries(copy(locale))) {
      const expected = new IntlMessageFormat(message, locale).format(values) as string;
      expect(formatMessage(message, locale, values), id).toBe(expected);
    }
    for (const n of [0, 1, 2, 5, 21, 4000]) {
      const message = copy(locale)['error.field.too_short']!;
      expect(formatMessage(message, locale, { field: 'X', minimum: n })).toBe(
        new IntlMessageFormat(message, locale).format({ field: 'X', minimum: n }),
      );
    }
  });
});
