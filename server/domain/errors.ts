import type { ErrorCode } from '../../common/errors';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  invalid_credentials: 401,
  account_locked: 423,
  too_many_attempts: 429,
  version_conflict: 409,
  username_taken: 409,
  cannot_change_own_account: 409,
  unknown_scope: 400,
  rule_violation: 422,
  invalid_state: 409,
  concurrent_change: 409,
  internal: 500,
};

/** An expected failure with a code the client can act on; translated at the HTTP edge. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly values: Record<string, string | number> = {},
    readonly details?: unknown,
    /** A more precise message than `error.<code>`, e.g. `rule.house_full` → `error.rule.house_full`. */
    readonly messageKey?: string,
  ) {
    super(code);
    this.status = STATUS[code];
  }
}

/** A domain rule refused the change; the answer names the rule and says what would allow it. */
export function ruleViolation(rule: string, values: Record<string, string | number> = {}): AppError {
  return new AppError('rule_violation', values, { rule }, `rule.${rule}`);
}

export const notFound = () => new AppError('not_found');
