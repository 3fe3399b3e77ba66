import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dashboardQuerySchema,
  dashboardSchema,
  drillDownQuerySchema,
  drillDownSchema,
  populationBodySchema,
  populationRowSchema,
} from '../../common/contracts/indicators';
import type { Deps } from '../domain/context';
import { dashboard } from '../domain/indicators/dashboard.service';
import {
  childPopulationFigures,
  childrenBehind,
  setChildPopulation,
} from '../domain/indicators/drill-down.service';
import { errorResponses } from './responses';

const tags = ['indicators'];
const withErrors = { ...errorResponses, 422: errorResponses[400] };

/** Dashboards of indicators, the children behind a number, and the child population per region. */
export function indicatorRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/indicators/dashboard',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary:
          "Every indicator for the user's scope, as at a date and for a period, by location and programme (cells under 5 hidden for the analyst)",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...withErrors },
      },
    },
    async (q) => dashboard(deps, q.ctx, q.query),
  );
  r.get(
    '/api/indicators/children',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'The children behind a number of the dashboard (the list is audited)',
        querystring: drillDownQuerySchema,
        response: { 200: drillDownSchema, ...withErrors },
      },
    },
    async (q) => childrenBehind(deps, q.ctx, q.query),
  );
  r.get(
    '/api/indicators/child-population',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        summary: 'Children living in each region by year (for the rates per 100,000 children)',
        response: { 200: z.array(populationRowSchema), ...errorResponses },
      },
    },
    async (q) => childPopulationFigures(deps, q.ctx),
  );
  r.put(
    '/api/indicators/child-population',
    {
      config: { access: 'indicators.population' },
      schema: {
        tags,
        summary: 'Enter or correct the number of children living in a region for a year',
        body: populationBodySchema,
        response: { 200: z.array(populationRowSchema), ...withErrors },
      },
    },
    async (q) => setChildPopulation(deps, q.ctx, q.body),
  );
}
