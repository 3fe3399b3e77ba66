import { z } from 'zod';
import { ROLES } from '../roles';
import { localeSchema, recordId } from './common';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  /** The language chosen on the sign-in page: it wins over the account's and is saved to it. */
  locale: localeSchema.optional(),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  locale: localeSchema,
  scopeAll: z.boolean(),
  scopeLocationIds: z.array(recordId('location')),
  scopeProgrammeIds: z.array(recordId('programme')),
  permissions: z.array(z.string()),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const SIGN_IN_STAGES = ['two_factor', 'enrolment'] as const;
export type SignInStage = (typeof SIGN_IN_STAGES)[number];

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
  /**
   * Present while the sign-in is half-way: the password was right and the authenticator code
   * (`two_factor`) or setting up an authenticator (`enrolment`) comes next. `user.permissions`
   * is empty until then.
   */
  signInStage: z.enum(SIGN_IN_STAGES).optional(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/**
 * Whether this browser is signed in, answered with 200 either way: the sign-in page asks it on
 * every load, and a signed-out visitor is no error (no 401 in the browser's console).
 */
export const sessionStatusSchema = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false) }),
  sessionResponseSchema.extend({ signedIn: z.literal(true) }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const preferencesBodySchema = z.object({ locale: localeSchema });
