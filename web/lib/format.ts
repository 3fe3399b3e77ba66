import type { LocalizedText } from '../../common/i18n/locales';
import { useLocale } from '../i18n/I18nProvider';

/** A name stored in the four languages, in the current one. */
export function useLocalized() {
  const { locale } = useLocale();
  return (text: LocalizedText | null | undefined) => (text ? text[locale] || text.en : '');
}
