import { z } from 'zod';
import { ROLES } from '../roles';
import { localeSchema, pageOf, recordId, versionSchema } from './common';

export const PASSWORD_MIN_LENGTH = 10;
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(200);

const scopeFields = {
  scopeAll: z.boolean(),
  scopeLocationIds: z.array(recordId('location')).max(100),
  scopeProgrammeIds: z.array(recordId('programme')).max(200),
};

export const userViewSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  ...scopeFields,
  locale: localeSchema,
  status: z.enum(['active', 'disabled']),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userViewSchema>;
export const userPageSchema = pageOf(userViewSchema);

export const createUserBodySchema = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(50)
    .regex(/^[a-z0-9][a-z0-9._-]*$/),
  displayName: z.string().trim().min(1).max(120),
  password: passwordSchema,
  role: z.enum(ROLES),
  ...scopeFields,
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.object({
  version: versionSchema,
  displayName: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES).optional(),
  scopeAll: scopeFields.scopeAll.optional(),
  scopeLocationIds: scopeFields.scopeLocationIds.optional(),
  scopeProgrammeIds: scopeFields.scopeProgrammeIds.optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.object({ version: versionSchema, password: passwordSchema });
