import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import { DOCUMENT_MAX_BYTES, DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';
import {
  adoptionBodySchema,
  adoptionUpdateSchema,
  adoptionViewSchema,
  attachmentUploadQuerySchema,
  attachmentViewSchema,
  practiceBodySchema,
  practicePageSchema,
  practiceQuerySchema,
  practiceUpdateSchema,
  practiceViewSchema,
  queueItemSchema,
  translationBodySchema,
  translationParamsSchema,
  translationQueueQuerySchema,
} from '../../common/contracts/practices';
import type { Deps } from '../domain/context';
import {
  readAttachment,
  recordAdoption,
  recordAdoptionOutcome,
  removeAttachment,
  saveTranslation,
  uploadAttachment,
} from '../domain/cooperation/practice-parts.service';
import {
  createPractice,
  editPractice,
  getPractice,
  listPractices,
  translationQueue,
} from '../domain/cooperation/practices.service';
import { errorResponses } from '../plugins/responses';
import { fileAnswer, fileOf, sendFile, withFileBodies } from './files';

const tags = ['good practices'];
const read = { access: 'cooperation.read' as const };
const write = { access: 'cooperation.write' as const };
const params = idParamsSchema;
const withRules = { ...errorResponses, 422: errorResponses[400] };

/** The good-practice library on the cooperation hub (decision 0045); 404 on any other installation. */
export function practicesRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/practices',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Search the library: words folded across scripts, topic, country, language, ambassador material',
        querystring: practiceQuerySchema,
        response: { 200: practicePageSchema, ...errorResponses },
      },
    },
    async (q) => listPractices(deps, q.ctx, q.query),
  );
  r.get(
    '/api/cooperation/practices/translation-queue',
    {
      config: read,
      schema: {
        tags,
        summary: 'Practices not yet readable in a language (no machine translation: people translate)',
        querystring: translationQueueQuerySchema,
        response: { 200: listOf(queueItemSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await translationQueue(deps, q.ctx, q.query.language) }),
  );
  r.post(
    '/api/cooperation/practices',
    {
      config: write,
      schema: {
        tags,
        summary: "Share a practice of the delegate's own country",
        body: practiceBodySchema,
        response: { 201: z.object({ id: z.uuid() }), ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await createPractice(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/cooperation/practices/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A practice with its translations, files and where it travelled',
        params,
        response: { 200: practiceViewSchema, ...errorResponses },
      },
    },
    async (q) => getPractice(deps, q.ctx, q.params.id),
  );
  r.patch(
    '/api/cooperation/practices/:id',
    {
      config: write,
      schema: {
        tags,
        summary: "Edit a practice of the delegate's own country",
        params,
        body: practiceUpdateSchema,
        response: { 200: practiceViewSchema, ...withRules },
      },
    },
    async (q) => editPractice(deps, q.ctx, q.params.id, q.body),
  );
  r.put(
    '/api/cooperation/practices/:id/translations/:language',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add the translation into a language (any delegate), or edit it with its version',
        params: translationParamsSchema,
        body: translationBodySchema,
        response: { 200: practiceViewSchema, ...withRules },
      },
    },
    async (q) => saveTranslation(deps, q.ctx, q.params.id, q.params.language, q.body),
  );
  r.post(
    '/api/cooperation/practices/:id/adoptions',
    {
      config: write,
      schema: {
        tags,
        summary: "Record that the delegate's country adopted or adapted the practice",
        params,
        body: adoptionBodySchema,
        response: { 201: adoptionViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await recordAdoption(deps, q.ctx, q.params.id, q.body)),
  );
  r.patch(
    '/api/cooperation/practice-adoptions/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record what came of an adoption (the adopting country)',
        params,
        body: adoptionUpdateSchema,
        response: { 200: adoptionViewSchema, ...withRules },
      },
    },
    async (q) => recordAdoptionOutcome(deps, q.ctx, q.params.id, q.body),
  );
  attachmentRoutes(app, deps);
}

function attachmentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  withFileBodies(app, DOCUMENT_MAX_BYTES, (scope) =>
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/cooperation/practices/:id/attachments',
      {
        config: write,
        bodyLimit: DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          summary:
            'Attach a file: the file itself as the body (application/pdf, image/jpeg or image/png, at most 10 MB), its name in the query',
          params,
          querystring: attachmentUploadQuerySchema,
          consumes: DOCUMENT_MEDIA_TYPES,
          response: {
            201: attachmentViewSchema,
            ...withRules,
            413: errorResponses[400],
            415: errorResponses[400],
          },
        },
      },
      async (q, reply) => reply.code(201).send(await uploadAttachment(deps, q.ctx, q.params.id, fileOf(q))),
    ),
  );
  r.get(
    '/api/cooperation/practice-attachments/:id/content',
    {
      config: read,
      schema: {
        tags,
        summary: "Download a practice's file",
        params,
        response: { 200: fileAnswer('The file (PDF, JPEG or PNG)', DOCUMENT_MEDIA_TYPES), ...errorResponses },
      },
    },
    async (q, reply) => sendFile(reply, await readAttachment(deps, q.ctx, q.params.id)),
  );
  r.delete(
    '/api/cooperation/practice-attachments/:id',
    {
      config: write,
      schema: {
        tags,
        summary: "Remove a practice's file (its own country)",
        params,
        response: { 204: z.null(), ...withRules },
      },
    },
    async (q, reply) => {
      await removeAttachment(deps, q.ctx, q.params.id);
      return reply.code(204).send(null);
    },
  );
}
