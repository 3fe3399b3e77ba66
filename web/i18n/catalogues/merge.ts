/** One language's catalogue from its files (the core file and one per area), as the server merges them. */
export function mergeParts(parts: Record<string, Record<string, string>>): Record<string, string> {
  return Object.assign({}, ...Object.values(parts));
}
