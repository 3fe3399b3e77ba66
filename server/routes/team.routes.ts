import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reassignBodySchema, reassignResultSchema, teamWorkSchema } from '../../common/contracts/cases';
import { idParamsSchema } from '../../common/contracts/common';
import { reassignCase, teamWork } from '../domain/cases/team.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

const supervise = { access: 'cases.supervise' as const };
const tags = ['cases'];

/** The supervisor's start page: the team's due work by worker, and handing a case on. */
export function teamRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/team-work',
    {
      config: supervise,
      schema: {
        tags,
        summary:
          "What is due and overdue on the cases in the supervisor's scope, by worker of the team (the list is written to the access log)",
        response: { 200: teamWorkSchema, ...errorResponses },
      },
    },
    async (request) => teamWork(deps, request.ctx),
  );
  r.post(
    '/api/cases/:id/reassignment',
    {
      config: supervise,
      schema: {
        tags,
        summary:
          'Hand the case from one worker of the team to another (recorded). 409 if the case is no longer with `fromWorkerId`; 422 if the new worker does not work where the case is.',
        params: idParamsSchema,
        body: reassignBodySchema,
        response: { 200: reassignResultSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => reassignCase(deps, request.ctx, request.params.id, request.body),
  );
}
