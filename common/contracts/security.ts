import { z } from 'zod';
import { ROLES } from '../roles';
import { sessionResponseSchema } from './auth';
import { listOf } from './common';

/** The second step of signing in: the 6-digit code of the authenticator app, or a recovery code. */
export const loginCodeBodySchema = z.object({ code: z.string().trim().min(6).max(24) });

export const twoFactorStatusSchema = z.object({
  enabled: z.boolean(),
  /** The user's role must sign in with a code (an administrator's setting). */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

/** Shown once, while setting up: the secret to type and the address the QR code carries. */
export const twoFactorSetupSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
});
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;

export const totpCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/));
export const confirmTwoFactorBodySchema = z.object({ code: totpCodeSchema });

/** Recovery codes are shown once, when made; only their hashes are kept. */
export const recoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()),
  /** The new signed-in session, when the setup was the last step of signing in. */
  session: sessionResponseSchema.optional(),
});
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const disableTwoFactorBodySchema = z.object({ password: z.string().min(1).max(200) });
export const newRecoveryCodesBodySchema = z.object({ code: z.string().trim().min(6).max(24) });

export const signOutEverywhereBodySchema = z.object({
  /** true: this device is signed out too; false: every other device only. */
  includeThisSession: z.boolean(),
});
export const sessionsEndedSchema = z.object({ ended: z.number().int() });

export const roleTwoFactorSchema = z.object({
  role: z.enum(ROLES),
  requireTwoFactor: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type RoleTwoFactor = z.infer<typeof roleTwoFactorSchema>;
export const roleTwoFactorListSchema = listOf(roleTwoFactorSchema);
export const roleParamsSchema = z.object({ role: z.enum(ROLES) });
export const roleTwoFactorBodySchema = z.object({ requireTwoFactor: z.boolean() });

/** What an administrator sees of one user's sign-in. */
export const userSecuritySchema = z.object({
  twoFactorEnabled: z.boolean(),
  twoFactorRequired: z.boolean(),
  activeSessions: z.number().int(),
});
export type UserSecurity = z.infer<typeof userSecuritySchema>;
