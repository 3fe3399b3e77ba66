import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../common/i18n/locales';
import { messages } from '../../common/i18n/messages';
import { loadCatalogue, PUBLIC, STAFF } from './catalogues';

describe('the catalogues the web app downloads, one language at a time', () => {
  it.each(LOCALES)(
    '%s: the staff app gets the messages the server has, the audit words coming with their pages',
    async (locale) => {
      const audit = (await import(`../../common/i18n/locales/audit/${locale}.json`)).default;
      const staff = await loadCatalogue(STAFF, locale);
      expect(Object.keys(audit).filter((key) => key in staff)).toEqual([]);
      expect({ ...staff, ...audit }).toEqual(messages[locale]);
    },
  );

  it.each(LOCALES)(
    '%s: the public pages get the core, the foster and case messages, no staff-only area',
    async (locale) => {
      const catalogue = await loadCatalogue(PUBLIC, locale);
      const all = messages[locale];
      const kept = (prefix: string) => Object.keys(all).filter((k) => k.startsWith(prefix));
      for (const key of [
        ...kept('foster.'),
        ...kept('cases.person.'),
        ...kept('nav.'),
        'app.name',
        'common.loading',
      ])
        expect(catalogue[key], key).toBe(all[key]);
      for (const area of [
        'audit.action.',
        'audit.field.',
        'dashboard.',
        'strengthening.',
        'groups.',
        'exports.',
        'security.',
      ])
        expect(
          Object.keys(catalogue).filter((k) => k.startsWith(area)),
          area,
        ).toEqual([]);
    },
  );
});
