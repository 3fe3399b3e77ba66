import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD_MIN_LENGTH } from '../../../common/contracts/users';

/**
 * What a new password must not be, beyond its length (checked by the schema): one of the
 * 10,000 most common passwords (common-passwords.txt, source and licence in decision 0012),
 * or built around the user's own username or name. The name may appear in a password only if
 * what is left without it would be a good password by itself: an attacker knows the name.
 */

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(join(import.meta.dirname, 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter(Boolean),
  );
  return common;
}

/** Lower case without accents, Azerbaijani and Turkish letters as their closest Latin ones. */
export function foldForComparison(text: string): string {
  return text
    .toLocaleLowerCase('az')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('ə', 'e')
    .replaceAll('ı', 'i');
}

/**
 * One of the list, as it is or with digits and signs added before or after it ("Password123!",
 * "2024dragon"): guessers try those first.
 */
export function isCommonPassword(password: string, options: { exact?: boolean } = {}): boolean {
  const list = commonPasswords();
  const stem = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [password.toLowerCase(), foldForComparison(password)].some(
    (form) => list.has(form) || (!options.exact && list.has(stem(form))),
  );
}

/** The words of a username or a name that a guesser would try (4 letters or more, and the whole username). */
function contextWords(context: { username?: string; displayName?: string }): string[] {
  const words = new Set<string>();
  if (context.username) {
    const username = foldForComparison(context.username.trim());
    if (username.length >= 3) words.add(username);
    for (const part of username.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 4) words.add(part);
  }
  for (const part of foldForComparison(context.displayName ?? '').split(/[^\p{L}\p{N}]+/u)) {
    if (part.length >= 4) words.add(part);
  }
  // Longest first, so "leyla.h" is taken out before "leyla".
  return [...words].sort((a, b) => b.length - a.length);
}

export type PasswordProblem = 'common' | 'contains_name';

export function passwordProblem(
  password: string,
  context: { username?: string; displayName?: string },
): PasswordProblem | null {
  if (isCommonPassword(password)) return 'common';
  const folded = foldForComparison(password);
  let rest = folded;
  for (const word of contextWords(context)) rest = rest.replaceAll(word, '');
  if (rest === folded) return null;
  // "leyla.h-1234567890" leaves "-1234567890": the joint is not part of the rest.
  rest = rest.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return rest.length < PASSWORD_MIN_LENGTH || isCommonPassword(rest, { exact: true })
    ? 'contains_name'
    : null;
}
