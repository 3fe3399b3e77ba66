import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  admitBodySchema,
  assessmentBodySchema,
  assessmentViewSchema,
  consentBodySchema,
  consentViewSchema,
  consentWithdrawSchema,
  enrolBodySchema,
  enrolmentViewSchema,
  exitBodySchema,
  goalBodySchema,
  goalUpdateSchema,
  householdBodySchema,
  householdCreatedSchema,
  householdDetailSchema,
  householdListQuerySchema,
  householdMemberInputSchema,
  householdPageSchema,
  householdUpdateSchema,
  planBodySchema,
  planReviewBodySchema,
  planViewSchema,
  programmeSettingsBodySchema,
  reviewDueSchema,
  serviceBodySchema,
  serviceReferralBodySchema,
  serviceReferralUpdateSchema,
  serviceReferralViewSchema,
  serviceViewSchema,
  strengtheningProgrammeSchema,
  workersQuerySchema,
  workerViewSchema,
} from '../../common/contracts/strengthening';
import type { Deps } from '../domain/context';
import { admitHousehold, enrolHousehold, exitHousehold } from '../domain/strengthening/enrolments.service';
import {
  addMember,
  browseHouseholds,
  changeHousehold,
  householdDetail,
  registerHousehold,
  workersForLocation,
} from '../domain/strengthening/households.service';
import {
  addGoal,
  changeGoal,
  changeStrengtheningSettings,
  reviewPlan,
  reviewsDue,
  startPlan,
  strengtheningProgrammes,
} from '../domain/strengthening/plans.service';
import {
  changeServiceReferral,
  recordAssessment,
  recordConsent,
  recordService,
  referToService,
  withdrawHouseholdConsent,
} from '../domain/strengthening/support.service';
import { errorResponses } from './responses';

const tags = ['family strengthening'];
const read = { access: 'strengthening.read' as const };
const write = { access: 'strengthening.write' as const };
const base = '/api/strengthening';

/** Family strengthening: households, consent, assessments, enrolment, plans, services, referrals and exit. */
export function strengtheningRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const params = idParamsSchema;
  const withRules = { ...errorResponses, 422: errorResponses[400] };

  r.get(
    `${base}/households`,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Families the user works with, or knows a member of (then as far as consent allows); search by name',
        querystring: householdListQuerySchema,
        response: { 200: householdPageSchema, ...errorResponses },
      },
    },
    async (q) => browseHouseholds(deps, q.ctx, q.query),
  );
  r.post(
    `${base}/households`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a family with its members (people already on file are linked, never copied)',
        body: householdBodySchema,
        response: { 201: householdCreatedSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await registerHousehold(deps, q.ctx, q.body)),
  );
  r.get(
    `${base}/households/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: "The family's record as far as the user may see it (the read is audited)",
        params,
        response: { 200: householdDetailSchema, ...errorResponses },
      },
    },
    async (q) => householdDetail(deps, q.ctx, q.params.id),
  );
  r.put(
    `${base}/households/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: "Change the family's address, phone or social worker",
        params,
        body: householdUpdateSchema,
        response: { 200: householdDetailSchema, ...withRules },
      },
    },
    async (q) => changeHousehold(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/households/:id/members`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a member to the family',
        params,
        body: householdMemberInputSchema,
        response: { 201: householdDetailSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addMember(deps, q.ctx, q.params.id, q.body)),
  );
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
  r.post(
    `${base}/households/:id/enrolments`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Enrol the family (or put it on the waiting list) after an assessment, with its consent',
        params,
        body: enrolBodySchema,
        response: { 201: enrolmentViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await enrolHousehold(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/enrolments/:id/admit`,
    {
      config: write,
      schema: {
        tags,
        summary: 'A family on the waiting list takes part from a date',
        params,
        body: admitBodySchema,
        response: { 200: enrolmentViewSchema, ...withRules },
      },
    },
    async (q) => admitHousehold(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/enrolments/:id/exit`,
    {
      config: write,
      schema: {
        tags,
        summary:
          "The family leaves: graduated self-reliant, another reason, or a child separated (opens or links the child's case)",
        params,
        body: exitBodySchema,
        response: { 200: enrolmentViewSchema, ...withRules },
      },
    },
    async (q) => exitHousehold(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/enrolments/:id/plan`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Write the family development plan with its goals',
        params,
        body: planBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await startPlan(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/plans/:id/goals`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a goal to the plan',
        params,
        body: goalBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await addGoal(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    `${base}/goals/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a goal of the plan',
        params,
        body: goalUpdateSchema,
        response: { 200: planViewSchema, ...withRules },
      },
    },
    async (q) => changeGoal(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    `${base}/plans/:id/reviews`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Review the plan: progress on every open goal and the next review date',
        params,
        body: planReviewBodySchema,
        response: { 201: planViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await reviewPlan(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/households/:id/services`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a service delivered to the family (type, date, provider, cost in AZN)',
        params,
        body: serviceBodySchema,
        response: { 201: serviceViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await recordService(deps, q.ctx, q.params.id, q.body)),
  );
  r.post(
    `${base}/households/:id/referrals`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Refer the family to another service',
        params,
        body: serviceReferralBodySchema,
        response: { 201: serviceReferralViewSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await referToService(deps, q.ctx, q.params.id, q.body)),
  );
  r.put(
    `${base}/referrals/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record what became of a referral',
        params,
        body: serviceReferralUpdateSchema,
        response: { 200: serviceReferralViewSchema, ...withRules },
      },
    },
    async (q) => changeServiceReferral(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    `${base}/reviews-due`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Development plan reviews overdue or due within a month',
        response: { 200: listOf(reviewDueSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await reviewsDue(deps, q.ctx) }),
  );
  r.get(
    `${base}/programmes`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Family strengthening programmes in scope, with their review interval',
        response: { 200: listOf(strengtheningProgrammeSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await strengtheningProgrammes(deps, q.ctx) }),
  );
  r.put(
    `${base}/programmes/:id/settings`,
    {
      config: { access: 'organisation.manage' as const },
      schema: {
        tags,
        summary: 'How often development plans are reviewed in the programme (months)',
        params,
        body: programmeSettingsBodySchema,
        response: { 200: strengtheningProgrammeSchema, ...errorResponses },
      },
    },
    async (q) => changeStrengtheningSettings(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    `${base}/workers`,
    {
      config: write,
      schema: {
        tags,
        summary: "Who can be a family's social worker at a location",
        querystring: workersQuerySchema,
        response: { 200: listOf(workerViewSchema), ...errorResponses },
      },
    },
    async (q) => ({ items: await workersForLocation(deps, q.ctx, q.query.locationId) }),
  );
}
