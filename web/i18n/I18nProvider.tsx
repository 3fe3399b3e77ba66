import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { IntlProvider } from 'react-intl';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../common/i18n/locales';
import { type Catalogue, type Catalogues, loadCatalogue, STAFF } from './catalogues';

const STORAGE_KEY = 'yuva.locale';

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}
const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, setLocale: () => {} });

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

interface Shown {
  locale: Locale;
  messages: Catalogue;
}

/**
 * The interface language: the signed-in user's choice, remembered on this device for the sign-in page.
 * Its catalogue is downloaded when chosen; until it arrives the previous language stays on screen.
 */
export function I18nProvider({
  children,
  catalogues = STAFF,
}: {
  children: ReactNode;
  /** Which messages to load: every message (the staff app), or the public pages' (PUBLIC). */
  catalogues?: Catalogues;
}) {
  const [shown, setShown] = useState<Shown | null>(null);
  // The language asked for last: a slower download of an earlier choice must not replace it.
  const wanted = useRef<Locale>(initialLocale());
  const show = useCallback(
    (locale: Locale) => {
      wanted.current = locale;
      loadCatalogue(catalogues, locale).then(
        (messages) => {
          if (wanted.current === locale) setShown({ locale, messages });
        },
        (error: unknown) => console.warn(error),
      );
    },
    [catalogues],
  );
  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(STORAGE_KEY, next);
      show(next);
    },
    [show],
  );
  useEffect(() => show(wanted.current), [show]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);
  const locale = shown?.locale ?? wanted.current;
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  // The first catalogue is one small download; the page stays empty (and says it is busy) meanwhile.
  if (!shown) return <div aria-busy="true" />;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={shown.locale} messages={shown.messages} defaultLocale={DEFAULT_LOCALE}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);
