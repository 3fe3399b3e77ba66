import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  gatekeepingViewSchema,
  groupGatekeepingBodySchema,
  siblingAwaitingDecisionSchema,
} from '../../common/contracts/cases';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import { recordGroupGatekeeping, siblingsAwaitingDecision } from '../domain/cases/group-gatekeeping.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

/** Brothers and sisters as a group: one gatekeeping decision for all of them (placing together is a placement's siblingCaseIds). */
export function siblingGroupRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;

  r.get(
    '/api/cases/:id/gatekeeping/siblings',
    {
      config: { access: 'cases.read' },
      schema: {
        tags: ['gatekeeping'],
        summary: 'Brothers and sisters whose open case awaits the same gatekeeping decision',
        params,
        response: { 200: listOf(siblingAwaitingDecisionSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await siblingsAwaitingDecision(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/gatekeeping/group',
    {
      config: { access: 'cases.write' },
      schema: {
        tags: ['gatekeeping'],
        summary: 'One gatekeeping decision for the sibling group, each child with their own views',
        params,
        body: groupGatekeepingBodySchema,
        response: { 200: listOf(gatekeepingViewSchema), ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => ({ items: await recordGroupGatekeeping(deps, q.ctx, q.params.id, q.body) }),
  );
}
