import type { Locale } from './locales';
import az from './locales/az.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import tr from './locales/tr.json';

/** The four message catalogues (ICU MessageFormat), shared by the server and the web app. */
export const messages: Record<Locale, Record<string, string>> = { az, tr, ru, en };
