/** The name a file gets when nothing visible is left of the one it was sent with. */
export const DEFAULT_FILE_NAME = 'document';

// Line ends and every kind of space become one ordinary space (words stay apart).
const SPACES = /[\t\n\v\f\r\u0085\u2028\u2029\p{Zs}]+/gu;
// What is not shown, or changes how the text around it is shown: control characters (C0, DEL,
// C1: Cc), format characters (Cf: the direction marks U+200E U+200F U+061C, embeddings and
// overrides U+202A–U+202E, isolates U+2066–U+2069, zero-width space and joiners, word joiner,
// U+FEFF, soft hyphen, tag characters…), lone surrogate halves (Cs), and the Hangul fillers,
// letters that draw nothing. Combining marks (Mn, Mc) are letters' accents and stay.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0]/gu;
// Folder separators, with the full-width forms that Windows' "best fit" turns into them.
const SEPARATORS = /[/\\\uFF0F\uFF3C\u2215]/g;

/**
 * A file name as it is stored, listed and sent in Content-Disposition: without direction
 * overrides ('report\u202Efdp.exe' would show as 'reportexe.pdf'), invisible or control
 * characters, and folders; spaces collapsed and trimmed. Letters of every script (ə ğ ı İ ş,
 * Cyrillic) and combining marks are kept as they are. A name with nothing visible left, or
 * only dots, becomes `fallback`.
 */
export function cleanFileName(name: string, fallback = DEFAULT_FILE_NAME): string {
  const clean = name
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(SEPARATORS, '_')
    .replace(/ {2,}/g, ' ')
    .trim();
  return /^\.*$/.test(clean) ? fallback : clean;
}
