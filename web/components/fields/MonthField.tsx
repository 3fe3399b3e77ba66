import { NativeSelect } from '@mantine/core';
import { monthName } from '../../../common/i18n/date-input';
import { useLocale } from '../../i18n/I18nProvider';

/** The months from `max` ('YYYY-MM') back `count` months, latest first. */
export function monthsUpTo(max: string, count: number): string[] {
  const last = Number(max.slice(0, 4)) * 12 + Number(max.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = last - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * A month chosen from a list named in the interface language ("Декабрь 2026"), not the browser's
 * month control, which names months in the browser's language.
 */
export function MonthField({
  label,
  value,
  max,
  count = 36,
  onChange,
}: {
  label: string;
  value: string;
  max: string;
  count?: number;
  onChange(month: string): void;
}) {
  const { locale } = useLocale();
  const months = monthsUpTo(max, count);
  const data = months.map((m) => ({
    value: m,
    label: `${monthName(locale, Number(m.slice(5, 7)))} ${m.slice(0, 4)}`,
  }));
  return (
    <NativeSelect label={label} value={value} data={data} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}
