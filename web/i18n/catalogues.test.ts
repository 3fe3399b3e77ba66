import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../common/i18n/locales';
import { messages } from '../../common/i18n/messages';
import { AUDIT, DASHBOARD, loadCatalogue, PUBLIC, STAFF, STRENGTHENING } from './catalogues';

describe('the catalogues the web app downloads, one language at a time', () => {
  it.each(LOCALES)(
    '%s: the staff app gets the messages the server has, the audit, dashboard and strengthening words coming with their pages',
    async (locale) => {
      const staff = await loadCatalogue(STAFF, locale);
      const areas = await Promise.all([AUDIT, DASHBOARD, STRENGTHENING].map((c) => loadCatalogue(c, locale)));
      for (const area of areas) expect(Object.keys(area).filter((key) => key in staff)).toEqual([]);
      expect(Object.assign({}, staff, ...areas)).toEqual(messages[locale]);
      // The start page's menu names every area, so the areas' menu labels are in the staff catalogue.
      expect(staff['dashboard.nav']).toBe(messages[locale]['dashboard.nav']);
      expect(staff['strengthening.nav']).toBe(messages[locale]['strengthening.nav']);
      expect(
        Object.keys(staff).filter((k) => /^(audit\.action\.|dashboard\.indicator|strengthening\.)/.test(k)),
      ).toEqual(['strengthening.nav']);
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
          // The menu's labels are core words (the staff app's menu names every area).
          Object.keys(catalogue).filter((k) => k.startsWith(area) && !k.endsWith('.nav')),
          area,
        ).toEqual([]);
    },
  );
});
