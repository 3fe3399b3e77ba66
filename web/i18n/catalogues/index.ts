import type { Locale } from '../../../common/i18n/locales';

export type Catalogue = Record<string, string>;

/**
 * The catalogues, one chunk per language (decision 0037): a page downloads only
 * the language it shows, not all four. Each import() is written out so Vite can split them.
 */
export interface Catalogues {
  name: 'staff' | 'public' | 'audit' | 'dashboard' | 'strengthening';
  load: Record<Locale, () => Promise<{ default: Catalogue }>>;
}

/** The staff app's messages but the areas below, which their pages add (`AreaWords`). */
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

/**
 * The audit log's words alone (actions, kinds of record, field names): added by `AuditWords` on the
 * pages that show them, left out of the staff catalogue.
 */
export const AUDIT: Catalogues = {
  name: 'audit',
  load: {
    az: () => import('../../../common/i18n/locales/audit/az.json'),
    tr: () => import('../../../common/i18n/locales/audit/tr.json'),
    ru: () => import('../../../common/i18n/locales/audit/ru.json'),
    en: () => import('../../../common/i18n/locales/audit/en.json'),
  },
};

/** The dashboard's words (indicators, their notes): its pages, the quality and sharing pages, a village's houses. */
export const DASHBOARD: Catalogues = {
  name: 'dashboard',
  load: {
    az: () => import('../../../common/i18n/locales/dashboard/az.json'),
    tr: () => import('../../../common/i18n/locales/dashboard/tr.json'),
    ru: () => import('../../../common/i18n/locales/dashboard/ru.json'),
    en: () => import('../../../common/i18n/locales/dashboard/en.json'),
  },
};

/** Family strengthening's words: its households' pages only. */
export const STRENGTHENING: Catalogues = {
  name: 'strengthening',
  load: {
    az: () => import('../../../common/i18n/locales/strengthening/az.json'),
    tr: () => import('../../../common/i18n/locales/strengthening/tr.json'),
    ru: () => import('../../../common/i18n/locales/strengthening/ru.json'),
    en: () => import('../../../common/i18n/locales/strengthening/en.json'),
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
