import type { Scope } from '../../db/types/scope';

export function programmeInScope(
  scope: Scope,
  programme: { id: string; locationId: string | null },
): boolean {
  if (scope.all) return true;
  if (scope.programmeIds.includes(programme.id)) return true;
  return programme.locationId !== null && scope.locationIds.includes(programme.locationId);
}
