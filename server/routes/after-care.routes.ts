import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listOf, versionSchema } from '../../common/contracts/common';
import {
  DOCUMENT_MAX_BYTES,
  DOCUMENT_MEDIA_TYPES,
  documentUploadQuerySchema,
  documentViewSchema,
  followUpRecordSchema,
  followUpViewSchema,
  leavingCarePlanBodySchema,
  leavingCarePlanEditSchema,
  leavingCarePlanViewSchema,
  shortTermEpisodeSchema,
  shortTermUpdateSchema,
} from '../../common/contracts/leaving-care';
import { documentsOf, readDocument, uploadDocument } from '../domain/cases/documents.service';
import {
  editLeavingCarePlan,
  followUpsOf,
  leavingCarePlansOf,
  recordFollowUpVisit,
  recordLeavingCare,
  startLeavingCarePlan,
} from '../domain/cases/leaving-care.service';
import { advanceEpisode, episodesOf } from '../domain/cases/short-term.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';
import { fileAnswer, fileOf, sendFile, withFileBodies } from './files';

const read = { access: 'cases.read' as const };
const write = { access: 'cases.write' as const };
const params = idParamsSchema;

/** Short-term care episodes, leaving care, follow-ups and the case's documents. */
export function afterCareRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/cases/:id/short-term-episodes',
    {
      config: read,
      schema: {
        tags: ['short-term care'],
        summary: 'Short-term care episodes of the case',
        params,
        response: { 200: listOf(shortTermEpisodeSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await episodesOf(deps, q.ctx, q.params.id) }),
  );
  r.put(
    '/api/short-term-episodes/:id',
    {
      config: write,
      schema: {
        tags: ['short-term care'],
        summary:
          'Move the episode on (assessment, reintegration, trial return, reunified, follow-up, closed, or referred to long-term care)',
        params,
        body: shortTermUpdateSchema,
        response: { 200: shortTermEpisodeSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => advanceEpisode(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/cases/:id/leaving-care',
    {
      config: read,
      schema: {
        tags: ['leaving care'],
        summary: 'Leaving-care plans',
        params,
        response: { 200: listOf(leavingCarePlanViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await leavingCarePlansOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/cases/:id/leaving-care',
    {
      config: write,
      schema: {
        tags: ['leaving care'],
        summary: 'Start a leaving-care plan (from age 14)',
        params,
        body: leavingCarePlanBodySchema,
        response: { 201: leavingCarePlanViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await startLeavingCarePlan(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    '/api/leaving-care/:id',
    {
      config: write,
      schema: {
        tags: ['leaving care'],
        summary: 'Edit the leaving-care plan',
        params,
        body: leavingCarePlanEditSchema,
        response: { 200: leavingCarePlanViewSchema, ...errorResponses },
      },
    },
    async (q) => editLeavingCarePlan(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/leaving-care/:id/left',
    {
      config: write,
      schema: {
        tags: ['leaving care'],
        summary: 'The young person left care (planned or not): after-care follow-ups are scheduled',
        params,
        body: z.object({ version: versionSchema, leftOn: z.iso.date(), planned: z.boolean() }),
        response: { 200: leavingCarePlanViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => recordLeavingCare(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/cases/:id/follow-ups',
    {
      config: read,
      schema: {
        tags: ['leaving care'],
        summary: 'Follow-up visits after reunification or leaving care',
        params,
        response: { 200: listOf(followUpViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await followUpsOf(deps, q.ctx, q.params.id) }),
  );
  r.post(
    '/api/follow-ups/:id',
    {
      config: write,
      schema: {
        tags: ['leaving care'],
        summary: 'Record a follow-up as held (with well-being ratings) or missed',
        params,
        body: followUpRecordSchema,
        response: { 200: followUpViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => recordFollowUpVisit(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/cases/:id/documents',
    {
      config: read,
      schema: {
        tags: ['documents'],
        summary: 'Documents of the case',
        params,
        response: { 200: listOf(documentViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await documentsOf(deps, q.ctx, q.params.id) }),
  );
  withFileBodies(app, DOCUMENT_MAX_BYTES, (scope) =>
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/cases/:id/documents',
      {
        config: write,
        bodyLimit: DOCUMENT_MAX_BYTES,
        schema: {
          tags: ['documents'],
          summary:
            'Upload a document: the file itself as the body (application/pdf, image/jpeg or image/png, at most 10 MB), its type and name in the query',
          params,
          querystring: documentUploadQuerySchema,
          consumes: DOCUMENT_MEDIA_TYPES,
          response: {
            201: documentViewSchema,
            ...errorResponses,
            413: errorResponses[400],
            415: errorResponses[400],
            422: errorResponses[400],
          },
        },
      },
      async (q, reply) =>
        reply
          .code(201)
          .send(await uploadDocument(deps, q.ctx, q.params.id, { type: q.query.type, ...fileOf(q) })),
    ),
  );
  r.get(
    '/api/documents/:id/content',
    {
      config: read,
      schema: {
        tags: ['documents'],
        summary: 'Download a document (the read is written to the access log)',
        params,
        response: { 200: fileAnswer('The file (PDF, JPEG or PNG)', DOCUMENT_MEDIA_TYPES), ...errorResponses },
      },
    },
    async (q, reply) => sendFile(reply, await readDocument(deps, q.ctx, q.params.id)),
  );
}
