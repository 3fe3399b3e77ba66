/** Every error the API answers with has one of these codes; the message key is `error.<code>`. */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'not_found',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'invalid_credentials',
  'account_locked',
  'too_many_attempts',
  'version_conflict',
  'username_taken',
  'cannot_change_own_account',
  'unknown_scope',
  'rule_violation',
  'invalid_state',
  'concurrent_change',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Field-level validation problems, translated as `error.field.<code>` (or a field's own
 * `error.field.<code>.<name>`); `common/field-problems.ts` chooses one for a validator's issue.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'choose',
  'choose_some',
  'date',
  'date_required',
  'date_too_early',
  'date_too_late',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'email',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'weak_password',
  'invalid_national_id',
  'invalid',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];
