import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { placementViewSchema } from '../../common/contracts/cases';
import { idParamsSchema, listOf, pageOf } from '../../common/contracts/common';
import {
  breachSchema,
  decisionBodySchema,
  eligibilityCheckSchema,
  FOSTER_DOCUMENT_MAX_BYTES,
  familyDetailSchema,
  familyListQuerySchema,
  familyLocationBodySchema,
  familySummarySchema,
  fosterDocumentUploadQuerySchema,
  fosterDocumentViewSchema,
  fosterPlacementBodySchema,
  homeStudyBodySchema,
  ledgerQuerySchema,
  ledgerSchema,
  matchesSchema,
  paymentBodySchema,
  publicApplicationBodySchema,
  publicApplicationResultSchema,
  publicStatusSchema,
  requirementUpdateSchema,
  requirementViewSchema,
  ruleSetBodySchema,
  ruleSetViewSchema,
  statusChangeSchema,
  visitRecordSchema,
  visitViewSchema,
} from '../../common/contracts/foster';
import { DOCUMENT_MEDIA_TYPES } from '../../common/contracts/leaving-care';
import { startPlacement } from '../domain/cases/placements.service';
import type { Deps } from '../domain/context';
import {
  addHomeStudy,
  browseFamilies,
  changeFamilyLocation,
  changeFamilyStatus,
  changeRequirement,
  checkEligibility,
  decide,
  familyDetail,
  publicStatus,
  submitApplication,
} from '../domain/foster/applications.service';
import { readFosterDocument, uploadByOfficer, uploadThroughLink } from '../domain/foster/documents.service';
import { matchesForCase } from '../domain/foster/matching.service';
import {
  allowanceLedger,
  familyVisits,
  recordMonitoringVisit,
  recordPayment,
  visitsDue,
} from '../domain/foster/monitoring.service';
import { addRuleSet, ruleSets } from '../domain/foster/rule-sets.service';
import { fileAnswer, fileOf, sendFile, withFileBodies } from './files';
import { errorResponses } from './responses';

const tags = ['foster families'];
const read = { access: 'foster.read' as const };
const manage = { access: 'foster.manage' as const };
const publicAccess = { access: 'public' as const };
const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
const publicDocumentSchema = publicStatusSchema.shape.documents.element;

export function fosterRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;
  const withErrors = { ...errorResponses, 422: errorResponses[400], 429: errorResponses[400] };

  // The public application form: no sign-in; only what the family sends, only their own record back.
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
  r.get(
    '/api/foster/rule-sets',
    {
      config: read,
      schema: {
        tags,
        summary: 'Country rule sets with their effective dates',
        response: { 200: listOf(ruleSetViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await ruleSets(deps, q.ctx) }),
  );
  r.post(
    '/api/foster/rule-sets',
    {
      config: { access: 'foster.rules' },
      schema: {
        tags,
        summary: 'Add a country, or a new version of its rules from a date',
        body: ruleSetBodySchema,
        response: { 201: ruleSetViewSchema, ...errorResponses },
      },
    },
    async (q, reply) => reply.code(201).send(await addRuleSet(deps, q.ctx, q.body)),
  );
}
