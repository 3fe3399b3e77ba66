import { type UseFormReturnType, useForm } from '@mantine/form';
import { type FormEvent, useEffect, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { FieldErrorCode } from '../../common/errors';
import { type FieldIssue, fieldMessageKey, fieldProblem } from '../../common/field-problems';
import { ApiError } from './api';

/**
 * The one way the web app builds a form: Mantine's form state, checked before sending by the
 * same zod schema of `common/contracts` the server validates with, with messages translated
 * like the server's, and the server's own field messages put back onto the fields it names.
 */

/** A field's label as the form shows it, by path (`adults.0.givenName`) or by name. */
export type FieldLabels = Record<string, string> | ((path: string) => string);

/**
 * A form's own words for a field left empty, by path or top-level field (message ids), where
 * neither the label nor the field's name says what to do ("Choose where the child was referred from").
 */
export type EmptyFieldMessages = Record<string, string>;

const EMPTY_CODES = new Set(['required', 'choose', 'choose_some', 'date_required']);

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

/** The message id for one refusal: the form's own words, the field's own, or its kind's. */
function messageId(intl: IntlShape, code: string, path: string, own: EmptyFieldMessages): string {
  const formOwn = own[path] ?? own[path.split('.')[0] ?? path];
  if (formOwn && EMPTY_CODES.has(code)) return formOwn;
  return fieldMessageKey(code as FieldErrorCode, path, (key) => intl.messages[key] !== undefined);
}

/**
 * Translated field messages, in plain words, for what a zod schema refused (parse with
 * `reportInput: true`, so a field left empty is told apart from one filled in wrongly).
 */
export function schemaFieldErrors(
  intl: IntlShape,
  result: z.ZodSafeParseResult<unknown>,
  labels: FieldLabels,
  own: EmptyFieldMessages = {},
): Record<string, string> {
  if (result.success) return {};
  return byPathAndField(
    result.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.');
      const problem = fieldProblem(issue as unknown as FieldIssue);
      const message = intl.formatMessage(
        { id: messageId(intl, problem.code, path, own) },
        { field: labelOf(labels, path), ...problem.values },
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

/**
 * A form over `schema`'s input, starting from `initialValues`. Until the first refused submit a
 * change only clears its field's message; after it, each change checks its field again, so a
 * message goes as soon as the field is right (and comes back if it is made wrong again).
 */
export function useSchemaForm<S extends ObjectSchema>(
  schema: S,
  options: { initialValues: z.input<S>; labels: FieldLabels; emptyMessages?: EmptyFieldMessages },
): SchemaForm<S> {
  const intl = useIntl();
  const [refused, setRefused] = useState(false);
  const form = useForm<z.input<S>>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validateInputOnChange: refused,
    validate: (values) =>
      schemaFieldErrors(
        intl,
        schema.safeParse(values, { reportInput: true }),
        options.labels,
        options.emptyMessages,
      ),
  });
  // Messages shown are said again in a newly chosen language.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the language change matters
  useEffect(() => {
    if (refused) form.validate();
  }, [intl.locale]);
  return Object.assign(form, {
    submitWith(save: (data: z.output<S>) => Promise<unknown>) {
      return form.onSubmit(
        async (values) => {
          const parsed = schema.safeParse(values);
          if (!parsed.success) return;
          try {
            await save(parsed.data);
          } catch (error) {
            const fields = serverFieldErrors(error);
            if (Object.keys(fields).length > 0) setRefused(true);
            form.setErrors(fields);
          }
        },
        () => setRefused(true),
      );
    },
  });
}
