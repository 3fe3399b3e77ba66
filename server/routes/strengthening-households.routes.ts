import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  householdBodySchema,
  householdCreatedSchema,
  householdDetailSchema,
  householdListQuerySchema,
  householdMemberInputSchema,
  householdPageSchema,
  householdUpdateSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import {
  addMember,
  browseHouseholds,
  changeHousehold,
  householdDetail,
  registerHousehold,
} from '../domain/strengthening/households.service';
import { errorResponses } from '../plugins/responses';
import { base, params, read, tags, withRules, write } from './strengthening-shared';

/** A family's record: finding and registering families, their record and its members. */
export function householdRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    `${base}/households`,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Families the user works with, or knows a member of (then as far as consent allows); search by name',
        querystring: householdListQuerySchema,
        response: { 200: householdPageSchema, ...errorResponses },
      },
    },
    async (q) => browseHouseholds(deps, q.ctx, q.query),
  );
  r.post(
    `${base}/households`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a family with its members (people already on file are linked, never copied)',
        body: householdBodySchema,
        response: { 201: householdCreatedSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await registerHousehold(deps, q.ctx, q.body)),
  );
  r.get(
    `${base}/households/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: "The family's record as far as the user may see it (the read is audited)",
        params,
        response: { 200: householdDetailSchema, ...errorResponses },
      },
    },
    async (q) => householdDetail(deps, q.ctx, q.params.id),
  );
  r.put(
    `${base}/households/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: "Change the family's address, phone or social worker",
        params,
        body: householdUpdateSchema,
        response: { 200: householdDetailSchema, ...withRules },
      },
    },
    async (q) => changeHousehold(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/households/:id/members`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a member to the family',
        params,
        body: householdMemberInputSchema,
        response: { 201: householdDetailSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addMember(deps, q.ctx, q.params.id, q.body)),
  );
}
