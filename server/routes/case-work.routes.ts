import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approvalBodySchema,
  carePlanBodySchema,
  carePlanEditBodySchema,
  carePlanViewSchema,
  contactBodySchema,
  contactViewSchema,
  correctPlacementBodySchema,
  endPlacementBodySchema,
  gatekeepingBodySchema,
  gatekeepingEditBodySchema,
  gatekeepingViewSchema,
  placeChildBodySchema,
  placementViewSchema,
  reviewBodySchema,
  reviewViewSchema,
  versionBodySchema,
} from '../../common/contracts/cases';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  carePlansOf,
  draftCarePlan,
  editCarePlan,
  reviewCarePlan,
  submitCarePlan,
} from '../domain/cases/care-plans.service';
import {
  editGatekeeping,
  gatekeepingOf,
  reviewGatekeeping,
  startGatekeeping,
  submitGatekeeping,
} from '../domain/cases/gatekeeping.service';
import {
  correctPlacement,
  endPlacement,
  placementHistory,
  startPlacement,
} from '../domain/cases/placements.service';
import { contactsOf, recordContact, recordReview, reviewsOf } from '../domain/cases/reviews.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

const read = { access: 'cases.read' as const };
const write = { access: 'cases.write' as const };
const approve = { access: 'cases.approve' as const };

/** Gatekeeping, placements, care plans, reviews and family contact of one case. */
export function caseWorkRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;

  r.get(
    '/api/cases/:id/gatekeeping',
    {
      config: read,
      schema: {
        tags: ['gatekeeping'],
        summary: 'Gatekeeping assessments of the case',
        params,
        response: { 200: listOf(gatekeepingViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await gatekeepingOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/gatekeeping',
    {
      config: write,
      schema: {
        tags: ['gatekeeping'],
        summary: 'Start the gatekeeping assessment (draft)',
        params,
        body: gatekeepingBodySchema,
        response: { 201: gatekeepingViewSchema, ...errorResponses },
      },
    },
    async (q, reply) => reply.code(201).send(await startGatekeeping(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    '/api/gatekeeping/:id',
    {
      config: write,
      schema: {
        tags: ['gatekeeping'],
        summary: 'Edit a draft or returned assessment',
        params,
        body: gatekeepingEditBodySchema,
        response: { 200: gatekeepingViewSchema, ...errorResponses },
      },
    },
    async (q) => editGatekeeping(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/gatekeeping/:id/submit',
    {
      config: write,
      schema: {
        tags: ['gatekeeping'],
        summary: 'Send the decision to a supervisor',
        params,
        body: versionBodySchema,
        response: { 200: gatekeepingViewSchema, ...errorResponses },
      },
    },
    async (q) => submitGatekeeping(deps, q.ctx, q.params.id, q.body.version),
  );
  r.post(
    '/api/gatekeeping/:id/review',
    {
      config: approve,
      schema: {
        tags: ['gatekeeping'],
        summary: 'Approve or return the decision with a comment',
        params,
        body: approvalBodySchema,
        response: { 200: gatekeepingViewSchema, ...errorResponses },
      },
    },
    async (q) => reviewGatekeeping(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/cases/:id/placements',
    {
      config: read,
      schema: {
        tags: ['placements'],
        summary: 'Placement history, corrections included',
        params,
        response: { 200: listOf(placementViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await placementHistory(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/placements',
    {
      config: write,
      schema: {
        tags: ['placements'],
        summary: 'Place the child, with brothers and sisters named in siblingCaseIds (rules enforced)',
        params,
        body: placeChildBodySchema,
        response: { 201: placementViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await startPlacement(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    '/api/placements/:id/end',
    {
      config: write,
      schema: {
        tags: ['placements'],
        summary: 'End the placement with its reason',
        params,
        body: endPlacementBodySchema,
        response: { 200: placementViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => endPlacement(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/placements/:id/correction',
    {
      config: write,
      schema: {
        tags: ['placements'],
        summary: 'Correct a placement by a new entry that points to it',
        params,
        body: correctPlacementBodySchema,
        response: { 201: placementViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await correctPlacement(deps, q.ctx, q.params.id, q.body)),
  );

  r.get(
    '/api/cases/:id/care-plans',
    {
      config: read,
      schema: {
        tags: ['care plans'],
        summary: 'Care plan versions, newest first',
        params,
        response: { 200: listOf(carePlanViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await carePlansOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/care-plans',
    {
      config: write,
      schema: {
        tags: ['care plans'],
        summary: 'Draft a new care plan version',
        params,
        body: carePlanBodySchema,
        response: { 201: carePlanViewSchema, ...errorResponses },
      },
    },
    async (q, reply) => reply.code(201).send(await draftCarePlan(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    '/api/care-plans/:id',
    {
      config: write,
      schema: {
        tags: ['care plans'],
        summary: 'Edit a draft care plan',
        params,
        body: carePlanEditBodySchema,
        response: { 200: carePlanViewSchema, ...errorResponses },
      },
    },
    async (q) => editCarePlan(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/care-plans/:id/submit',
    {
      config: write,
      schema: {
        tags: ['care plans'],
        summary: 'Send the care plan for approval',
        params,
        body: versionBodySchema,
        response: { 200: carePlanViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => submitCarePlan(deps, q.ctx, q.params.id, q.body.version),
  );
  r.post(
    '/api/care-plans/:id/review',
    {
      config: approve,
      schema: {
        tags: ['care plans'],
        summary: 'Approve the care plan or return it',
        params,
        body: approvalBodySchema,
        response: { 200: carePlanViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => reviewCarePlan(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/cases/:id/reviews',
    {
      config: read,
      schema: {
        tags: ['reviews'],
        summary: 'Reviews of the case, newest first',
        params,
        response: { 200: listOf(reviewViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await reviewsOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/reviews',
    {
      config: write,
      schema: {
        tags: ['reviews'],
        summary: 'Record a review',
        params,
        body: reviewBodySchema,
        response: { 201: reviewViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await recordReview(deps, q.ctx, q.params.id, q.body)),
  );
  r.get(
    '/api/cases/:id/contacts',
    {
      config: read,
      schema: {
        tags: ['reviews'],
        summary: 'Contact with the family of origin',
        params,
        response: { 200: listOf(contactViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await contactsOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/contacts',
    {
      config: write,
      schema: {
        tags: ['reviews'],
        summary: 'Log a family contact',
        params,
        body: contactBodySchema,
        response: { 201: contactViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await recordContact(deps, q.ctx, q.params.id, q.body)),
  );
}
