import { z } from 'zod';
import { ROLES } from '../roles';
import { localeSchema } from './common';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  locale: localeSchema,
  scopeAll: z.boolean(),
  scopeLocationIds: z.array(z.uuid()),
  scopeProgrammeIds: z.array(z.uuid()),
  permissions: z.array(z.string()),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const preferencesBodySchema = z.object({ locale: localeSchema });
