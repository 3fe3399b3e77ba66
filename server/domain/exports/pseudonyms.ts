import { createHmac, randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/client';
import { settingOrCreate } from '../../db/repositories/settings.repository';

const KEY_SETTING = 'exports.pseudonym_key';

/**
 * The key of the researchers' pseudonyms: 32 random bytes made on first use and kept in the
 * database (so every instance and every export uses the same one), never shown.
 */
export async function pseudonymKey(q: Queryable): Promise<Buffer> {
  const hex = await settingOrCreate(q, KEY_SETTING, () => randomBytes(32).toString('hex'));
  return Buffer.from(hex, 'hex');
}

/**
 * A person's pseudonym: HMAC-SHA256 of their id under the key, 16 hex digits (64 bits: at a
 * million children the chance of two sharing one is about 3 in 100 million). The same child
 * always gets the same pseudonym; without the key it cannot be traced back to the record.
 */
export function pseudonymOf(key: Buffer, personId: string): string {
  return `P-${createHmac('sha256', key).update(personId).digest('hex').slice(0, 16).toUpperCase()}`;
}

/** A birth date reduced to its year and month. */
export function birthMonth(birthDate: string | null): string | null {
  return birthDate ? birthDate.slice(0, 7) : null;
}
