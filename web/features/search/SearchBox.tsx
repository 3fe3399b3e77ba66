import { Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { queryString } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { hitTarget, useSearchHits } from './search-hits';

/**
 * The search box at the top of every page: finds a child, a family member or a caregiver by
 * any part of the name in any script (Əliyeva, Aliyeva, Алиева), with birth year, identity or
 * case number (or its last digits); results come as the user types and say why they matched.
 * Picking one opens the child's case, or a caregiver's house; when there are more than shown,
 * the last line opens the results page.
 */
export function SearchBox({ initialText = '', autoFocus }: { initialText?: string; autoFocus?: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const navigate = useNavigate();
  const [text, setText] = useState(initialText);
  // Typed before this box arrived (HeaderSearch): put back after the Select empties its search on mount.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    if (initialText) setText(initialText);
  }, []);
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const query = useSearchHits(debounced, PAGE);
  const hits = debounced.length >= 2 ? (query.data?.items ?? []) : [];
  const more = debounced.length >= 2 && Boolean(query.data?.more);
  const byValue = new Map(hits.map((h) => [`${h.personId}|${h.caseId ?? ''}`, h]));
  return (
    <Select
      aria-label={intl.formatMessage({ id: 'search.label' })}
      placeholder={intl.formatMessage({ id: 'search.placeholder' })}
      searchable
      clearable
      autoFocus={autoFocus}
      value={null}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={
        debounced.length >= 2 && !query.isFetching ? intl.formatMessage({ id: 'search.nothing' }) : undefined
      }
      data={[
        ...hits.map((h) => ({
          value: `${h.personId}|${h.caseId ?? ''}`,
          label: `${h.givenName} ${h.familyName}`,
          // Someone with nothing the user may open is shown, but cannot be picked.
          disabled: !hitTarget(h),
        })),
        ...(more
          ? [{ value: MORE, label: intl.formatMessage({ id: 'search.more' }, { count: hits.length }) }]
          : []),
      ]}
      onChange={(value) => {
        if (value === MORE) navigate(`/search${queryString({ q: debounced })}`);
        const hit = value ? byValue.get(value) : undefined;
        const target = hit ? hitTarget(hit) : null;
        if (target) navigate(target);
        setText('');
      }}
      renderOption={({ option }) => {
        const h = byValue.get(option.value);
        if (!h)
          return (
            <Text size="sm" fw={600} c="teal">
              {option.label}
            </Text>
          );
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
                  h.houseNumber
                    ? intl.formatMessage({ id: 'village.house' }, { number: h.houseNumber })
                    : null,
                  hitTarget(h) ? null : intl.formatMessage({ id: 'search.noRecord' }),
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

/** Results shown as the user types; the rest are one click away on the results page. */
const PAGE = 12;
const MORE = '__more__';
