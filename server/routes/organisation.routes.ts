import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  locationViewSchema,
  occupancyPointSchema,
  occupancyQuerySchema,
  programmeQuerySchema,
  programmeSettingsBodySchema,
  programmeViewSchema,
  villageViewSchema,
} from '../../common/contracts/organisation';
import { overviewQuerySchema, programmeOverviewSchema } from '../../common/contracts/programme-overview';
import type { Deps } from '../domain/context';
import {
  changeProgrammeSettings,
  locations,
  occupancy,
  programme,
  programmes,
  village,
} from '../domain/organisation/organisation.service';
import { programmeOverview } from '../domain/programmes/overview.service';
import { errorResponses } from '../plugins/responses';

export function organisationRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'organisation.read' as const };
  const tags = ['organisation'];

  r.get(
    '/api/locations',
    {
      config,
      schema: {
        tags,
        summary: "Locations in the user's scope",
        response: { 200: listOf(locationViewSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await locations(deps, request.ctx) }),
  );
  r.get(
    '/api/programmes',
    {
      config,
      schema: {
        tags,
        summary: "Programmes in the user's scope",
        querystring: programmeQuerySchema,
        response: { 200: listOf(programmeViewSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await programmes(deps, request.ctx, request.query) }),
  );
  r.get(
    '/api/programmes/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One programme',
        params: idParamsSchema,
        response: { 200: programmeViewSchema, ...errorResponses },
      },
    },
    async (request) => programme(deps, request.ctx, request.params.id),
  );
  r.get(
    '/api/programmes/:id/overview',
    {
      config,
      schema: {
        tags,
        summary:
          "A programme's month: who takes part now, who joined and left and why, attendance, overdue reviews, children kept with their families",
        params: idParamsSchema,
        querystring: overviewQuerySchema,
        response: { 200: programmeOverviewSchema, ...errorResponses },
      },
    },
    async (request) => programmeOverview(deps, request.ctx, request.params.id, request.query.month),
  );
  r.get(
    '/api/villages/:id',
    {
      config,
      schema: {
        tags,
        summary: "An SOS Children's Village: family houses, SOS parents, capacity and occupancy",
        params: idParamsSchema,
        querystring: z.object({ asOf: z.iso.date().optional() }),
        response: { 200: villageViewSchema, ...errorResponses },
      },
    },
    async (request) => village(deps, request.ctx, request.params.id, request.query.asOf),
  );
  r.put(
    '/api/programmes/:id/settings',
    {
      config: { access: 'organisation.manage' },
      schema: {
        tags,
        summary:
          "Change a programme's review interval, emergency assessment days and after-care follow-up months",
        params: idParamsSchema,
        body: programmeSettingsBodySchema,
        response: { 200: programmeViewSchema, ...errorResponses },
      },
    },
    async (request) => changeProgrammeSettings(deps, request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/villages/:id/occupancy',
    {
      config,
      schema: {
        tags,
        summary: 'Children living in the village at the end of each month, with its capacity',
        params: idParamsSchema,
        querystring: occupancyQuerySchema,
        response: { 200: listOf(occupancyPointSchema), ...errorResponses },
      },
    },
    async (request) => ({
      items: await occupancy(deps, request.ctx, request.params.id, request.query.months),
    }),
  );
}
