/** Which part of the organisation a user works in: everything, or some locations and/or programmes. */
export interface Scope {
  all: boolean;
  locationIds: readonly string[];
  programmeIds: readonly string[];
}

export function programmeInScope(
  scope: Scope,
  programme: { id: string; locationId: string | null },
): boolean {
  if (scope.all) return true;
  if (scope.programmeIds.includes(programme.id)) return true;
  return programme.locationId !== null && scope.locationIds.includes(programme.locationId);
}
