import { mergeParts } from './merge';

/**
 * Every message in this language but the audit log's words (its actions, record kinds and field
 * names, which only the audit log and a case's timeline show: `AuditWords` loads them there): a
 * chunk of its own, loaded only when the language is chosen.
 */
export default mergeParts(
  import.meta.glob<Record<string, string>>(
    [
      '../../../common/i18n/locales/az.json',
      '../../../common/i18n/locales/*/az.json',
      '!../../../common/i18n/locales/audit/az.json',
    ],
    { eager: true, import: 'default' },
  ),
);
