import type { ComboboxItem } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { placeLabel, placesOf } from '../../../common/places/places';
import { filterPlaces } from './PlaceSelect';

const options: ComboboxItem[] = placesOf('AZ', 'az').map((p) => ({
  value: p.code,
  label: placeLabel(p.code, 'az'),
}));
const found = (search: string) =>
  filterPlaces({ options, search, limit: Infinity }).map((o) => (o as ComboboxItem).value);

describe('the place picker', () => {
  it('finds a place by any of its names, in any script or spelling, whatever the interface language', () => {
    for (const search of ['Gəncə', 'Gence', 'гянджа', 'Ganja'])
      expect(found(search), search).toEqual(['AZ-GA']);
    expect(found('Nesimi')).toEqual(['AZ-BA-NES']);
    expect(found('Кяпаз')).toEqual(['AZ-GA-KEP']);
  });

  it('offers every place before anything is typed, and none for a name no place has', () => {
    expect(found('')).toHaveLength(options.length);
    expect(found('Atlantis')).toEqual([]);
  });
});
