/**
 * Which messages of the catalogue the public application form shows: its own copy of them
 * (messages/<language>.json, written by `npx tsx scripts/public-form-messages.ts`), so a family
 * downloads a few kilobytes of words rather than the public pages' catalogue. A test fails when a
 * copy differs from the catalogue (change the words in common/i18n/locales, then run the script).
 */
export const PUBLIC_FORM_PREFIXES = [
  'foster.apply.',
  'foster.field.',
  'foster.country.',
  'foster.education.',
  'foster.lang.',
  'error.field.',
  'language.',
] as const;

export const PUBLIC_FORM_KEYS = [
  'app.name',
  'common.loading',
  'common.none',
  'common.offline',
  'error.validation_failed',
  'foster.public.tagline',
  'header.language',
  'nav.skipToContent',
] as const;

/** The form's messages out of a whole catalogue, in the catalogue's order. */
export function publicFormMessages(catalogue: Record<string, string>): Record<string, string> {
  const keys = new Set<string>(PUBLIC_FORM_KEYS);
  return Object.fromEntries(
    Object.entries(catalogue)
      .filter(([key]) => keys.has(key) || PUBLIC_FORM_PREFIXES.some((p) => key.startsWith(p)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
