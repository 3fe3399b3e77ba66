import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, pageQuerySchema } from '../../common/contracts/common';
import {
  createUserBodySchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userPageSchema,
  userViewSchema,
} from '../../common/contracts/users';
import type { Deps } from '../domain/context';
import { changeUser, createUser, getUser, listAllUsers, resetPassword } from '../domain/users/users.service';
import { errorResponses } from '../plugins/responses';

export function usersRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'users.manage' as const };
  const tags = ['users'];

  r.get(
    '/api/users',
    {
      config,
      schema: {
        tags,
        summary: 'List users',
        querystring: pageQuerySchema,
        response: { 200: userPageSchema, ...errorResponses },
      },
    },
    async (request) => listAllUsers(deps, request.query),
  );
  r.post(
    '/api/users',
    {
      config,
      schema: {
        tags,
        summary: 'Create a user',
        body: createUserBodySchema,
        response: { 201: userViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(deps, request.ctx, request.body)),
  );
  r.get(
    '/api/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One user',
        params: idParamsSchema,
        response: { 200: userViewSchema, ...errorResponses },
      },
    },
    async (request) => getUser(deps, request.params.id),
  );
  r.patch(
    '/api/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change role, scope, name or status (disable/enable); send the version you read',
        params: idParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userViewSchema, ...errorResponses },
      },
    },
    async (request) => changeUser(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/users/:id/password',
    {
      config,
      schema: {
        tags,
        summary: "Reset a user's password (signs them out everywhere)",
        params: idParamsSchema,
        body: resetPasswordBodySchema,
        response: { 200: userViewSchema, ...errorResponses },
      },
    },
    async (request) => resetPassword(deps, request.ctx, request.params.id, request.body),
  );
}
