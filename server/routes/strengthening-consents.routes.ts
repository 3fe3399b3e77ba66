import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assessmentBodySchema,
  assessmentViewSchema,
  consentBodySchema,
  consentViewSchema,
  consentWithdrawSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import {
  recordAssessment,
  recordConsent,
  withdrawHouseholdConsent,
} from '../domain/strengthening/support.service';
import { base, params, tags, withRules, write } from './strengthening-shared';

/** What a family agrees to (consent to take part, and what it lets be shared) and its risk assessments. */
export function consentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    `${base}/households/:id/consents`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record consent to take part in a programme, and what it lets be shared',
        params,
        body: consentBodySchema,
        response: { 201: consentViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await recordConsent(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/consents/:id/withdraw`,
    {
      config: write,
      schema: {
        tags,
        summary: 'The family withdraws its consent',
        params,
        body: consentWithdrawSchema,
        response: { 200: consentViewSchema, ...withRules },
      },
    },
    async (q) => withdrawHouseholdConsent(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/households/:id/assessments`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a risk-of-separation assessment (a score 1–5 and a note per domain)',
        params,
        body: assessmentBodySchema,
        response: { 201: assessmentViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await recordAssessment(deps, q.ctx, q.params.id, q.body)),
  );
}
