import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  comparisonSchema,
  exchangeDocumentSchema,
  exchangeQuerySchema,
  importedSetSchema,
} from '../../common/contracts/indicator-exchange';
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
import {
  compareWith,
  exportIndicatorSet,
  importedSets,
  importIndicatorSet,
} from '../domain/indicators/exchange.service';
import { errorResponses } from '../plugins/responses';
import { attachment } from './files';

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
        response: { 200: listOf(populationRowSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await childPopulationFigures(deps, q.ctx) }),
  );
  r.put(
    '/api/indicators/child-population',
    {
      config: { access: 'indicators.population' },
      schema: {
        tags,
        summary: 'Enter or correct the number of children living in a region for a year',
        body: populationBodySchema,
        response: { 200: listOf(populationRowSchema), ...withErrors },
      },
    },
    async (q) => ({ items: await setChildPopulation(deps, q.ctx, q.body) }),
  );
  const share = { access: 'indicators.share' as const };
  r.get(
    '/api/indicators/exchange',
    {
      config: share,
      schema: {
        tags,
        summary:
          "The year's indicators as a JSON document another country's Yuva can import (aggregates only, cells under 5 withheld; docs/indicator-exchange.md)",
        querystring: exchangeQuerySchema,
        response: { 200: exchangeDocumentSchema, ...withErrors },
      },
    },
    async (q, reply) => {
      const doc = await exportIndicatorSet(deps, q.ctx, q.query.year);
      return reply
        .header('content-disposition', attachment(`yuva-indicators-${doc.country}-${q.query.year}.json`))
        .send(doc);
    },
  );
  r.get(
    '/api/indicators/exchange/schema.json',
    {
      config: share,
      schema: {
        tags,
        summary: 'The JSON Schema of the exchange document',
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async () => z.toJSONSchema(exchangeDocumentSchema) as Record<string, unknown>,
  );
  r.post(
    '/api/indicators/exchange',
    {
      config: share,
      schema: {
        tags,
        summary: "Import another country's indicator document (refused if it holds small cells)",
        body: exchangeDocumentSchema,
        response: { 201: importedSetSchema, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await importIndicatorSet(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/indicators/exchange/imported',
    {
      config: share,
      schema: {
        tags,
        summary: "The other countries' indicator sets imported",
        response: { 200: listOf(importedSetSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await importedSets(deps, q.ctx) }),
  );
  r.get(
    '/api/indicators/exchange/imported/:id/compare',
    {
      config: share,
      schema: {
        tags,
        summary: "Our indicators for a year beside an imported country's",
        params: idParamsSchema,
        querystring: exchangeQuerySchema,
        response: { 200: comparisonSchema, ...withErrors },
      },
    },
    async (q) => compareWith(deps, q.ctx, q.params.id, q.query.year),
  );
}
