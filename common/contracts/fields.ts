import { z } from 'zod';

/** Fields the contracts of cases and of family strengthening write the same way. */
export const name = z.string().trim().min(1).max(100);
export const text = (max = 4000) => z.string().trim().max(max);
export const date = z.iso.date();
