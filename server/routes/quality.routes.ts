import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOf } from '../../common/contracts/common';
import {
  q4cAssessmentSchema,
  q4cParamsSchema,
  q4cSaveSchema,
  q4cStandardSchema,
} from '../../common/contracts/quality';
import type { Deps } from '../domain/context';
import { q4cAssessment, saveQ4cAssessment, standards } from '../domain/quality/q4c.service';
import { errorResponses } from '../plugins/responses';

const tags = ['quality'];

/** Quality4Children: the standards and each programme's yearly self-assessment. */
export function qualityRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/quality/standards',
    {
      config: { access: 'quality.read' },
      schema: {
        tags,
        summary: 'The 18 Quality4Children standards in the four languages',
        response: { 200: listOf(q4cStandardSchema), ...errorResponses },
      },
    },
    async () => ({ items: [...standards()] }),
  );
  r.get(
    '/api/quality/assessments/:programmeId/:year',
    {
      config: { access: 'quality.read' },
      schema: {
        tags,
        summary: "A programme's self-assessment for a year, with Yuva's own figures and last year's scores",
        params: q4cParamsSchema,
        response: { 200: q4cAssessmentSchema, ...errorResponses },
      },
    },
    async (q) => q4cAssessment(deps, q.ctx, q.params.programmeId, q.params.year),
  );
  r.put(
    '/api/quality/assessments/:programmeId/:year',
    {
      config: { access: 'quality.write' },
      schema: {
        tags,
        summary: 'Save the scores, evidence and actions (version null to start the year)',
        params: q4cParamsSchema,
        body: q4cSaveSchema,
        response: { 200: q4cAssessmentSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => saveQ4cAssessment(deps, q.ctx, q.params.programmeId, q.params.year, q.body),
  );
}
