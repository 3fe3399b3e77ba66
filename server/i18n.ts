import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../common/i18n/locales';
import { messages } from '../common/i18n/messages';

const cache = new Map<string, IntlMessageFormat>();

/** Formats a catalogue message; an unknown key falls back to English, then to the key itself. */
export function t(locale: Locale, key: string, values: Record<string, string | number | Date> = {}): string {
  const source = messages[locale][key] ?? messages.en[key];
  if (source === undefined) return key;
  const cacheKey = `${locale}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, locale);
    cache.set(cacheKey, format);
  }
  try {
    return String(format.format(values));
  } catch {
    // A value the message expects is missing: show the message rather than fail the request.
    return source;
  }
}
