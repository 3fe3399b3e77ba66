import { Alert, Button, Loader } from '@mantine/core';
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
  const [failed, setFailed] = useState(false);
  // Bumped by "Try again": the download runs once more.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    setFailed(false);
    const known = loaded.get(locale);
    if (known) return setWords(known);
    let current = true;
    LOAD[locale]().then(
      (fetched) => {
        loaded.set(locale, fetched);
        if (current) setWords(fetched);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [locale, attempt]);
  const ready = words && words === loaded.get(locale);
  if (!ready && failed)
    return (
      <Alert color="red" role="alert">
        {intl.formatMessage(
          { id: 'common.loadFailed' },
          { message: intl.formatMessage({ id: 'exports.offline' }) },
        )}{' '}
        <Button size="compact-sm" variant="light" onClick={() => setAttempt((n) => n + 1)}>
          {intl.formatMessage({ id: 'common.retry' })}
        </Button>
      </Alert>
    );
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
