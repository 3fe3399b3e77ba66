import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../common/contracts/common';
import { ruleSetBodySchema, ruleSetViewSchema } from '../../common/contracts/foster';
import type { Deps } from '../domain/context';
import { addRuleSet, ruleSets } from '../domain/foster/rule-sets.service';
import { errorResponses } from '../plugins/responses';
import { fosterDistrictRoutes } from './foster-districts.routes';
import { fosterFamilyRoutes } from './foster-families.routes';
import { fosterPlacementRoutes } from './foster-placements.routes';
import { fosterPublicRoutes } from './foster-public.routes';

const tags = ['foster families'];
const read = { access: 'foster.read' as const };

/**
 * The foster API: the public form, the officer's files, placements with families, and the
 * country rule sets (here). Registered in this order so the OpenAPI document lists them as before.
 */
export function fosterRoutes(app: FastifyInstance, deps: Deps) {
  fosterPublicRoutes(app, deps);
  fosterFamilyRoutes(app, deps);
  fosterDistrictRoutes(app, deps);
  fosterPlacementRoutes(app, deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/foster/rule-sets',
    {
      config: read,
      schema: {
        tags,
        summary: 'Country rule sets with their effective dates',
        response: { 200: listOf(ruleSetViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await ruleSets(deps, q.ctx) }),
  );
  r.post(
    '/api/foster/rule-sets',
    {
      config: { access: 'foster.rules' },
      schema: {
        tags,
        summary: 'Add a country, or a new version of its rules from a date',
        body: ruleSetBodySchema,
        response: { 201: ruleSetViewSchema, ...errorResponses },
      },
    },
    async (q, reply) => reply.code(201).send(await addRuleSet(deps, q.ctx, q.body)),
  );
}
