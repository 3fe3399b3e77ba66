import { useIntl } from 'react-intl';
import { useFormat } from './format';

/** One line of a change as people read it: "field: before → after", or "field: value". */
export interface ChangeLine {
  field: string;
  before?: unknown;
  after?: unknown;
  value?: unknown;
  /** A secret (a password…) that changed: named, never shown. */
  hidden?: boolean;
}

function isFromTo(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

/**
 * The changes an audit event recorded, as lines. Services record `{ field: { from, to } }` for
 * edits (`diff`), `'(changed)'` for secrets, or the values given for a new record; anything
 * else is shown as one value.
 */
export function changeLines(changes: unknown): ChangeLine[] {
  if (changes === null || changes === undefined) return [];
  if (typeof changes !== 'object' || Array.isArray(changes)) return [{ field: '', value: changes }];
  return Object.entries(changes as Record<string, unknown>).map(([field, change]) => {
    if (change === '(changed)') return { field, hidden: true };
    if (isFromTo(change)) return { field, before: change.from, after: change.to };
    return { field, value: change };
  });
}

/** "familyName" and "family_name" → "family name": a readable fallback for a field without a label. */
export function humanise(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Words for the audit log and the case timeline: actions, kinds of record, field names and
 * values in the reader's language; a code without a message is shown readably, never raw JSON.
 */
export function useAuditWords() {
  const intl = useIntl();
  const format = useFormat();
  const known = (id: string) => Boolean(intl.messages[id]);
  const action = (code: string) => {
    const id = `audit.action.${code}`;
    return known(id) ? intl.formatMessage({ id }) : humanise(code);
  };
  const entity = (code: string) => {
    const id = `audit.entity.${code}`;
    return known(id) ? intl.formatMessage({ id }) : humanise(code);
  };
  const field = (code: string) => {
    const id = `audit.field.${code}`;
    return known(id) ? intl.formatMessage({ id }) : humanise(code);
  };
  const value = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return intl.formatMessage({ id: v ? 'audit.yes' : 'audit.no' });
    if (typeof v === 'number') return intl.formatNumber(v);
    if (typeof v === 'string' && ISO_DATE.test(v)) return format.date(v);
    if (typeof v === 'string' && ISO_DATE_TIME.test(v)) return format.dateTime(v);
    // Another record's id: its start tells two apart; the export keeps it whole.
    if (typeof v === 'string' && RECORD_ID.test(v)) return `${v.slice(0, 8)}…`;
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(value).join(', ');
    return Object.entries(v as Record<string, unknown>)
      .map(([k, inner]) => `${field(k)}: ${value(inner)}`)
      .join('; ');
  };
  /** "field: before → after" lines of an event's changes, in the reader's language. */
  const changes = (recorded: unknown): string[] =>
    changeLines(recorded).map((line) => {
      const name = line.field ? `${field(line.field)}: ` : '';
      if (line.hidden) return `${name}${intl.formatMessage({ id: 'audit.changedHidden' })}`;
      if ('before' in line) return `${name}${value(line.before)} → ${value(line.after)}`;
      return `${name}${value(line.value)}`;
    });
  return { action, entity, field, value, changes };
}
