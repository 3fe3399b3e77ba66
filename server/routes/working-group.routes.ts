import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, listOf } from '../../common/contracts/common';
import {
  actionItemBodySchema,
  actionItemDetailSchema,
  actionItemQuerySchema,
  actionItemSchema,
  actionItemUpdateSchema,
  actionProgressSchema,
  commitmentCountryBodySchema,
  commitmentParamsSchema,
  commitmentSchema,
  meetingBodySchema,
  meetingSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
  myActionsSchema,
  workingGroupSchema,
} from '../../common/contracts/working-group';
import type { Deps } from '../domain/context';
import {
  actionItem,
  actionItems,
  changeActionItem,
  createActionItem,
  myActions,
  reportProgress,
} from '../domain/cooperation/action-items.service';
import { commitments, recordCommitmentStatus } from '../domain/cooperation/commitments.service';
import {
  changeMeeting,
  createMeeting,
  meeting,
  meetings,
  workingGroup,
} from '../domain/cooperation/meetings.service';
import { errorResponses } from '../plugins/responses';

const tags = ['working group'];
const read = { access: 'cooperation.read' as const };
const write = { access: 'cooperation.write' as const };
const withRules = { ...errorResponses, 422: errorResponses[400] };

/**
 * The Foster Family Working Group on the hub (issue 17 item 1): meetings, action items and the
 * declaration's commitments. Elsewhere than on the hub every route answers 404.
 */
export function workingGroupRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/working-group',
    {
      config: read,
      schema: {
        tags,
        summary: 'The member countries and the delegates of the working group',
        response: { 200: workingGroupSchema, ...errorResponses },
      },
    },
    async (q) => workingGroup(deps, q.ctx),
  );
  r.get(
    '/api/cooperation/meetings',
    {
      config: read,
      schema: {
        tags,
        summary: "The working group's meetings, the latest first",
        response: { 200: listOf(meetingSummarySchema), ...errorResponses },
      },
    },
    async (q) => meetings(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/meetings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a meeting: agenda, attendance, minutes and decisions (chair or secretary)',
        body: meetingBodySchema,
        response: { 201: meetingSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await createMeeting(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/cooperation/meetings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A meeting with its agenda, attendance, minutes and decisions',
        params: idParamsSchema,
        response: { 200: meetingSchema, ...errorResponses },
      },
    },
    async (q) => meeting(deps, q.ctx, q.params.id),
  );
  r.put(
    '/api/cooperation/meetings/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a meeting (chair or secretary; the version read, 409 if it moved on)',
        params: idParamsSchema,
        body: meetingUpdateSchema,
        response: { 200: meetingSchema, ...withRules },
      },
    },
    async (q) => changeMeeting(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/cooperation/action-items',
    {
      config: read,
      schema: {
        tags,
        summary: 'Action items of the decisions, those still to do first, overdue marked',
        querystring: actionItemQuerySchema,
        response: { 200: listOf(actionItemSchema), ...errorResponses },
      },
    },
    async (q) => actionItems(deps, q.ctx, q.query),
  );
  r.get(
    '/api/cooperation/my-actions',
    {
      config: read,
      schema: {
        tags,
        summary: "My country's action items still to do, overdue first, and the next meeting",
        response: { 200: myActionsSchema, ...errorResponses },
      },
    },
    async (q) => myActions(deps, q.ctx),
  );
  r.post(
    '/api/cooperation/action-items',
    {
      config: write,
      schema: {
        tags,
        summary: 'Give a member country an action item from a decision (chair or secretary)',
        body: actionItemBodySchema,
        response: { 201: actionItemDetailSchema, ...withRules },
      },
    },
    async (q, reply) => reply.code(201).send(await createActionItem(deps, q.ctx, q.body)),
  );
  r.get(
    '/api/cooperation/action-items/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'An action item with its progress notes',
        params: idParamsSchema,
        response: { 200: actionItemDetailSchema, ...errorResponses },
      },
    },
    async (q) => actionItem(deps, q.ctx, q.params.id),
  );
  r.put(
    '/api/cooperation/action-items/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an action item: owner, due date, commitment, status (chair or secretary)',
        params: idParamsSchema,
        body: actionItemUpdateSchema,
        response: { 200: actionItemDetailSchema, ...withRules },
      },
    },
    async (q) => changeActionItem(deps, q.ctx, q.params.id, q.body),
  );
  r.post(
    '/api/cooperation/action-items/:id/progress',
    {
      config: write,
      schema: {
        tags,
        summary:
          "Report progress on an action item: a note appended, maybe a new status (the owner country's delegates)",
        params: idParamsSchema,
        body: actionProgressSchema,
        response: { 200: actionItemDetailSchema, ...withRules },
      },
    },
    async (q) => reportProgress(deps, q.ctx, q.params.id, q.body),
  );
  r.get(
    '/api/cooperation/commitments',
    {
      config: read,
      schema: {
        tags,
        summary:
          "The declaration's commitments: the actions serving each, by status, and each country's status",
        response: { 200: listOf(commitmentSchema), ...errorResponses },
      },
    },
    async (q) => commitments(deps, q.ctx),
  );
  r.put(
    '/api/cooperation/commitments/:code/countries/:country',
    {
      config: write,
      schema: {
        tags,
        summary: "Record a member country's status on a commitment (that country's delegates)",
        params: commitmentParamsSchema,
        body: commitmentCountryBodySchema,
        response: { 200: listOf(commitmentSchema), ...withRules },
      },
    },
    async (q) => recordCommitmentStatus(deps, q.ctx, q.params.code, q.params.country, q.body),
  );
}
