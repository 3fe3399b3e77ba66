import { Alert, Badge, List } from '@mantine/core';
import type { IntlShape } from 'react-intl';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import type { ApplicationStatus } from '../../../common/foster';
import { ApiError } from '../../lib/api';
import type { Breach } from './api';

/** Countries offered for citizenship and residence ("ZZ": another country). */
export const PERSON_COUNTRIES = ['AZ', 'TR', 'GE', 'RU', 'IR', 'UA', 'SY', 'IQ', 'ZZ'] as const;
/** Languages a family may speak at home. */
export const HOME_LANGUAGES = ['az', 'tr', 'ru', 'en', 'ar', 'fa', 'ku', 'ka'] as const;

/** The label of a coded value, `foster.<group>.<value>`, or the value itself for a code the catalogue lacks. */
export function useFosterLabel() {
  const intl = useIntl();
  return (group: string, value: string | null | undefined) => {
    if (!value) return intl.formatMessage({ id: 'common.none' });
    const id = `foster.${group}.${value}`;
    return id in intl.messages ? intl.formatMessage({ id }) : value;
  };
}

/** A requirement's name, with its number when the country asks for several, and whose it is. */
export function useRequirementName() {
  const label = useFosterLabel();
  const intl = useIntl();
  return (r: { code: string; sequence: number; memberName: string | null }, count: number) => {
    const name = label('requirement', r.code);
    const numbered =
      count > 1 ? intl.formatMessage({ id: 'foster.numbered' }, { name, n: r.sequence }) : name;
    return r.memberName ? `${numbered} — ${r.memberName}` : numbered;
  };
}

/** How many requirements share each code per member (to number them only when there are several). */
export function countsOf(requirements: { code: string; memberName: string | null }[]) {
  const counts = new Map<string, number>();
  for (const r of requirements) {
    const key = `${r.code}|${r.memberName ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (r: { code: string; memberName: string | null }) =>
    counts.get(`${r.code}|${r.memberName ?? ''}`) ?? 1;
}

/** Badges wrap rather than cut a long word off (“Tamamlanmayıb”, “Не выполнено”). */
const WRAP = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.3 },
} as const;

const STATUS_COLORS: Partial<Record<ApplicationStatus, string>> = {
  approved: 'green.9',
  active: 'green.9',
  available: 'green.9',
  denied: 'red.9',
  withdrawn: 'gray.7',
  closed: 'gray.7',
  renewal_due: 'orange.9',
  ready_for_review: 'violet.9',
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const label = useFosterLabel();
  return (
    <Badge color={STATUS_COLORS[status] ?? 'blue.9'} variant="light" tt="none" size="lg" styles={WRAP}>
      {label('status', status)}
    </Badge>
  );
}

const REQUIREMENT_COLORS = { complete: 'green.9', waived: 'gray.7', incomplete: 'orange.9' } as const;

export function RequirementBadge({ status }: { status: keyof typeof REQUIREMENT_COLORS }) {
  const label = useFosterLabel();
  return (
    <Badge color={REQUIREMENT_COLORS[status]} variant="light" tt="none" styles={WRAP}>
      {label('requirementStatus', status)}
    </Badge>
  );
}

/** The eligibility rules the household does not meet, in the server's words. */
export function BreachList({ breaches, title }: { breaches: Breach[]; title: string }) {
  if (breaches.length === 0) return null;
  return (
    <Alert color="orange" title={title} role="status">
      <List size="sm" spacing={4}>
        {breaches.map((b) => (
          <List.Item key={`${b.rule}-${b.who ?? ''}`}>{b.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The server's message for an error, or the offline notice. */
export function errorMessage(intl: IntlShape, error: unknown): string {
  if (error instanceof ApiError && error.code === 'offline')
    return intl.formatMessage({ id: 'common.offline' });
  return error instanceof Error ? error.message : String(error);
}

export function ServerError({ error }: { error: unknown }) {
  const intl = useIntl();
  if (!error) return null;
  const conflict = error instanceof ApiError && error.status === 409;
  return (
    <Alert color={conflict ? 'orange' : 'red'} role="alert">
      {errorMessage(intl, error)}
    </Alert>
  );
}

const CODE_KEYS: Record<string, string> = {
  invalid_type: 'invalid_type',
  too_small: 'too_small',
  too_big: 'too_big',
  invalid_format: 'invalid_format',
  invalid_value: 'invalid_value',
};

/**
 * Field messages from a zod schema keyed by the whole path (`adults.0.givenName`), so that a
 * field of the second adult gets its own message; `label` names the field as the form shows it.
 */
export function fieldErrorsByPath(
  intl: IntlShape,
  result: z.ZodSafeParseResult<unknown>,
  label: (path: string) => string,
): Record<string, string> {
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    const params = issue as unknown as { minimum?: number | bigint; maximum?: number | bigint };
    errors[path] = intl.formatMessage(
      { id: `error.field.${CODE_KEYS[issue.code] ?? 'invalid'}` },
      { field: label(path), minimum: Number(params.minimum ?? 0), maximum: Number(params.maximum ?? 0) },
    );
  }
  return errors;
}

/** The server's field messages (`details.fields`) keyed by the whole body path. */
export function serverErrorsByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields =
    (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.field.replace(/^body\./, ''), f.message]));
}

/** Today in the browser, as an ISO date. */
export function isoToday(): string {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The calendar day of a moment, in the browser's time zone, as an ISO date. */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
