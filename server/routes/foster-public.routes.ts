import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  breachSchema,
  eligibilityCheckSchema,
  FOSTER_DOCUMENT_MAX_BYTES,
  fosterDocumentUploadQuerySchema,
  publicApplicationBodySchema,
  publicApplicationResultSchema,
  publicStatusSchema,
} from '../../common/contracts/foster';
import { DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';
import type { Deps } from '../domain/context';
import { checkEligibility, publicStatus, submitApplication } from '../domain/foster/applications.service';
import { uploadThroughLink } from '../domain/foster/documents.service';
import { errorResponses } from '../plugins/responses';
import { fileOf, withFileBodies } from './files';

const tags = ['foster families'];
const publicAccess = { access: 'public' as const };
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
const publicDocumentSchema = publicStatusSchema.shape.documents.element;

/** The public application form: no sign-in; only what the family sends, only their own record back. */
export function fosterPublicRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const withErrors = { ...errorResponses, 422: errorResponses[400], 429: errorResponses[400] };

  r.post(
    '/api/public/foster-eligibility',
    {
      config: publicAccess,
      schema: {
        tags,
        summary:
          "Check a household against the country's eligibility rules as the family types (nothing is stored)",
        body: eligibilityCheckSchema,
        response: { 200: z.object({ breaches: z.array(breachSchema) }), ...withErrors },
      },
    },
    async (q) => checkEligibility(deps, q.ctx, q.body),
  );
  r.post(
    '/api/public/foster-applications',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'A family applies to become a foster family (answers with a private link to follow it)',
        body: publicApplicationBodySchema,
        response: { 201: publicApplicationResultSchema, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await submitApplication(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/public/foster-applications/:token',
    {
      config: publicAccess,
      schema: {
        tags,
        summary: 'The status of an application, through its private link',
        params: tokenParams,
        response: { 200: publicStatusSchema, ...errorResponses },
      },
    },
    async (q) => publicStatus(deps, q.params.token),
  );

  const fileResponses = { ...withErrors, 413: errorResponses[400], 415: errorResponses[400] };
  withFileBodies(app, FOSTER_DOCUMENT_MAX_BYTES, (scope) => {
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post(
      '/api/public/foster-applications/:token/documents',
      {
        config: publicAccess,
        bodyLimit: FOSTER_DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          summary:
            'The family sends a document through its private link: the file as the body (PDF, JPEG or PNG, at most 5 MB), its name and the requirement it answers in the query',
          params: tokenParams,
          querystring: fosterDocumentUploadQuerySchema,
          consumes: DOCUMENT_MEDIA_TYPES,
          response: { 201: publicDocumentSchema, ...fileResponses },
        },
      },
      async (q, reply) => {
        const { uploadedByName: _u, ...doc } = await uploadThroughLink(deps, q.ctx, q.params.token, {
          ...q.query,
          ...fileOf(q),
        });
        return reply.code(201).send(doc);
      },
    );
  });
}
