import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';

/** The year a page shows: this year, the two before and the next. */
export function YearSelect({ value, onChange }: { value: number; onChange(year: number): void }) {
  const intl = useIntl();
  const now = new Date().getFullYear();
  const years = [now + 1, now, now - 1, now - 2];
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'exchanges.year' })}
      value={String(value)}
      onChange={(e) => onChange(Number(e.currentTarget.value))}
      data={years.map((y) => String(y))}
      w={120}
    />
  );
}
