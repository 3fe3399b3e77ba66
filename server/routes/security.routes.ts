import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../common/contracts/common';
import {
  confirmTwoFactorBodySchema,
  disableTwoFactorBodySchema,
  newRecoveryCodesBodySchema,
  recoveryCodesSchema,
  roleParamsSchema,
  roleTwoFactorBodySchema,
  roleTwoFactorListSchema,
  roleTwoFactorSchema,
  sessionsEndedSchema,
  twoFactorSetupSchema,
  twoFactorStatusSchema,
  userSecuritySchema,
} from '../../common/contracts/security';
import {
  confirmTwoFactorSetup,
  disableTwoFactor,
  endUserSessions,
  listRoleTwoFactor,
  renewRecoveryCodes,
  resetUserTwoFactor,
  setRoleTwoFactor,
  startTwoFactorSetup,
  twoFactorStatus,
  userSecurity,
} from '../domain/auth/two-factor.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';
import { setSessionCookie } from './auth.routes';

/** Two-factor sign-in for oneself, the roles that must use it, and an administrator's view of a user's sign-in. */
export function securityRoutes(app: FastifyInstance, deps: Deps, cookie: { secure: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['security'];
  const admin = { access: 'users.manage' as const };

  r.get(
    '/api/me/two-factor',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Whether you sign in with an authenticator code, and whether your role requires it',
        response: { 200: twoFactorStatusSchema, ...errorResponses },
      },
    },
    async (request) => twoFactorStatus(deps, request.ctx),
  );
  r.post(
    '/api/me/two-factor/setup',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary:
          'Start setting up an authenticator: a new secret and its otpauth:// address (shown this once)',
        response: { 200: twoFactorSetupSchema, ...errorResponses },
      },
    },
    async (request) => startTwoFactorSetup(deps, request.ctx),
  );
  r.post(
    '/api/me/two-factor/confirm',
    {
      config: { access: 'session' },
      schema: {
        tags,
        summary: 'Finish the setup with a code from the app; answers the recovery codes (shown this once)',
        body: confirmTwoFactorBodySchema,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, expiresAt, ...result } = await confirmTwoFactorSetup(deps, request.ctx, {
        code: request.body.code,
        userAgent: request.headers['user-agent'] ?? '',
      });
      if (token && expiresAt) setSessionCookie(reply, cookie, { token, expiresAt });
      return result;
    },
  );
  r.post(
    '/api/me/two-factor/disable',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Stop signing in with an authenticator (password required; not when your role requires it)',
        body: disableTwoFactorBodySchema,
        // 423: a wrong password counts towards the account's lock, as at sign-in.
        response: { 204: z.null(), ...errorResponses, 423: errorResponses[400] },
      },
    },
    async (request, reply) => {
      await disableTwoFactor(deps, request.ctx, request.body.password);
      return reply.code(204).send(null);
    },
  );
  r.post(
    '/api/me/two-factor/recovery-codes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Ten new recovery codes for a current code from the app (the old ones stop working)',
        body: newRecoveryCodesBodySchema,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
    },
    async (request) => renewRecoveryCodes(deps, request.ctx, request.body.code),
  );

  r.get(
    '/api/security/two-factor-roles',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Which roles must sign in with an authenticator code',
        response: { 200: roleTwoFactorListSchema, ...errorResponses },
      },
    },
    async () => ({ items: await listRoleTwoFactor(deps) }),
  );
  r.put(
    '/api/security/two-factor-roles/:role',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Require (or stop requiring) two-factor sign-in for a role',
        params: roleParamsSchema,
        body: roleTwoFactorBodySchema,
        response: { 200: roleTwoFactorSchema, ...errorResponses },
      },
    },
    async (request) =>
      setRoleTwoFactor(deps, request.ctx, request.params.role, request.body.requireTwoFactor),
  );
  r.get(
    '/api/users/:id/security',
    {
      config: admin,
      schema: {
        tags,
        summary: "A user's sign-in: authenticator, whether their role requires one, sessions open",
        params: idParamsSchema,
        response: { 200: userSecuritySchema, ...errorResponses },
      },
    },
    async (request) => userSecurity(deps, request.params.id),
  );
  r.post(
    '/api/users/:id/sessions/end',
    {
      config: admin,
      schema: {
        tags,
        summary: "End all of a user's sessions (signs them out on every device)",
        params: idParamsSchema,
        response: { 200: sessionsEndedSchema, ...errorResponses },
      },
    },
    async (request) => ({ ended: await endUserSessions(deps, request.ctx, request.params.id) }),
  );
  r.post(
    '/api/users/:id/two-factor/reset',
    {
      config: admin,
      schema: {
        tags,
        summary: "Remove a user's authenticator and recovery codes (lost phone) and sign them out",
        params: idParamsSchema,
        response: { 200: userSecuritySchema, ...errorResponses },
      },
    },
    async (request) => resetUserTwoFactor(deps, request.ctx, request.params.id),
  );
}
