import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  serviceBodySchema,
  serviceReferralBodySchema,
  serviceReferralUpdateSchema,
  serviceReferralViewSchema,
  serviceViewSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import {
  changeServiceReferral,
  recordService,
  referToService,
} from '../domain/strengthening/support.service';
import { base, params, tags, withRules, write } from './strengthening-shared';

/** Services delivered to the family and its referrals to other services. */
export function serviceRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/households/:id/services`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a service delivered to the family (type, date, provider, cost in AZN)',
        params,
        body: serviceBodySchema,
        response: { 201: serviceViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await recordService(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/households/:id/referrals`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Refer the family to another service',
        params,
        body: serviceReferralBodySchema,
        response: { 201: serviceReferralViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await referToService(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    `${base}/referrals/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record what became of a referral',
        params,
        body: serviceReferralUpdateSchema,
        response: { 200: serviceReferralViewSchema, ...withRules },
      },
    },
    async (q) => changeServiceReferral(deps, q.ctx, q.params.id, q.body),
  );
}
