import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chosenOrNull } from './form-values';

describe('chosenOrNull', () => {
  const schema = chosenOrNull(z.enum(['a', 'b']));

  it('sends nothing chosen as null and a choice as itself', () => {
    expect(schema.parse('')).toBeNull();
    expect(schema.parse('a')).toBe('a');
  });

  it('still refuses a value the contract does not know', () => {
    expect(schema.safeParse('c').success).toBe(false);
  });
});
