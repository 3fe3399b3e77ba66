import { FIELD_ERROR_CODES, type FieldErrorCode } from './errors';

/**
 * What a field's refusal means to the person filling the form, worked out the same way in the
 * browser (from zod's issues) and on the server (from the issues fastify passes on), so a field's
 * message reads the same whoever refused it (decision 0029; plain words: decision 0038).
 *
 * A validator speaks of kinds and limits ("too small, minimum 1", "invalid format: uuid"); a person
 * needs to know what to do: write something, choose something, write a whole date, write less.
 */
export interface FieldIssue {
  code: string;
  /** What the limit counts: `string`, `number`, `array`, `date`… (zod's `origin`). */
  origin?: string;
  /** The expected format (`uuid`, `date`, `email`, `regex`…) or type (`string`, `number`). */
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  /** A rule's own reason (`params.reason`, such as `invalid_national_id`). */
  params?: { reason?: unknown };
  /** The value refused, when the parse reported it (browser, `reportInput`). */
  input?: unknown;
  /** The validator's own text; the server learns "received undefined" (a field left out) only from it. */
  message?: string;
}

export interface FieldProblem {
  code: FieldErrorCode;
  values: { minimum: number; maximum: number };
}

/** Nothing entered: an empty text, no choice, an empty list. */
function isEmpty(input: unknown): boolean {
  return (
    input === '' || input === null || input === undefined || (Array.isArray(input) && input.length === 0)
  );
}

/** The field had no value at all: left empty, never chosen, or not sent. */
function leftEmpty(issue: FieldIssue): boolean {
  if ('input' in issue) return isEmpty(issue.input);
  return issue.code === 'invalid_type' && /received (undefined|null)/.test(issue.message ?? '');
}

/** A choice between offered values (a select, a record picked from a list) rather than a typed text. */
function isChoice(issue: FieldIssue): boolean {
  return issue.code === 'invalid_value' || issue.format === 'uuid' || issue.expected === 'boolean';
}

function isDate(issue: FieldIssue): boolean {
  return issue.format === 'date' || issue.format === 'datetime' || issue.origin === 'date';
}

function emptyCode(issue: FieldIssue): FieldErrorCode {
  if (issue.origin === 'array' || issue.expected === 'array') return 'choose_some';
  if (isDate(issue)) return 'date_required';
  return isChoice(issue) ? 'choose' : 'required';
}

function limitCode(issue: FieldIssue): FieldErrorCode {
  const small = issue.code === 'too_small';
  if (issue.origin === 'string') {
    // "At least one character" is how a schema says "write something".
    if (small && Number(issue.minimum) <= 1) return 'required';
    return small ? 'too_short' : 'too_long';
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (small && Number(issue.minimum) <= 1) return 'choose_some';
    return small ? 'too_few' : 'too_many';
  }
  if (issue.origin === 'date') return small ? 'date_too_early' : 'date_too_late';
  return small ? 'too_small' : 'too_big';
}

function formatCode(issue: FieldIssue): FieldErrorCode {
  if (isDate(issue)) return 'date';
  if (issue.format === 'email') return 'email';
  // A record id that names nothing offered (a choice left empty is handled before).
  return 'invalid_format';
}

/** The plain-words message code of one refusal, with the numbers its message may name. */
export function fieldProblem(issue: FieldIssue): FieldProblem {
  const values = { minimum: Number(issue.minimum ?? 0), maximum: Number(issue.maximum ?? 0) };
  const reason = issue.params?.reason;
  const own = FIELD_ERROR_CODES.find((c) => c === reason);
  if (own && own !== 'invalid_format' && own !== 'invalid_value') return { code: own, values };
  if (issue.code !== 'too_big' && leftEmpty(issue)) return { code: emptyCode(issue), values };
  if (issue.code === 'too_small' || issue.code === 'too_big') return { code: limitCode(issue), values };
  if (issue.code === 'invalid_format' || own === 'invalid_format') return { code: formatCode(issue), values };
  if (issue.code === 'invalid_value' || own === 'invalid_value') return { code: 'invalid_value', values };
  if (issue.code === 'invalid_type') return { code: isDate(issue) ? 'date' : 'invalid_type', values };
  if (issue.code === 'unrecognized_keys') return { code: 'unrecognized_keys', values };
  return { code: 'invalid', values };
}

/**
 * A field's name where a label alone does not say what to do ("Write the surname"): the last
 * segment of the path that is not a list index (`children.0.familyName` → `familyName`).
 */
export function fieldName(path: string): string {
  return (
    path
      .split('.')
      .filter((s) => !/^\d+$/.test(s))
      .at(-1) ?? path
  );
}

/**
 * The catalogue key of a refusal's message: the field's own wording (`error.field.<code>.<name>`)
 * where the catalogue has one, else the wording for its kind (`error.field.<code>`).
 */
export function fieldMessageKey(code: FieldErrorCode, path: string, has: (key: string) => boolean): string {
  const own = `error.field.${code}.${fieldName(path)}`;
  return has(own) ? own : `error.field.${code}`;
}
