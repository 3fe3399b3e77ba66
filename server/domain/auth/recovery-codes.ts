import { createHash, randomInt } from 'node:crypto';

// Letters and digits that cannot be mistaken for one another when read off paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten single-use codes like "k7m2p-x9q4t" (50 random bits each). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** What a person typed, as stored: lower case, no spaces or dashes. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '');
}

/** Only the SHA-256 is kept: the codes are random enough that a slow hash adds nothing. */
export function hashRecoveryCode(typed: string): string {
  return createHash('sha256')
    .update(`yuva-recovery:${normaliseRecoveryCode(typed)}`)
    .digest('hex');
}

export function looksLikeRecoveryCode(typed: string): boolean {
  const code = normaliseRecoveryCode(typed);
  return code.length === 10 && [...code].every((c) => ALPHABET.includes(c));
}
