/**
 * Which part of the organisation a user works in: everything, or some locations and/or programmes.
 * Kept with the storage because every scoped read is bounded by it; the domain decides what it holds.
 */
export interface Scope {
  all: boolean;
  locationIds: readonly string[];
  programmeIds: readonly string[];
}
