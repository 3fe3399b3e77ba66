import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SearchHit } from '../../common/contracts/search';
import { apiItems, queryString } from '../lib/api';
import { useFormat } from '../lib/format';

/** Picks a person by searching their name in any script, as the search box does. */
export function PersonPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const format = useFormat();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const query = useQuery({
    queryKey: ['search', debounced],
    queryFn: () => apiItems<SearchHit>(`/api/search/people${queryString({ q: debounced, limit: 15 })}`),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
  });
  const hits = debounced.length >= 2 ? (query.data ?? []) : [];
  return (
    <Select
      label={label}
      searchable
      clearable
      value={value}
      searchValue={text}
      onSearchChange={setText}
      onChange={onChange}
      filter={({ options }) => options}
      data={hits.map((h) => ({
        value: h.personId,
        label: [`${h.familyName} ${h.givenName}`, h.birthDate ? format.date(h.birthDate) : null, h.caseNumber]
          .filter(Boolean)
          .join(' · '),
      }))}
    />
  );
}
