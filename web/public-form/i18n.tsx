import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../common/i18n/locales';
import { formatMessage, type Values } from './icu';

/** The same key as the staff app's: a language chosen on either is kept for both. */
const STORAGE_KEY = 'yuva.locale';

type Messages = Record<string, string>;

/** One small file per language, downloaded when chosen (each import written out so Vite splits them). */
const LOAD: Record<Locale, () => Promise<{ default: Messages }>> = {
  az: () => import('./messages/az.json'),
  tr: () => import('./messages/tr.json'),
  ru: () => import('./messages/ru.json'),
  en: () => import('./messages/en.json'),
};

export interface Words {
  locale: Locale;
  /** The message `id` in the interface language, its placeholders filled in. */
  t(id: string, values?: Values): string;
  /** Whether the catalogue has `id` (a coded value the catalogue lacks is shown as it is). */
  has(id: string): boolean;
  setLocale(locale: Locale): void;
}

const WordsContext = createContext<Words | null>(null);

export function useWords(): Words {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords outside <PublicFormWords>');
  return words;
}

function storedLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/**
 * The interface language of the public form and its words; until the first file arrives the page
 * says it is busy, and a newly chosen language replaces the old one when its words have arrived.
 */
export function PublicFormWords({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<{ locale: Locale; messages: Messages } | null>(null);
  const [wanted, setWanted] = useState<Locale>(storedLocale);
  useEffect(() => {
    let current = true;
    LOAD[wanted]().then(
      (m) => current && setShown({ locale: wanted, messages: m.default }),
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  useEffect(() => {
    if (shown) document.documentElement.lang = shown.locale;
  }, [shown]);
  const setLocale = useCallback((locale: Locale) => {
    localStorage.setItem(STORAGE_KEY, locale);
    setWanted(locale);
  }, []);
  const words = useMemo<Words | null>(
    () =>
      shown && {
        locale: shown.locale,
        t: (id, values) => formatMessage(shown.messages[id] ?? id, shown.locale, values),
        has: (id) => id in shown.messages,
        setLocale,
      },
    [shown, setLocale],
  );
  if (!words) return <div aria-busy="true" />;
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}
