// Services delivered to the family, and its referrals to other services.
import { z } from 'zod';
import { SERVICE_REFERRAL_STATUSES, SERVICE_TYPES } from '../strengthening';
import { versionSchema } from './common';
import { date, text } from './fields';

/** An amount in manats with at most two decimals (qəpiks). */
const money = z
  .number()
  .min(0)
  .max(10_000_000)
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, {
    message: 'at most two decimals',
    params: { reason: 'invalid_format' },
  });

export const serviceBodySchema = z.object({
  deliveredOn: date,
  type: z.enum(SERVICE_TYPES),
  provider: text(300).default(''),
  /** In AZN; none when free of charge or unknown. */
  cost: money.nullish(),
  note: text(2000).default(''),
});
export type ServiceBody = z.infer<typeof serviceBodySchema>;

export const serviceViewSchema = z.object({
  id: z.uuid(),
  deliveredOn: z.string(),
  type: z.enum(SERVICE_TYPES),
  provider: z.string(),
  cost: z.number().nullable(),
  note: z.string(),
  createdByName: z.string().nullable(),
});
export type ServiceView = z.infer<typeof serviceViewSchema>;

export const serviceReferralBodySchema = z.object({
  referredOn: date,
  toWhom: text(300).min(1),
  reason: text(2000).default(''),
});
export type ServiceReferralBody = z.infer<typeof serviceReferralBodySchema>;

export const serviceReferralUpdateSchema = z.object({
  version: versionSchema,
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  outcome: text(2000).default(''),
});

export const serviceReferralViewSchema = z.object({
  id: z.uuid(),
  referredOn: z.string(),
  toWhom: z.string(),
  reason: z.string(),
  status: z.enum(SERVICE_REFERRAL_STATUSES),
  outcome: z.string(),
  version: z.number().int(),
});
export type ServiceReferralView = z.infer<typeof serviceReferralViewSchema>;
