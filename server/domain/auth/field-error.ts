import type { FieldErrorCode } from '../../../common/errors';
import { t } from '../../i18n/translate';
import type { RequestContext } from '../context';
import { AppError } from '../errors';

/**
 * A 400 naming one field, in the same shape as the schema's validation errors, for rules the
 * schema cannot check (a common password, a wrong code). `messageKey` overrides `error.field.<code>`.
 */
export function fieldError(
  ctx: RequestContext,
  field: string,
  code: FieldErrorCode,
  messageKey = `error.field.${code}`,
): AppError {
  return new AppError(
    'validation_failed',
    { count: 1 },
    { fields: [{ field, code, message: t(ctx.locale, messageKey, { field }) }] },
  );
}
