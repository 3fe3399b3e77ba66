import { z } from 'zod';

/**
 * A contract's optional coded value as a select holds it: '' while nothing is chosen, sent as
 * null. Forms extend the contract's schema with it rather than writing their own.
 */
export function chosenOrNull<T extends z.ZodType>(schema: T) {
  return z.union([z.literal(''), schema]).transform((value) => (value === '' ? null : value));
}
