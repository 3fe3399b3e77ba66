import { ActionIcon, Group, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { monthName, monthWeeks, weekdayNames } from '../../../common/i18n/date-input';
import { formatDate } from '../../../common/i18n/format';
import { useLocale } from '../../i18n/I18nProvider';

/** The month shown first: the chosen date's, else today's. */
function startMonth(value: string | null, today: string): { year: number; month: number } {
  const shown = value ?? today;
  return { year: Number(shown.slice(0, 4)), month: Number(shown.slice(5, 7)) };
}

/**
 * One month to pick a day from, in the interface language (month and weekday names, Monday
 * first), with the days after `max` and before `min` not offered.
 */
export function CalendarMonth({
  value,
  today,
  min,
  max,
  onPick,
}: {
  value: string | null;
  today: string;
  min?: string;
  max?: string;
  onPick(iso: string): void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const [{ year, month }, setShown] = useState(() => startMonth(value, today));
  const move = (by: number) => {
    const index = year * 12 + (month - 1) + by;
    setShown({ year: Math.floor(index / 12), month: (index % 12) + 1 });
  };
  const t = (id: string) => intl.formatMessage({ id: `common.date.${id}` });
  return (
    <div>
      <Group justify="space-between" mb="xs">
        <ActionIcon variant="subtle" aria-label={t('previousMonth')} onClick={() => move(-1)}>
          ‹
        </ActionIcon>
        <Text fw={600} aria-live="polite">{`${monthName(locale, month)} ${year}`}</Text>
        <ActionIcon variant="subtle" aria-label={t('nextMonth')} onClick={() => move(1)}>
          ›
        </ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={2} verticalSpacing={2}>
        {weekdayNames(locale).map((d) => (
          <Text key={d} size="xs" ta="center" c="dimmed" aria-hidden>
            {d}
          </Text>
        ))}
        {monthWeeks(year, month)
          .flat()
          .map((day, i) =>
            day ? (
              <UnstyledButton
                key={day}
                disabled={(max !== undefined && day > max) || (min !== undefined && day < min)}
                aria-label={formatDate(locale, day)}
                aria-pressed={day === value}
                onClick={() => onPick(day)}
                ta="center"
                py={4}
                style={{
                  borderRadius: 4,
                  fontWeight: day === today ? 700 : undefined,
                  background: day === value ? 'var(--mantine-primary-color-filled)' : undefined,
                  color: day === value ? 'var(--mantine-color-white)' : undefined,
                  opacity: (max !== undefined && day > max) || (min !== undefined && day < min) ? 0.4 : 1,
                }}
              >
                {Number(day.slice(8))}
              </UnstyledButton>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the empty cells before and after the month
              <span key={`empty-${i}`} />
            ),
          )}
      </SimpleGrid>
    </div>
  );
}
