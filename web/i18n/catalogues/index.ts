import type { Locale } from '../../../common/i18n/locales';

export type Catalogue = Record<string, string>;

/**
 * The catalogues, one chunk per language (decision 0037): a page downloads only
 * the language it shows, not all four. Each import() is written out so Vite can split them.
 */
export interface Catalogues {
  name: 'staff' | 'public';
  load: Record<Locale, () => Promise<{ default: Catalogue }>>;
}

/** Every message: the staff app. */
export const STAFF: Catalogues = {
  name: 'staff',
  load: {
    az: () => import('./az'),
    tr: () => import('./tr'),
    ru: () => import('./ru'),
    en: () => import('./en'),
  },
};

/** Without the staff-only areas: the public pages. */
export const PUBLIC: Catalogues = {
  name: 'public',
  load: {
    az: () => import('./public-az'),
    tr: () => import('./public-tr'),
    ru: () => import('./public-ru'),
    en: () => import('./public-en'),
  },
};

const loaded = new Map<string, Promise<Catalogue>>();

export function loadCatalogue(catalogues: Catalogues, locale: Locale): Promise<Catalogue> {
  const key = `${catalogues.name}-${locale}`;
  let catalogue = loaded.get(key);
  if (!catalogue) {
    catalogue = catalogues.load[locale]().then((m) => m.default);
    // A failed download (a dropped connection) may succeed when asked again.
    catalogue.catch(() => loaded.delete(key));
    loaded.set(key, catalogue);
  }
  return catalogue;
}
