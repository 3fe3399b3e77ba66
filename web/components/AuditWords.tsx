import { Alert, Button, Loader } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { AUDIT, loadCatalogue } from '../i18n/catalogues';
import { useLocale } from '../i18n/I18nProvider';

type Words = Record<string, string>;

/**
 * Adds the audit log's words (actions, kinds of record, field names: some 270 messages a language)
 * to the page's catalogue for the pages that show them — the audit log and a case's timeline —
 * so that every other page, the start page first, does not download them.
 */
export function AuditWords({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const { locale } = useLocale();
  // The words with the language they are in: a page shows them only in its own language.
  const [shown, setShown] = useState<{ locale: string; words: Words } | null>(null);
  const [failed, setFailed] = useState(false);
  // Bumped by "Try again": the download runs once more (a failed one is not kept, loadCatalogue).
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    void attempt;
    setFailed(false);
    let current = true;
    loadCatalogue(AUDIT, locale).then(
      (words) => current && setShown({ locale, words }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [locale, attempt]);
  const words = shown?.locale === locale ? shown.words : null;
  const ready = words !== null;
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
