import type { IntlShape } from 'react-intl';
import { ApiError } from './api';

/** The server's message for an error, or the offline notice. */
export function errorMessage(intl: IntlShape, error: unknown): string {
  if (error instanceof ApiError && error.code === 'offline')
    return intl.formatMessage({ id: 'common.offline' });
  return error instanceof Error ? error.message : String(error);
}

/** The rule a 422 answer names, if any. */
export function ruleOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 422) return undefined;
  return (error.details as { rule?: string } | undefined)?.rule;
}

/** Someone else saved first: the user can reload and see their change. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}
