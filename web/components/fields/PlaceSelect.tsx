import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { PLACES, placeLabel, placesOf } from '../../../common/places/places';
import { foldName, nameKey } from '../../../common/text/name-key';
import { useLocale } from '../../i18n/I18nProvider';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable' | 'onChange' | 'value'> & {
  /** The country whose cities, districts or provinces are offered. */
  country: string;
  value: string | null;
  onChange(code: string | null): void;
};

/** Every name of a place in every language, folded, and their match keys: what a search is compared with. */
const SEARCH_TEXT = new Map(
  PLACES.map((p) => {
    const names = Object.values(p.names);
    return [p.code, { folded: names.map(foldName), keys: names.map(nameKey) }];
  }),
);

/**
 * Finds a place by any of its names in any script or spelling: "Gence", "Гянджа" and "Ganja" all
 * find Gəncə, whatever the interface language (the same folding and keys as the people search).
 */
export const filterPlaces: OptionsFilter = ({ options, search }) => {
  const folded = foldName(search.trim());
  if (!folded) return options;
  const key = nameKey(folded);
  return (options as ComboboxItem[]).filter((o) => {
    const text = SEARCH_TEXT.get(o.value);
    return (
      !!text &&
      (text.folded.some((n) => n.includes(folded)) ||
        (key.length > 1 && text.keys.some((k) => k.startsWith(key))))
    );
  });
};

/**
 * A city, district or province chosen from the places reference data (decision
 * 0044), named in the interface language, searched in any spelling.
 */
export function PlaceSelect({ country, value, onChange, ...rest }: Props) {
  const { locale } = useLocale();
  const intl = useIntl();
  const data = useMemo(
    () => placesOf(country, locale).map((p) => ({ value: p.code, label: placeLabel(p.code, locale) })),
    [country, locale],
  );
  return (
    <Select
      searchable
      clearable
      autoComplete="off"
      placeholder={intl.formatMessage({ id: 'fields.place.search' })}
      nothingFoundMessage={intl.formatMessage({ id: 'fields.place.none' })}
      {...rest}
      data={data}
      filter={filterPlaces}
      value={value}
      onChange={(code) => onChange(code)}
    />
  );
}
