import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../../common/contracts/search';
import { apiItems, queryString } from '../../lib/api';
import { useFormat } from '../../lib/format';

/**
 * The search box at the top of every page: finds a child, a family member or a caregiver by
 * any part of the name in any script (Əliyeva, Aliyeva, Алиева), with birth year, identity or
 * case number; results come as the user types and say why they matched.
 */
export function SearchBox() {
  const intl = useIntl();
  const format = useFormat();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const query = useQuery({
    queryKey: ['search', debounced],
    queryFn: () => apiItems<SearchHit>(`/api/search/people${queryString({ q: debounced, limit: 12 })}`),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const hits = debounced.length >= 2 ? (query.data ?? []) : [];
  const byValue = new Map(hits.map((h) => [`${h.personId}|${h.caseId ?? ''}`, h]));
  return (
    <Select
      aria-label={intl.formatMessage({ id: 'search.label' })}
      placeholder={intl.formatMessage({ id: 'search.placeholder' })}
      searchable
      clearable
      value={null}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={
        debounced.length >= 2 && !query.isFetching ? intl.formatMessage({ id: 'search.nothing' }) : undefined
      }
      data={hits.map((h) => ({
        value: `${h.personId}|${h.caseId ?? ''}`,
        label: `${h.givenName} ${h.familyName}`,
      }))}
      onChange={(value) => {
        const hit = value ? byValue.get(value) : undefined;
        if (hit?.caseId) navigate(`/cases/${hit.caseId}`);
        setText('');
      }}
      renderOption={({ option }) => {
        const h = byValue.get(option.value);
        if (!h) return option.label;
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
            <div>
              <Text size="sm" fw={500}>
                {h.familyName} {h.givenName} {h.patronymic ?? ''}
              </Text>
              <Text size="xs" c="dimmed">
                {[
                  h.birthDate ? format.date(h.birthDate) : null,
                  intl.formatMessage({ id: `search.kind.${h.kind}` }),
                  h.caseNumber,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <Text size="xs" c={h.match === 'near' ? 'orange' : 'teal'}>
              {intl.formatMessage({ id: `search.match.${h.match}` })}
            </Text>
          </Group>
        );
      }}
      w={{ base: 180, sm: 280, md: 360 }}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}
