import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../common/contracts/common';
import {
  programmeSettingsBodySchema,
  reviewDueSchema,
  strengtheningProgrammeSchema,
  workersQuerySchema,
  workerViewSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import { workersForLocation } from '../domain/strengthening/households.service';
import {
  changeStrengtheningSettings,
  reviewsDue,
  strengtheningProgrammes,
} from '../domain/strengthening/plans.service';
import { errorResponses } from '../plugins/responses';
import { base, params, read, tags, write } from './strengthening-shared';

/**
 * Across families: the reviews due, the programmes and their review interval, and who can be a
 * family's worker.
 */
export function programmeRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    `${base}/reviews-due`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Development plan reviews overdue or due within a month',
        response: { 200: listOf(reviewDueSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await reviewsDue(deps, q.ctx) }),
  );
  r.get(
    `${base}/programmes`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Family strengthening programmes in scope, with their review interval',
        response: { 200: listOf(strengtheningProgrammeSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await strengtheningProgrammes(deps, q.ctx) }),
  );
  r.put(
    `${base}/programmes/:id/settings`,
    {
      config: { access: 'organisation.manage' as const },
      schema: {
        tags,
        summary: 'How often development plans are reviewed in the programme (months)',
        params,
        body: programmeSettingsBodySchema,
        response: { 200: strengtheningProgrammeSchema, ...errorResponses },
      },
    },
    async (q) => changeStrengtheningSettings(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    `${base}/workers`,
    {
      config: write,
      schema: {
        tags,
        summary: "Who can be a family's social worker at a location",
        querystring: workersQuerySchema,
        response: { 200: listOf(workerViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await workersForLocation(deps, q.ctx, q.query.locationId) }),
  );
}
