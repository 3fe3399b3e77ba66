import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema } from '../../common/contracts/common';
import {
  ambassadorBodySchema,
  ambassadorViewSchema,
  campaignBodySchema,
  campaignViewSchema,
  eventBodySchema,
  eventViewSchema,
  funnelQuerySchema,
  funnelSchema,
  inquiryBodySchema,
  inquiryUpdateSchema,
  inquiryViewSchema,
} from '../../common/contracts/recruitment';
import type { Deps } from '../domain/context';
import {
  changeInquiry,
  funnel,
  recordRecruitment,
  recruitmentLists,
} from '../domain/foster/recruitment.service';
import { errorResponses } from '../plugins/responses';

const tags = ['foster recruitment'];
const read = { access: 'foster.read' as const };
const manage = { access: 'foster.manage' as const };
const created = z.object({ id: z.uuid() });

export function recruitmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const withErrors = { ...errorResponses, 422: errorResponses[400] };
  r.get(
    '/api/foster/recruitment',
    {
      config: read,
      schema: {
        tags,
        summary: 'Campaigns, ambassadors, outreach events and inquiries',
        response: {
          200: z.object({
            campaigns: z.array(campaignViewSchema),
            ambassadors: z.array(ambassadorViewSchema),
            events: z.array(eventViewSchema),
            inquiries: z.array(inquiryViewSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (q) => recruitmentLists(deps, q.ctx),
  );
  r.post(
    '/api/foster/campaigns',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a campaign (awareness, Foster Family Day, media)',
        body: campaignBodySchema,
        response: { 201: created, ...withErrors },
      },
    },
    async (q, reply) =>
      reply.code(201).send({ id: await recordRecruitment(deps, q.ctx, 'campaign', q.body) }),
  );
  r.post(
    '/api/foster/ambassadors',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a volunteer ambassador',
        body: ambassadorBodySchema,
        response: { 201: created, ...withErrors },
      },
    },
    async (q, reply) =>
      reply.code(201).send({ id: await recordRecruitment(deps, q.ctx, 'ambassador', q.body) }),
  );
  r.post(
    '/api/foster/events',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record an outreach event',
        body: eventBodySchema,
        response: { 201: created, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send({ id: await recordRecruitment(deps, q.ctx, 'event', q.body) }),
  );
  r.post(
    '/api/foster/inquiries',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record an inquiry with its source',
        body: inquiryBodySchema,
        response: { 201: created, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send({ id: await recordRecruitment(deps, q.ctx, 'inquiry', q.body) }),
  );
  r.put(
    '/api/foster/inquiries/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Mark an inquiry applied (with the family) or dropped (with the reason)',
        params: idParamsSchema,
        body: inquiryUpdateSchema,
        response: { 200: inquiryViewSchema, ...withErrors },
      },
    },
    async (q) => changeInquiry(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/foster/funnel',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The recruitment funnel by month, source, campaign or ambassador, with time to approval and drop-out reasons',
        querystring: funnelQuerySchema,
        response: { 200: funnelSchema, ...errorResponses },
      },
    },
    async (q) => funnel(deps, q.ctx, q.query),
  );
}
