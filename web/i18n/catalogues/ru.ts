import { mergeParts } from './merge';

/**
 * The staff app's messages in this language but three areas' words, which only their own pages
 * show and `AreaWords` loads there: the audit log's (actions, record kinds and field names — the
 * audit log and a case's timeline), the dashboard's and family strengthening's. A chunk of its
 * own, loaded only when the language is chosen.
 */
export default mergeParts(
  import.meta.glob<Record<string, string>>(
    [
      '../../../common/i18n/locales/ru.json',
      '../../../common/i18n/locales/*/ru.json',
      '!../../../common/i18n/locales/{audit,dashboard,strengthening}/ru.json',
    ],
    { eager: true, import: 'default' },
  ),
);
