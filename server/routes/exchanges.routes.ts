import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../common/contracts/common';
import {
  exchangeBodySchema,
  exchangeListQuerySchema,
  exchangeReportPdfQuerySchema,
  exchangeReportQuerySchema,
  exchangeReportSchema,
  exchangeSchema,
  exchangeUpdateSchema,
} from '../../common/contracts/exchanges';
import {
  ambassadorComparisonSchema,
  figuresQuerySchema,
  fosterDayComparisonSchema,
} from '../../common/contracts/foster-day';
import {
  observanceCalendarQuerySchema,
  observanceCalendarSchema,
  observanceDayBodySchema,
  observancePlanBodySchema,
  observancePlanParamsSchema,
  observancePlanSchema,
} from '../../common/contracts/observance';
import type { Deps } from '../domain/context';
import { exchangeReport, exchangeReportPdf } from '../domain/cooperation/exchange-report';
import { changeExchange, exchange, exchanges, recordExchange } from '../domain/cooperation/exchanges.service';
import { ambassadorComparison, fosterDayComparison } from '../domain/cooperation/foster-day-figures.service';
import {
  addObservanceDay,
  observanceCalendar,
  saveObservancePlan,
} from '../domain/cooperation/observance.service';
import { CONTENT_TYPES } from '../domain/exports/exports.service';
import { errorResponses } from '../plugins/responses';
import { sendDownload } from './exports.routes';
import { fileAnswer } from './files';

const tags = ['cooperation exchanges'];
const read = { access: 'cooperation.read' as const };
const write = { access: 'cooperation.write' as const };
const withErrors = { ...errorResponses, 422: errorResponses[400] };

/** Exchanges between countries, observance days with the countries' plans, and the pushed Foster Family Day figures (hub only). */
export function exchangesRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/exchanges',
    {
      config: read,
      schema: {
        tags,
        summary: 'Exchanges between member countries (of a year)',
        querystring: exchangeListQuerySchema,
        response: { 200: z.object({ items: z.array(exchangeSchema) }), ...errorResponses },
      },
    },
    async (q) => ({ items: await exchanges(deps, q.ctx, q.query.year ?? null) }),
  );
  r.post(
    '/api/cooperation/exchanges',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record an exchange (a delegate of the sending or the hosting country)',
        body: exchangeBodySchema,
        response: { 201: exchangeSchema, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await recordExchange(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/cooperation/exchanges/report',
    {
      config: read,
      schema: {
        tags,
        summary: 'The yearly exchange report: who learned what from whom',
        querystring: exchangeReportQuerySchema,
        response: { 200: exchangeReportSchema, ...errorResponses },
      },
    },
    async (q) => exchangeReport(deps, q.ctx, q.query.year),
  );
  r.get(
    '/api/cooperation/exchanges/report.pdf',
    {
      config: read,
      schema: {
        tags: [...tags, 'exports'],
        summary: 'The yearly exchange report as a printable PDF in the chosen language',
        querystring: exchangeReportPdfQuerySchema,
        response: { 200: fileAnswer('The PDF', [CONTENT_TYPES.pdf]), ...errorResponses },
      },
    },
    async (q, reply) => sendDownload(reply, await exchangeReportPdf(deps, q.ctx, q.query)),
  );
  r.get(
    '/api/cooperation/exchanges/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One exchange',
        params: idParamsSchema,
        response: { 200: exchangeSchema, ...errorResponses },
      },
    },
    async (q) => exchange(deps, q.ctx, q.params.id),
  );
  r.put(
    '/api/cooperation/exchanges/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an exchange (the version read; 409 if it moved on)',
        params: idParamsSchema,
        body: exchangeUpdateSchema,
        response: { 200: exchangeSchema, ...withErrors },
      },
    },
    async (q) => changeExchange(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/cooperation/observance-days',
    {
      config: read,
      schema: {
        tags,
        summary: 'The calendar of observance days with each country’s campaign plan for the year',
        querystring: observanceCalendarQuerySchema,
        response: { 200: observanceCalendarSchema, ...errorResponses },
      },
    },
    async (q) => observanceCalendar(deps, q.ctx, q.query.year),
  );
  r.post(
    '/api/cooperation/observance-days',
    {
      config: { access: 'cooperation.hub' as const },
      schema: {
        tags,
        summary: 'Add an observance day to the calendar (international or a country’s own)',
        body: observanceDayBodySchema,
        response: { 201: z.object({ id: z.uuid() }), ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await addObservanceDay(deps, q.ctx, q.body)),
  );
  r.put(
    '/api/cooperation/observance-days/:dayId/plans/:country/:year',
    {
      config: write,
      schema: {
        tags,
        summary: 'Write a country’s campaign plan for a day and year (that country’s delegates)',
        params: observancePlanParamsSchema,
        body: observancePlanBodySchema,
        response: { 200: observancePlanSchema, ...withErrors },
      },
    },
    async (q) => saveObservancePlan(deps, q.ctx, q.params, q.body),
  );
  r.get(
    '/api/cooperation/foster-day-results',
    {
      config: read,
      schema: {
        tags,
        summary: 'Foster Family Day results the countries pushed, side by side (the latest of each)',
        querystring: figuresQuerySchema,
        response: { 200: fosterDayComparisonSchema, ...errorResponses },
      },
    },
    async (q) => fosterDayComparison(deps, q.ctx, q.query.year),
  );
  r.get(
    '/api/cooperation/ambassador-figures',
    {
      config: read,
      schema: {
        tags,
        summary: 'The countries’ volunteer-ambassador figures, side by side (the latest of each)',
        querystring: figuresQuerySchema,
        response: { 200: ambassadorComparisonSchema, ...errorResponses },
      },
    },
    async (q) => ambassadorComparison(deps, q.ctx, q.query.year),
  );
}
