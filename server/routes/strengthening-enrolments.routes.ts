import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  admitBodySchema,
  enrolBodySchema,
  enrolmentViewSchema,
  exitBodySchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import { admitHousehold, enrolHousehold, exitHousehold } from '../domain/strengthening/enrolments.service';
import { base, params, tags, withRules, write } from './strengthening-shared';

/** A family's enrolment in a programme: taking part or waiting, admitted from the waiting list, leaving. */
export function enrolmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/households/:id/enrolments`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Enrol the family (or put it on the waiting list) after an assessment, with its consent',
        params,
        body: enrolBodySchema,
        response: { 201: enrolmentViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await enrolHousehold(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/enrolments/:id/admit`,
    {
      config: write,
      schema: {
        tags,
        summary: 'A family on the waiting list takes part from a date',
        params,
        body: admitBodySchema,
        response: { 200: enrolmentViewSchema, ...withRules },
      },
    },
    async (q) => admitHousehold(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/enrolments/:id/exit`,
    {
      config: write,
      schema: {
        tags,
        summary:
          "The family leaves: graduated self-reliant, another reason, or a child separated (opens or links the child's case)",
        params,
        body: exitBodySchema,
        response: { 200: enrolmentViewSchema, ...withRules },
      },
    },
    async (q) => exitHousehold(deps, q.ctx, q.params.id, q.body),
  );
}
