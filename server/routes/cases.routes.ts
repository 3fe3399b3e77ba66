import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accessLogEntrySchema,
  addFamilyMemberBodySchema,
  assignBodySchema,
  caseDetailSchema,
  caseListQuerySchema,
  casePageSchema,
  closeCaseBodySchema,
  familyMemberUpdateSchema,
  familyMemberViewSchema,
  familySuggestionsBodySchema,
  familySuggestionsSchema,
  myWorkSchema,
  personViewSchema,
  referralBodySchema,
  referralResultSchema,
  timelineEntrySchema,
  updateChildBodySchema,
  versionBodySchema,
  workerSchema,
} from '../../common/contracts/cases';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  assignCase,
  browseCases,
  caseAccessLog,
  caseDetail,
  caseFamily,
  caseTimeline,
  changeChild,
  closeCase,
  myWork,
  reopenCase,
  workersFor,
} from '../domain/cases/cases.service';
import { addFamilyMember, changeFamilyMember, familySuggestions } from '../domain/cases/family.service';
import { registerReferral } from '../domain/cases/referrals.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

const read = { access: 'cases.read' as const };
const write = { access: 'cases.write' as const };
const tags = ['cases'];
const done = z.object({ version: z.number().int() });

export function casesRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/referrals',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a referral: opens a case for each child (siblings together) with the birth family',
        body: referralBodySchema,
        response: { 201: referralResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await registerReferral(deps, request.ctx, request.body)),
  );
  r.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        summary: "Children and young people in the user's scope, filtered and paged",
        querystring: caseListQuerySchema,
        response: { 200: casePageSchema, ...errorResponses },
      },
    },
    async (request) => browseCases(deps, request.ctx, request.query),
  );
  r.get(
    '/api/my-work',
    {
      config: read,
      schema: {
        tags,
        summary: "The worker's start page: their cases and what is due or overdue",
        response: { 200: myWorkSchema, ...errorResponses },
      },
    },
    async (request) => myWork(deps, request.ctx),
  );
  r.get(
    '/api/cases/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A case overview (the view is written to the access log)',
        params: idParamsSchema,
        response: { 200: caseDetailSchema, ...errorResponses },
      },
    },
    async (request) => caseDetail(deps, request.ctx, request.params.id),
  );
  r.patch(
    '/api/cases/:id/child',
    {
      config: write,
      schema: {
        tags,
        summary: "Correct the child's personal details",
        params: idParamsSchema,
        body: updateChildBodySchema,
        response: { 200: personViewSchema, ...errorResponses },
      },
    },
    async (request) => changeChild(deps, request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/cases/:id/family',
    {
      config: read,
      schema: {
        tags,
        summary: 'The birth family',
        params: idParamsSchema,
        response: { 200: listOf(familyMemberViewSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await caseFamily(deps, request.ctx, request.params.id) }),
  );
  r.post(
    '/api/cases/:id/family',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Add a member of the birth family: link a person already on file, or a new one (with a reason when likely duplicates exist)',
        params: idParamsSchema,
        body: addFamilyMemberBodySchema,
        response: { 201: familyMemberViewSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addFamilyMember(deps, request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/cases/:id/family/suggestions',
    {
      config: write,
      schema: {
        tags,
        summary:
          "People already on file the worker may mean when adding a family member: the siblings' relatives first, then likely duplicates of the name typed",
        params: idParamsSchema,
        body: familySuggestionsBodySchema,
        response: { 200: familySuggestionsSchema, ...errorResponses },
      },
    },
    async (request) => familySuggestions(deps, request.ctx, request.params.id, request.body),
  );
  r.put(
    '/api/family-members/:id',
    {
      config: write,
      schema: {
        tags,
        summary: "Change a family member's relationship, whether alive, whereabouts or parental rights",
        params: idParamsSchema,
        body: familyMemberUpdateSchema,
        response: { 200: familyMemberViewSchema, ...errorResponses },
      },
    },
    async (request) => changeFamilyMember(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/cases/:id/assignment',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Assign or transfer the case to a worker and/or location (recorded). A move to another location is for a supervisor or administrator working in both; the worker must work where the case will be (422 otherwise).',
        params: idParamsSchema,
        body: assignBodySchema,
        response: { 200: done, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => assignCase(deps, request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/cases/:id/workers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Workers the case can be assigned to',
        params: idParamsSchema,
        response: { 200: listOf(workerSchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await workersFor(deps, request.ctx, request.params.id) }),
  );
  r.post(
    '/api/cases/:id/close',
    {
      config: write,
      schema: {
        tags,
        summary: 'Close the case with a reason',
        params: idParamsSchema,
        body: closeCaseBodySchema,
        response: { 200: done, ...errorResponses },
      },
    },
    async (request) => closeCase(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/cases/:id/reopen',
    {
      config: write,
      schema: {
        tags,
        summary: 'Reopen a closed case',
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: done, ...errorResponses },
      },
    },
    async (request) => reopenCase(deps, request.ctx, request.params.id, request.body.version),
  );
  r.get(
    '/api/cases/:id/timeline',
    {
      config: read,
      schema: {
        tags,
        summary: 'Everything that happened in the case, newest first',
        params: idParamsSchema,
        response: { 200: listOf(timelineEntrySchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await caseTimeline(deps, request.ctx, request.params.id) }),
  );
  r.get(
    '/api/cases/:id/access-log',
    {
      config: { access: 'cases.accessLog' },
      schema: {
        tags,
        summary: "Who viewed this child's record and when (administrators)",
        params: idParamsSchema,
        response: { 200: listOf(accessLogEntrySchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await caseAccessLog(deps, request.ctx, request.params.id) }),
  );
}
