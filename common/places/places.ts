import type { Locale } from '../i18n/locales';
import { AZ_PLACES } from './places-az.data';
import { TR_PLACES } from './places-tr.data';

/**
 * Cities, districts and provinces as reference data (decision 0044): a
 * family's district is stored as a code, printed in the reader's language, and a report counts
 * a city district (Kəpəz) under its city (Gəncə).
 */
export type PlaceKind = 'city' | 'city_district' | 'district' | 'province';
export type PlaceRow = [
  code: string,
  kind: PlaceKind,
  parent: string | null,
  az: string,
  tr: string,
  ru: string,
  en: string,
];

export interface Place {
  code: string;
  country: 'AZ' | 'TR';
  kind: PlaceKind;
  /** The city a city district belongs to. */
  parent: string | null;
  names: Record<Locale, string>;
}

const toPlace = ([code, kind, parent, az, tr, ru, en]: PlaceRow): Place => ({
  code,
  country: code.slice(0, 2) as Place['country'],
  kind,
  parent,
  names: { az, tr, ru, en },
});

export const PLACES: readonly Place[] = [...AZ_PLACES, ...TR_PLACES].map(toPlace);
export const PLACE_CODES = PLACES.map((p) => p.code) as [string, ...string[]];
const BY_CODE = new Map(PLACES.map((p) => [p.code, p]));

export function placeByCode(code: string | null | undefined): Place | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** The place a report counts under: a city district's city, else the place itself. */
export function reportingPlace(code: string): Place | undefined {
  const place = BY_CODE.get(code);
  return place?.parent ? BY_CODE.get(place.parent) : place;
}

/** The place's name in the language, with its city for a city district ("Nizami (Gəncə)"). */
export function placeLabel(code: string, locale: Locale): string {
  const place = BY_CODE.get(code);
  if (!place) return code;
  const city = place.parent ? BY_CODE.get(place.parent) : undefined;
  return city ? `${place.names[locale]} (${city.names[locale]})` : place.names[locale];
}

/** A country's places, cities first, each group in the language's alphabetical order. */
export function placesOf(country: string, locale: Locale): Place[] {
  const order: PlaceKind[] = ['city', 'city_district', 'district', 'province'];
  return PLACES.filter((p) => p.country === country).sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      placeLabel(a.code, locale).localeCompare(placeLabel(b.code, locale), locale),
  );
}
