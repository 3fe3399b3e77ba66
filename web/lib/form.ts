import { type UseFormReturnType, useForm } from '@mantine/form';
import type { FormEvent } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import type { z } from 'zod';
import { FIELD_ERROR_CODES } from '../../common/errors';
import { ApiError } from './api';

/**
 * The one way the web app builds a form: Mantine's form state, checked before sending by the
 * same zod schema of `common/contracts` the server validates with, with messages translated
 * like the server's, and the server's own field messages put back onto the fields it names.
 */

/** A field's label as the form shows it, by path (`adults.0.givenName`) or by name. */
export type FieldLabels = Record<string, string> | ((path: string) => string);

const CODE_KEYS: Record<string, string> = {
  invalid_type: 'invalid_type',
  too_small: 'too_small',
  too_big: 'too_big',
  invalid_format: 'invalid_format',
  invalid_value: 'invalid_value',
};

function labelOf(labels: FieldLabels, path: string): string {
  if (typeof labels === 'function') return labels(path);
  return labels[path] ?? labels[path.split('.')[0] ?? path] ?? path;
}

/**
 * Puts each message at its whole path and, if nothing is there yet, at the top-level field too:
 * a flat form shows `scopeLocationIds.0`'s message on its `scopeLocationIds` field.
 */
function byPathAndField(entries: [string, string][]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of entries) {
    errors[path] ??= message;
    const field = path.split('.')[0] ?? path;
    errors[field] ??= message;
  }
  return errors;
}

/** Nothing entered: an empty text, no choice, an empty list. */
function isEmpty(input: unknown): boolean {
  return (
    input === undefined || input === null || input === '' || (Array.isArray(input) && input.length === 0)
  );
}

/**
 * The message code for one refusal, chosen as the server chooses it: "required" for a field left
 * empty (when the parse reported its input), a rule's own reason (`params.reason`, such as
 * `invalid_national_id`) where the catalogue has one, else the zod code.
 */
function codeOf(issue: z.core.$ZodIssue): string {
  const reason = (issue as { params?: { reason?: unknown } }).params?.reason;
  if (typeof reason === 'string' && (FIELD_ERROR_CODES as readonly string[]).includes(reason)) return reason;
  if ('input' in issue && isEmpty(issue.input) && issue.code !== 'too_big') return 'required';
  return CODE_KEYS[issue.code] ?? 'invalid';
}

/** Translated field messages for what a zod schema refused (parse with `reportInput: true`). */
export function schemaFieldErrors(
  intl: IntlShape,
  result: z.ZodSafeParseResult<unknown>,
  labels: FieldLabels,
): Record<string, string> {
  if (result.success) return {};
  return byPathAndField(
    result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const params = issue as unknown as { minimum?: number | bigint; maximum?: number | bigint };
      const message = intl.formatMessage(
        { id: `error.field.${codeOf(issue)}` },
        {
          field: labelOf(labels, path),
          minimum: Number(params.minimum ?? 0),
          maximum: Number(params.maximum ?? 0),
        },
      );
      return [path, message];
    }),
  );
}

/** The server's field messages (`details.fields`, paths like `body.adults.0.givenName`). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const fields =
    (error.details as { fields?: { field: string; message: string }[] } | undefined)?.fields ?? [];
  return byPathAndField(fields.map((f) => [f.field.replace(/^body\./, ''), f.message]));
}

type ObjectSchema = z.ZodType<unknown, Record<string, unknown>>;

export type SchemaForm<S extends ObjectSchema> = UseFormReturnType<z.input<S>> & {
  /**
   * A submit handler: checks the values with the schema, sends what it parsed with `save`,
   * and if the server refuses, shows its field messages on the fields (the form's alert reads
   * the refusal itself from the mutation).
   */
  submitWith(save: (data: z.output<S>) => Promise<unknown>): (event?: FormEvent<HTMLFormElement>) => void;
};

/** A form over `schema`'s input, starting from `initialValues`. */
export function useSchemaForm<S extends ObjectSchema>(
  schema: S,
  options: { initialValues: z.input<S>; labels: FieldLabels },
): SchemaForm<S> {
  const intl = useIntl();
  const form = useForm<z.input<S>>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) =>
      schemaFieldErrors(intl, schema.safeParse(values, { reportInput: true }), options.labels),
  });
  return Object.assign(form, {
    submitWith(save: (data: z.output<S>) => Promise<unknown>) {
      return form.onSubmit(async (values) => {
        const parsed = schema.safeParse(values);
        if (!parsed.success) return;
        try {
          await save(parsed.data);
        } catch (error) {
          form.setErrors(serverFieldErrors(error));
        }
      });
    },
  });
}
