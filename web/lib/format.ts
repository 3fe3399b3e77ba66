import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { countryName, languageName } from '../../common/i18n/display-names';
import { formatDate, formatDateTime, formatNumber, formatTime } from '../../common/i18n/format';
import type { LocalizedText } from '../../common/i18n/locales';
import { useLocale } from '../i18n/I18nProvider';

/** A name stored in the four languages, in the current one. */
export function useLocalized() {
  const { locale } = useLocale();
  return (text: LocalizedText | null | undefined) => (text ? text[locale] || text.en : '');
}

/** Dates, moments and numbers in the current language (never react-intl's, see common/i18n/format.ts). */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(
    () => ({
      date: (iso: string, precision?: 'day' | 'month' | 'year') => formatDate(locale, iso, precision),
      dateTime: (iso: string) => formatDateTime(locale, iso),
      time: (iso: string) => formatTime(iso),
      number: (value: number) => formatNumber(locale, value),
    }),
    [locale],
  );
}

/** Language and country codes ("az", "TR") by name in the current language, never as codes. */
export function useNames() {
  const { locale } = useLocale();
  const { messages } = useIntl();
  return useMemo(() => {
    const catalogue = (key: string) => {
      const message = messages[key];
      return typeof message === 'string' ? message : undefined;
    };
    return {
      country: (code: string) => countryName(locale, code, catalogue),
      language: (code: string) => languageName(locale, code, catalogue),
      languages: (codes: readonly string[]) =>
        codes.map((c) => languageName(locale, c, catalogue)).join(', '),
    };
  }, [locale, messages]);
}
