import { describe, expect, it } from 'vitest';
import { LOCALES } from './i18n/locales';
import { catalogueParts } from './i18n/messages';
import { Q4C_PHASES, Q4C_STANDARDS } from './quality4children';

describe('the Quality4Children standards (one source, issue 22)', () => {
  it('has the 18 standards, numbered 1 to 18, each in a phase', () => {
    expect(Q4C_STANDARDS.map((s) => s.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const s of Q4C_STANDARDS) expect(Q4C_PHASES).toContain(s.phase);
  });

  it.each(LOCALES)('words every standard in %s, differently from the other standards', (locale) => {
    const titles = Q4C_STANDARDS.map((s) => s.title[locale].trim());
    expect(titles.filter((t) => t.length < 10)).toEqual([]);
    expect(new Set(titles).size).toBe(18);
  });

  it('is translated: no title is left as the English one', () => {
    for (const s of Q4C_STANDARDS)
      for (const locale of ['az', 'tr', 'ru'] as const) expect(s.title[locale]).not.toBe(s.title.en);
  });

  it('is the only wording: no catalogue keeps its own copy of the standards', () => {
    const copies = LOCALES.flatMap((l) =>
      catalogueParts[l].flatMap((part) => Object.keys(part).filter((k) => /(^|\.)q4c\.\d+$/.test(k))),
    );
    expect(copies).toEqual([]);
  });
});
