import type { Queryable } from '../db/client';
import { lastChangeOf } from '../db/repositories/audit.repository';
import { AppError } from './errors';

/** A 409 that says who changed the record last and which fields, so nobody overwrites it unknowingly. */
export async function versionConflict(
  q: Queryable,
  entityType: string,
  entityId: string,
  currentVersion?: number,
): Promise<AppError> {
  const last = await lastChangeOf(q, entityType, entityId);
  return new AppError(
    'version_conflict',
    { by: last?.actorUsername ?? '?' },
    {
      currentVersion: currentVersion ?? null,
      changedBy: last?.actorUsername ?? null,
      changedAt: last?.at ?? null,
      changedFields: last?.fields ?? [],
    },
  );
}

/**
 * After an optimistic update that saved nothing: if the version the client sent is still the
 * current one, the record's state does not allow the change (409 invalid_state); otherwise
 * someone saved in between (409 naming who changed what).
 */
export async function staleOrInvalid(
  q: Queryable,
  entityType: string,
  entityId: string,
  currentVersion: number,
  sentVersion: number,
): Promise<AppError> {
  if (currentVersion === sentVersion) return new AppError('invalid_state');
  return versionConflict(q, entityType, entityId, currentVersion);
}
