import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  goalBodySchema,
  goalUpdateSchema,
  planBodySchema,
  planReviewBodySchema,
  planViewSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import { addGoal, changeGoal, reviewPlan, startPlan } from '../domain/strengthening/plans.service';
import { base, params, tags, withRules, write } from './strengthening-shared';

/** The family development plan: written with its goals, goals changed, the plan reviewed. */
export function planRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/enrolments/:id/plan`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Write the family development plan with its goals',
        params,
        body: planBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await startPlan(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/plans/:id/goals`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a goal to the plan',
        params,
        body: goalBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addGoal(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    `${base}/goals/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a goal of the plan',
        params,
        body: goalUpdateSchema,
        response: { 200: planViewSchema, ...withRules },
      },
    },
    async (q) => changeGoal(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/plans/:id/reviews`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Review the plan: progress on every open goal and the next review date',
        params,
        body: planReviewBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await reviewPlan(deps, q.ctx, q.params.id, q.body)),
  );
}
