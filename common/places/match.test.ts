import { describe, expect, it } from 'vitest';
import { matchPlace } from './match';
import { PLACES, placeLabel, reportingPlace } from './places';

describe('matchPlace', () => {
  it('matches one city across scripts and spellings', () => {
    for (const text of ['Gence', 'Gəncə', 'Гянджа', 'gəncə ş.', 'Ganja city', 'г. Гянджа'])
      expect(matchPlace(text), text).toBe('AZ-GA');
    for (const text of ['Bakı', 'Baku', 'Баку', 'BAKI ŞƏHƏRİ']) expect(matchPlace(text), text).toBe('AZ-BA');
  });

  it('matches a city district, which reports count under its city', () => {
    for (const text of ['Кяпаз', 'Kəpəz', 'Kapaz r-n']) expect(matchPlace(text), text).toBe('AZ-GA-KEP');
    expect(reportingPlace('AZ-GA-KEP')?.code).toBe('AZ-GA');
    expect(matchPlace('Ясамал район')).toBe('AZ-BA-YAS');
  });

  it('matches a name two cities share only with its city', () => {
    expect(matchPlace('Nizami')).toBeNull();
    expect(matchPlace('Gəncə, Nizami')).toBe('AZ-GA-NIZ');
    expect(matchPlace('Низами (Баку)')).toBe('AZ-BA-NIZ');
  });

  it('prefers the city to the district of the same name, and keeps to the country', () => {
    expect(matchPlace('Şəki')).toBe('AZ-SA');
    expect(matchPlace('Lənkəran rayonu')).toBe('AZ-LAN');
    expect(matchPlace('İstanbul', 'TR')).toBe('TR-34');
    expect(matchPlace('Стамбул')).toBe('TR-34');
    expect(matchPlace('Gence', 'TR')).toBeNull();
  });

  it('leaves unknown places, empty text and two different places unmatched', () => {
    expect(matchPlace('Atlantis')).toBeNull();
    expect(matchPlace('  ')).toBeNull();
    expect(matchPlace('Bakı, Gəncə')).toBeNull();
  });
});

describe('places', () => {
  it('has unique codes, every name in four languages, and cities for the city districts', () => {
    expect(new Set(PLACES.map((p) => p.code)).size).toBe(PLACES.length);
    expect(PLACES.filter((p) => p.kind === 'province')).toHaveLength(81);
    expect(PLACES.filter((p) => p.kind === 'district')).toHaveLength(66);
    for (const p of PLACES) {
      expect(
        Object.values(p.names).every((n) => n.trim().length > 1),
        p.code,
      ).toBe(true);
      if (p.parent) expect(PLACES.find((c) => c.code === p.parent)?.kind).toBe('city');
    }
    expect(placeLabel('AZ-GA-NIZ', 'ru')).toBe('Низами (Гянджа)');
  });
});
