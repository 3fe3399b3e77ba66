import { Alert, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../lib/api';

/** The label of a coded value: `cases.<group>.<value>`. */
export function useEnumLabel() {
  const intl = useIntl();
  return (group: string, value: string | null | undefined) =>
    value ? intl.formatMessage({ id: `cases.${group}.${value}` }) : intl.formatMessage({ id: 'common.none' });
}

/** Options of a select for one enum, optionally with an empty first option. */
export function useEnumOptions() {
  const label = useEnumLabel();
  const intl = useIntl();
  return (group: string, values: readonly string[], empty?: 'any' | 'choose') => [
    ...(empty ? [{ value: '', label: intl.formatMessage({ id: `cases.${empty}` }) }] : []),
    ...values.map((v) => ({ value: v, label: label(group, v) })),
  ];
}

export function personName(p: { familyName: string; givenName: string; patronymic: string | null }) {
  return [p.familyName, p.givenName, p.patronymic].filter(Boolean).join(' ');
}

/** Today in the browser, as an ISO date. */
export function isoToday(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function DateField(props: Omit<ComponentProps<typeof TextInput>, 'type'>) {
  return <TextInput type="date" w={{ base: '100%', xs: 200 }} {...props} />;
}

export function EnumSelect(
  props: Omit<ComponentProps<typeof NativeSelect>, 'data' | 'onChange'> & {
    group: string;
    values: readonly string[];
    empty?: 'any' | 'choose';
    onChange(value: string): void;
  },
) {
  const options = useEnumOptions();
  const { group, values, empty, onChange, ...rest } = props;
  return (
    <NativeSelect
      {...rest}
      data={options(group, values, empty)}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/**
 * The server's message for a refused change. A 409 means someone else saved first: the
 * message names them, and the user can reload the case to see their change (`onReload` then
 * resets the form to what was read).
 */
export function ErrorAlert({ error, onReload }: { error: unknown; onReload?(): void }) {
  const intl = useIntl();
  const client = useQueryClient();
  if (!error) return null;
  const conflict = error instanceof ApiError && error.status === 409;
  const message =
    error instanceof ApiError && error.code === 'offline'
      ? intl.formatMessage({ id: 'common.offline' })
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <Alert color={conflict ? 'orange' : 'red'} role="alert">
      <Group justify="space-between" wrap="wrap">
        <span>{message}</span>
        {conflict && (
          <Button
            size="xs"
            variant="light"
            color="orange"
            onClick={async () => {
              await client.invalidateQueries({ queryKey: ['cases'] });
              onReload?.();
            }}
          >
            <FormattedMessage id="cases.reload" />
          </Button>
        )}
      </Group>
    </Alert>
  );
}

/** The rule a 422 answer names, if any. */
export function ruleOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  return (error.details as { rule?: string } | undefined)?.rule;
}

/** Empty strings become null (optional fields the API wants absent rather than ""). */
export function orNull(value: string): string | null {
  return value.trim() === '' ? null : value;
}
