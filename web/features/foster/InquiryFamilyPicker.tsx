import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useFamilies } from './api';

/**
 * Picks the family an inquiry became, among the families of the inquiry's country, found by
 * reference or an applicant's name as the officer types (20 at a time, asked of the server so
 * a country with thousands of families works on a slow connection). Empty: not registered yet.
 */
export function InquiryFamilyPicker({
  country,
  value,
  initialLabel,
  onChange,
}: {
  country: string;
  value: string | null;
  initialLabel: string | null;
  onChange: (familyId: string | null) => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [search, setSearch] = useState('');
  // The field shows the chosen family's label: that is not something to search for.
  const [chosen, setChosen] = useState(value ? { value, label: initialLabel ?? '' } : null);
  const [debounced] = useDebouncedValue(search.trim() === chosen?.label ? '' : search.trim(), 300);
  const families = useFamilies({ country, q: debounced || undefined, pageSize: 20 });
  const options = (families.data?.items ?? []).map((f) => ({
    value: f.id,
    label: f.applicants ? `${f.reference} — ${f.applicants}` : f.reference,
  }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <Select
      label={t('recruitment.family')}
      description={t('recruitment.familyHint')}
      placeholder={t('recruitment.familyPlaceholder')}
      searchable
      clearable
      data-autofocus
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={families.isFetching ? t('common.loading') : t('recruitment.familyNone')}
      onChange={(id, option) => {
        setChosen(id ? { value: id, label: option.label } : null);
        onChange(id);
      }}
    />
  );
}
