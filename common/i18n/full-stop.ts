/**
 * A value that ends with an abbreviation's full stop ("56 дн.", "5 декабря 2026 г.") put where
 * the message ends its sentence ("…: {median}.") would print two stops ("56 дн.."). As in
 * typesetting, the abbreviation's stop ends the sentence too: the message's own stop is left out
 * right after such a value. Only a simple argument directly followed by "." is touched.
 */
export function oneFullStop(source: string, values: Record<string, unknown>): string {
  let result = source;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.endsWith('.'))
      result = result.replaceAll(`{${name}}.`, `{${name}}`);
  }
  return result;
}
