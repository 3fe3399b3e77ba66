import type { Scope } from '../types/scope';

/** Who is looking: their organisational scope and their own id (their assigned cases are always theirs). */
export interface CaseViewer {
  scope: Scope;
  userId: string;
}

/**
 * SQL condition that case alias `c` is visible to the viewer, with the viewer's values
 * as parameters starting at `$first` (4 parameters).
 */
export function caseVisible(first: number): string {
  const [all, locations, programmes, user] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `(${all}::boolean or c.location_id = any(${locations}::uuid[]) or c.programme_id = any(${programmes}::uuid[])
    or c.assigned_worker_id = ${user}::uuid)`;
}

export function viewerParams(v: CaseViewer): unknown[] {
  return [v.scope.all, [...v.scope.locationIds], [...v.scope.programmeIds], v.userId];
}
