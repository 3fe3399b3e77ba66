import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { type ComponentProps, type FocusEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { datePlaceholder, formatDateInput, parseDateInput } from '../../../common/i18n/date-input';
import { useLocale } from '../../i18n/I18nProvider';
import { isoToday } from '../../lib/dates';
import { CalendarMonth } from './CalendarMonth';

type DateFieldProps = Omit<
  ComponentProps<typeof TextInput>,
  'type' | 'value' | 'onChange' | 'min' | 'max'
> & {
  /** An ISO date, '' for none, or (while being typed) the text as typed. */
  value?: string;
  /** Called with the ISO date once the text is a whole date, '' when emptied, else the text as typed. */
  onChange?(value: string): void;
  min?: string;
  max?: string;
};

/**
 * A calendar date typed or picked in the interface language (dd.mm.yyyy, Monday first, the
 * language's month names), not the browser's: its own date control follows the browser's
 * locale. The form holds the ISO date; an unfinished text is passed on as it is, so the form's
 * check says "write the whole date".
 */
export function DateField({ value = '', onChange, onBlur, min, max, ...props }: DateFieldProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  // What is being typed, until the field is left; then the date is shown in the language's form.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const iso = parseDateInput(value) ?? null;
  const change = (text: string) => {
    setTyped(text);
    onChange?.(text.trim() === '' ? '' : (parseDateInput(text) ?? text));
  };
  const pick = (day: string) => {
    setTyped(null);
    setOpen(false);
    onChange?.(day);
  };
  const label = intl.formatMessage({ id: 'common.date.pick' });
  return (
    <TextInput
      w={{ base: '100%', xs: 200 }}
      inputMode="numeric"
      autoComplete="off"
      placeholder={datePlaceholder(locale)}
      {...props}
      value={typed ?? (iso ? formatDateInput(locale, iso) : value)}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        setTyped(null);
        onBlur?.(event);
      }}
      // Mantine lets clicks pass through an input's right section; the calendar button needs them.
      rightSectionPointerEvents="all"
      rightSection={
        // The button, not the text field, opens the calendar (and carries aria-expanded).
        <Popover opened={open} onChange={setOpen} position="bottom-end" shadow="md" trapFocus returnFocus>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              aria-label={label}
              title={label}
              disabled={props.disabled || props.readOnly}
              onClick={() => setOpen((o) => !o)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <CalendarMonth value={iso} today={isoToday()} min={min} max={max} onPick={pick} />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
