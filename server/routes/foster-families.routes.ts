import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, pageOf } from '../../common/contracts/common';
import {
  decisionBodySchema,
  FOSTER_DOCUMENT_MAX_BYTES,
  familyDetailSchema,
  familyListQuerySchema,
  familyLocationBodySchema,
  familySummarySchema,
  fosterDocumentUploadQuerySchema,
  fosterDocumentViewSchema,
  homeStudyBodySchema,
  requirementUpdateSchema,
  requirementViewSchema,
  statusChangeSchema,
} from '../../common/contracts/foster';
import { requirementsBatchSchema } from '../../common/contracts/foster-requirements';
import { DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';
import type { Deps } from '../domain/context';
import { addHomeStudy, changeFamilyStatus, changeRequirement } from '../domain/foster/assessment.service';
import { decide } from '../domain/foster/decision.service';
import { readFosterDocument, uploadByOfficer } from '../domain/foster/documents.service';
import { browseFamilies, changeFamilyLocation, familyDetail } from '../domain/foster/families.service';
import { changeRequirements } from '../domain/foster/requirements.service';
import { errorResponses } from '../plugins/responses';
import { fileAnswer, fileOf, sendFile, withFileBodies } from './files';

const tags = ['foster families'];
const read = { access: 'foster.read' as const };
const manage = { access: 'foster.manage' as const };

/** The officer's side of an application: the family's file, its assessment and the decision. */
export function fosterFamilyRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;
  const withErrors = { ...errorResponses, 422: errorResponses[400], 429: errorResponses[400] };

  const fileResponses = { ...withErrors, 413: errorResponses[400], 415: errorResponses[400] };
  withFileBodies(app, FOSTER_DOCUMENT_MAX_BYTES, (scope) => {
    const s = scope.withTypeProvider<ZodTypeProvider>();
    s.post(
      '/api/foster/families/:id/documents',
      {
        config: manage,
        bodyLimit: FOSTER_DOCUMENT_MAX_BYTES,
        schema: {
          tags,
          summary: "An officer adds a document to the family's file (PDF, JPEG or PNG, at most 5 MB)",
          params,
          querystring: fosterDocumentUploadQuerySchema,
          consumes: DOCUMENT_MEDIA_TYPES,
          response: { 201: fosterDocumentViewSchema, ...fileResponses },
        },
      },
      async (q, reply) =>
        reply.code(201).send(await uploadByOfficer(deps, q.ctx, q.params.id, { ...q.query, ...fileOf(q) })),
    );
  });
  r.get(
    '/api/foster/documents/:id/content',
    {
      config: read,
      schema: {
        tags,
        summary: "Download a document of a family's file (the read is audited)",
        params,
        response: { 200: fileAnswer('The file (PDF, JPEG or PNG)', DOCUMENT_MEDIA_TYPES), ...errorResponses },
      },
    },
    async (q, reply) => sendFile(reply, await readFosterDocument(deps, q.ctx, q.params.id)),
  );
  r.put(
    '/api/foster/families/:id/location',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "The office whose area the family lives in (matching scores nearness to the child's home by it)",
        params,
        body: familyLocationBodySchema,
        response: { 200: familyDetailSchema, ...withErrors },
      },
    },
    async (q) => changeFamilyLocation(deps, q.ctx, q.params.id, q.body),
  );

  r.get(
    '/api/foster/families',
    {
      config: read,
      schema: {
        tags,
        summary: 'Applicant and approved foster families',
        querystring: familyListQuerySchema,
        response: { 200: pageOf(familySummarySchema), ...errorResponses },
      },
    },
    async (q) => browseFamilies(deps, q.ctx, q.query),
  );
  r.get(
    '/api/foster/families/:id',
    {
      config: read,
      schema: {
        tags,
        summary:
          'A family with its household, requirements, home studies and eligibility under the rules in force',
        params,
        response: { 200: familyDetailSchema, ...errorResponses },
      },
    },
    async (q) => familyDetail(deps, q.ctx, q.params.id),
  );
  r.post(
    '/api/foster/families/:id/status',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Move the assessment on (home study, training, ready for review)',
        params,
        body: statusChangeSchema,
        response: { 200: familyDetailSchema, ...withErrors },
      },
    },
    async (q) => changeFamilyStatus(deps, q.ctx, q.params.id, q.body),
  );
  r.put(
    '/api/foster/requirements/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Mark a requirement complete, incomplete or waived (with a reason)',
        params,
        body: requirementUpdateSchema,
        response: { 200: requirementViewSchema, ...withErrors },
      },
    },
    async (q) => changeRequirement(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/foster/families/:id/requirements',
    {
      config: manage,
      schema: {
        tags,
        summary:
          "Mark several of the family's requirements complete, incomplete or waived in one save (all or none; 409 if one changed meanwhile)",
        params,
        body: requirementsBatchSchema,
        response: { 200: familyDetailSchema, ...withErrors },
      },
    },
    async (q) => changeRequirements(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/foster/families/:id/home-studies',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a home-study report',
        params,
        body: homeStudyBodySchema,
        response: { 201: familyDetailSchema.shape.homeStudies.element, ...withErrors },
      },
    },
    async (q, reply) => reply.code(201).send(await addHomeStudy(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    '/api/foster/families/:id/decision',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Approve (ages, number, needs; contract and certificate where required), deny or record a withdrawal',
        params,
        body: decisionBodySchema,
        response: { 200: familyDetailSchema, ...withErrors },
      },
    },
    async (q) => decide(deps, q.ctx, q.params.id, q.body),
  );
}
