import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { placementViewSchema } from '../../common/contracts/cases';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  fosterPlacementBodySchema,
  ledgerQuerySchema,
  ledgerSchema,
  matchesSchema,
  paymentBodySchema,
  visitRecordSchema,
  visitViewSchema,
} from '../../common/contracts/foster';
import { unscheduledVisitBodySchema } from '../../common/contracts/foster-visits';
import { startPlacement } from '../domain/cases/placements.service';
import type { Deps } from '../domain/context';
import { matchesForCase } from '../domain/foster/matching.service';
import {
  allowanceLedger,
  familyVisits,
  recordMonitoringVisit,
  recordPayment,
  recordUnscheduledVisit,
  visitsDue,
} from '../domain/foster/monitoring.service';
import { errorResponses } from '../plugins/responses';

const tags = ['foster families'];
const read = { access: 'foster.read' as const };
const manage = { access: 'foster.manage' as const };

/** A child placed with an approved family: the match, the monitoring visits and the allowances. */
export function fosterPlacementRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;
  const withErrors = { ...errorResponses, 422: errorResponses[400], 429: errorResponses[400] };

  r.get(
    '/api/cases/:id/foster-matches',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Approved families ranked for a child who needs one, with the reasons for each score and the exclusions',
        params,
        response: { 200: matchesSchema, ...withErrors },
      },
    },
    async (q) => matchesForCase(deps, q.ctx, q.params.id),
  );
  r.post(
    '/api/cases/:id/foster-placements',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "Record the match: the child's placement with the family, its adjustment period and monitoring visits",
        params,
        body: fosterPlacementBodySchema,
        response: { 201: placementViewSchema, ...withErrors },
      },
    },
    async (q, reply) =>
      reply
        .code(201)
        .send(
          await startPlacement(
            deps,
            q.ctx,
            q.params.id,
            { ...q.body, settingType: 'foster', emergency: false },
            'foster_officer',
          ),
        ),
  );
  r.get(
    '/api/foster/visits/due',
    {
      config: read,
      schema: {
        tags,
        summary: 'Monitoring visits due in the next two weeks or overdue',
        response: { 200: listOf(visitViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await visitsDue(deps, q.ctx) }),
  );
  r.get(
    '/api/foster/families/:id/visits',
    {
      config: read,
      schema: {
        tags,
        summary: "A family's monitoring visits",
        params,
        response: { 200: listOf(visitViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await familyVisits(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/foster/visits/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a monitoring visit as held (report, how the child is doing) or missed',
        params,
        body: visitRecordSchema,
        response: { 200: visitViewSchema, ...withErrors },
      },
    },
    async (q) => recordMonitoringVisit(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/foster/placements/:id/visits',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Record a monitoring visit held outside the schedule; the scheduled visits stay as they were',
        params,
        body: unscheduledVisitBodySchema,
        response: { 201: visitViewSchema, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await recordUnscheduledVisit(deps, q.ctx, q.params.id, q.body)),
  );
  r.get(
    '/api/foster/placements/:id/allowances',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The allowance ledger of a foster placement: owed by the rate table in force each month, and paid',
        params,
        querystring: ledgerQuerySchema,
        response: { 200: ledgerSchema, ...errorResponses },
      },
    },
    async (q) => allowanceLedger(deps, q.ctx, q.params.id, q.query),
  );
  r.post(
    '/api/foster/placements/:id/payments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record an allowance payment',
        params,
        body: paymentBodySchema,
        response: { 201: z.object({ ok: z.boolean() }), ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await recordPayment(deps, q.ctx, q.params.id, q.body)),
  );
}
