import { mergeParts } from './merge';

/**
 * The messages the public pages (the application form, its status) may show in this language: the
 * core and every area but the staff-only ones, which a family never sees. An area added later is
 * included until it is listed here.
 */
export default mergeParts(
  import.meta.glob<Record<string, string>>(
    [
      '../../../common/i18n/locales/ru.json',
      '../../../common/i18n/locales/*/ru.json',
      '!../../../common/i18n/locales/{audit,dashboard,exports,programmes,security,strengthening}/ru.json',
    ],
    { eager: true, import: 'default' },
  ),
);
