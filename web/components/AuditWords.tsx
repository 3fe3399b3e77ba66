import { Loader } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import type { Locale } from '../../common/i18n/locales';
import { useLocale } from '../i18n/I18nProvider';

type Words = Record<string, string>;

/** The audit log's words per language, each a chunk of its own (decision 0037). */
const LOAD: Record<Locale, () => Promise<Words>> = {
  az: () => import('../../common/i18n/locales/audit/az.json').then((m) => m.default),
  tr: () => import('../../common/i18n/locales/audit/tr.json').then((m) => m.default),
  ru: () => import('../../common/i18n/locales/audit/ru.json').then((m) => m.default),
  en: () => import('../../common/i18n/locales/audit/en.json').then((m) => m.default),
};
const loaded = new Map<Locale, Words>();

/**
 * Adds the audit log's words (actions, kinds of record, field names: some 270 messages a language)
 * to the page's catalogue for the pages that show them — the audit log and a case's timeline —
 * so that every other page, the start page first, does not download them.
 */
export function AuditWords({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const [words, setWords] = useState(() => loaded.get(locale));
  useEffect(() => {
    const known = loaded.get(locale);
    if (known) return setWords(known);
    let current = true;
    LOAD[locale]().then(
      (fetched) => {
        loaded.set(locale, fetched);
        if (current) setWords(fetched);
      },
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, [locale]);
  const ready = words && words === loaded.get(locale);
  if (!ready) return <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  return (
    <IntlProvider
      locale={intl.locale}
      defaultLocale={intl.defaultLocale}
      messages={{ ...(intl.messages as Words), ...words }}
    >
      {children}
    </IntlProvider>
  );
}
