import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  cooperationOrganisationSchema,
  countryParamsSchema,
  delegateBodySchema,
  delegateSchema,
  delegateUpdateSchema,
  memberCountryBodySchema,
  memberCountrySchema,
  memberCountryUpdateSchema,
  organisationBodySchema,
  organisationUpdateSchema,
} from '../../common/contracts/cooperation-hub';
import type { Deps } from '../domain/context';
import { addDelegate, changeDelegate, delegates } from '../domain/cooperation/hub-delegates.service';
import {
  addCooperationOrganisation,
  addMemberCountry,
  changeCooperationOrganisation,
  changeMemberCountry,
  cooperationOrganisations,
  memberCountries,
} from '../domain/cooperation/hub-register.service';
import { errorResponses } from '../plugins/responses';

const tags = ['cooperation hub'];
const read = { access: 'cooperation.read' as const };
const hub = { access: 'cooperation.hub' as const };
const withRules = { ...errorResponses, 422: errorResponses[400] };

/** The working group's register on the hub: member countries, organisations, delegates. */
export function cooperationRegisterRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/countries',
    {
      config: read,
      schema: {
        tags,
        summary: 'The member countries',
        response: { 200: listOf(memberCountrySchema), ...errorResponses },
      },
    },
    async (q) => memberCountries(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/countries',
    {
      config: hub,
      schema: {
        tags,
        summary: 'Record a country joining the working group',
        body: memberCountryBodySchema,
        response: { 201: memberCountrySchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addMemberCountry(deps, q.ctx, q.body)),
  );
  r.put(
    '/api/cooperation/countries/:code',
    {
      config: hub,
      schema: {
        tags,
        summary: "Change a member country's names, date of joining or status",
        params: countryParamsSchema,
        body: memberCountryUpdateSchema,
        response: { 200: memberCountrySchema, ...withRules },
      },
    },
    async (q) => changeMemberCountry(deps, q.ctx, q.params.code, q.body),
  );
  r.get(
    '/api/cooperation/organisations',
    {
      config: read,
      schema: {
        tags,
        summary: "The member countries' organisations taking part",
        response: { 200: listOf(cooperationOrganisationSchema), ...errorResponses },
      },
    },
    async (q) => cooperationOrganisations(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/organisations',
    {
      config: hub,
      schema: {
        tags,
        summary: 'Record an organisation of a member country',
        body: organisationBodySchema,
        response: { 201: cooperationOrganisationSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addCooperationOrganisation(deps, q.ctx, q.body)),
  );
  r.put(
    '/api/cooperation/organisations/:id',
    {
      config: hub,
      schema: {
        tags,
        summary: "Change an organisation's name or kind",
        params: idParamsSchema,
        body: organisationUpdateSchema,
        response: { 200: cooperationOrganisationSchema, ...withRules },
      },
    },
    async (q) => changeCooperationOrganisation(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/cooperation/delegates',
    {
      config: read,
      schema: {
        tags,
        summary: "The working group's delegates with their group role and term",
        response: { 200: listOf(delegateSchema), ...errorResponses },
      },
    },
    async (q) => delegates(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/delegates',
    {
      config: hub,
      schema: {
        tags,
        summary: "Record a country's delegate to the working group",
        body: delegateBodySchema,
        response: { 201: delegateSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addDelegate(deps, q.ctx, q.body)),
  );
  r.put(
    '/api/cooperation/delegates/:id',
    {
      config: hub,
      schema: {
        tags,
        summary: "Change a delegate's organisation, account, group role or term",
        params: idParamsSchema,
        body: delegateUpdateSchema,
        response: { 200: delegateSchema, ...withRules },
      },
    },
    async (q) => changeDelegate(deps, q.ctx, q.params.id, q.body),
  );
}
