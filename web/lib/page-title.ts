import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/**
 * Names the browser tab (and what a screen reader announces on arrival) after the page and,
 * on a record's page, the record: "Nərmin Kərimova — Uşaqlar — Yuva", in the user's language.
 * `page` is the id of the page's message (with its `values`); `record` is the record's own name
 * once it has loaded.
 */
export function usePageTitle(page: string, record?: string | null, values?: Record<string, string>) {
  const intl = useIntl();
  const pageName = intl.formatMessage({ id: page }, values);
  const app = intl.formatMessage({ id: 'app.name' });
  useEffect(() => {
    document.title = [record, pageName, app].filter(Boolean).join(' — ');
    return () => {
      document.title = app;
    };
  }, [record, pageName, app]);
}
