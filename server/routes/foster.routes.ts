import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, pageOf } from '../../common/contracts/common';
import {
  breachSchema,
  decisionBodySchema,
  eligibilityCheckSchema,
  familyDetailSchema,
  familyListQuerySchema,
  familySummarySchema,
  homeStudyBodySchema,
  publicApplicationBodySchema,
  publicApplicationResultSchema,
  publicStatusSchema,
  requirementUpdateSchema,
  requirementViewSchema,
  ruleSetBodySchema,
  ruleSetViewSchema,
  statusChangeSchema,
} from '../../common/contracts/foster';
import type { Deps } from '../domain/context';
import {
  addHomeStudy,
  browseFamilies,
  changeFamilyStatus,
  changeRequirement,
  checkEligibility,
  decide,
  familyDetail,
  publicStatus,
  submitApplication,
} from '../domain/foster/applications.service';
import { addRuleSet, ruleSets } from '../domain/foster/rule-sets.service';
import { errorResponses } from './responses';

const tags = ['foster families'];
const read = { access: 'foster.read' as const };
const manage = { access: 'foster.manage' as const };
const publicAccess = { access: 'public' as const };

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
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }),
        response: { 200: publicStatusSchema, ...errorResponses },
      },
    },
    async (q) => publicStatus(deps, q.params.token),
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
    '/api/foster/rule-sets',
    {
      config: read,
      schema: {
        tags,
        summary: 'Country rule sets with their effective dates',
        response: { 200: z.array(ruleSetViewSchema), ...errorResponses },
      },
    },
    async (q) => ruleSets(deps, q.ctx),
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
