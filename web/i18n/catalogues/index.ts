import type { Locale } from '../../../common/i18n/locales';

export type Catalogue = Record<string, string>;

/**
 * The catalogues, one chunk per language (decision 0099-light-first-load): a page downloads only
 * the language it shows, not all four. Each import() is written out so Vite can split them.
 */
type Loaders = Record<Locale, () => Promise<{ default: Catalogue }>>;

/** Every message: the staff app. */
export const STAFF: Loaders = {
  az: () => import('./az'),
  tr: () => import('./tr'),
  ru: () => import('./ru'),
  en: () => import('./en'),
};

/** Without the staff-only areas: the public pages. */
export const PUBLIC: Loaders = {
  az: () => import('./public-az'),
  tr: () => import('./public-tr'),
  ru: () => import('./public-ru'),
  en: () => import('./public-en'),
};

const loaded = new Map<string, Promise<Catalogue>>();

export function loadCatalogue(loaders: Loaders, locale: Locale): Promise<Catalogue> {
  const key = `${loaders === PUBLIC ? 'public' : 'staff'}-${locale}`;
  let catalogue = loaded.get(key);
  if (!catalogue) {
    catalogue = loaders[locale]().then((m) => m.default);
    // A failed download (a dropped connection) may succeed when asked again.
    catalogue.catch(() => loaded.delete(key));
    loaded.set(key, catalogue);
  }
  return catalogue;
}
