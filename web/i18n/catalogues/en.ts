import { mergeParts } from './merge';

/** Every message in this language: a chunk of its own, loaded only when the language is chosen. */
export default mergeParts(
  import.meta.glob<Record<string, string>>(
    ['../../../common/i18n/locales/en.json', '../../../common/i18n/locales/*/en.json'],
    { eager: true, import: 'default' },
  ),
);
