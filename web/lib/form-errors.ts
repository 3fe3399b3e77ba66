import type { IntlShape } from 'react-intl';
import type { z } from 'zod';
import { ApiError } from './api';

const CODE_KEYS: Record<string, string> = {
  invalid_type: 'invalid_type',
  too_small: 'too_small',
  too_big: 'too_big',
  invalid_format: 'invalid_format',
  invalid_value: 'invalid_value',
};

/**
 * Field messages from the same zod schema the server validates with, translated with the
 * server's own field messages; `labels` names each field as the form shows it.
 */
export function clientFieldErrors(
  intl: IntlShape,
  result: z.ZodSafeParseResult<unknown>,
  labels: Record<string, string>,
): Record<string, string> {
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (errors[name]) continue;
    const code = CODE_KEYS[issue.code] ?? 'invalid';
    const params = issue as unknown as { minimum?: number | bigint; maximum?: number | bigint };
    errors[name] = intl.formatMessage(
      { id: `error.field.${code}` },
      {
        field: labels[name] ?? name,
        minimum: Number(params.minimum ?? 0),
        maximum: Number(params.maximum ?? 0),
      },
    );
  }
  return errors;
}

/** Field messages the server sent (`details.fields`), keyed by the body field's name. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields =
    (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields ?? [];
  return Object.fromEntries(
    fields.map((f) => [f.field.replace(/^body\./, '').split('.')[0] ?? f.field, f.message]),
  );
}
