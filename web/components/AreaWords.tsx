import { Alert, Button, Loader } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { type Catalogues, loadCatalogue } from '../i18n/catalogues';
import { useLocale } from '../i18n/I18nProvider';

type Words = Record<string, string>;

/**
 * Adds an area's words that the staff catalogue leaves out (`catalogues`: AUDIT, DASHBOARD,
 * STRENGTHENING) to the catalogue of what it wraps, downloaded when first shown in a language; a
 * small spinner meanwhile, and "Try again" if the download failed.
 */
export function AreaWords({ catalogues, children }: { catalogues: Catalogues; children: ReactNode }) {
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
    loadCatalogue(catalogues, locale).then(
      (words) => current && setShown({ locale, words }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [catalogues, locale, attempt]);
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
