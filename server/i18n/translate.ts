import { IntlMessageFormat } from 'intl-messageformat';
import { oneFullStop } from '../../common/i18n/full-stop';
import type { Locale } from '../../common/i18n/locales';
import { messages } from '../../common/i18n/messages';

const cache = new Map<string, IntlMessageFormat>();

/** Formats a catalogue message; an unknown key falls back to English, then to the key itself. */
export function t(locale: Locale, key: string, values: Record<string, string | number | Date> = {}): string {
  const message = messages[locale][key] ?? messages.en[key];
  if (message === undefined) return key;
  const source = oneFullStop(message, values);
  const cacheKey = `${locale}\u0000${key}\u0000${source === message ? '' : source}`;
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
