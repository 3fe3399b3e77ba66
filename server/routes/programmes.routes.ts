import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, listOf, recordId } from '../../common/contracts/common';
import {
  enrolBodySchema,
  enrolmentDetailSchema,
  enrolmentUpdateSchema,
  enrolmentViewSchema,
  exitBodySchema,
  exitResultSchema,
  groupBodySchema,
  groupDetailSchema,
  groupListQuerySchema,
  groupStaffSchema,
  groupSummarySchema,
  groupUpdateSchema,
  registerBodySchema,
  registerQuerySchema,
  registerResultSchema,
  registerSchema,
  taskDoneResultSchema,
} from '../../common/contracts/programmes';
import type { Deps } from '../domain/context';
import { readRegister, saveRegister } from '../domain/programmes/attendance.service';
import {
  changeEnrolment,
  completeTask,
  enrol,
  enrolmentDetail,
  exitChild,
} from '../domain/programmes/enrolments.service';
import {
  browseGroups,
  changeGroup,
  createGroup,
  groupDetail,
  groupStaff,
} from '../domain/programmes/groups.service';
import { errorResponses } from '../plugins/responses';

const read = { access: 'programmes.read' as const };
const manage = { access: 'programmes.manage' as const };
const attend = { access: 'attendance.write' as const };
const tags = ['programmes'];

/** Day care, education courses and the kindergarten: groups, enrolments, registers and follow-ups. */
export function programmesRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/groups',
    {
      config: read,
      schema: {
        tags,
        summary:
          "Groups and courses of the day-care, education and kindergarten programmes in the user's scope",
        querystring: groupListQuerySchema,
        response: { 200: listOf(groupSummarySchema), ...errorResponses },
      },
    },
    async (request) => ({ items: await browseGroups(deps, request.ctx, request.query) }),
  );
  r.post(
    '/api/groups',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a group or course of a programme',
        body: groupBodySchema,
        response: { 201: groupSummarySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createGroup(deps, request.ctx, request.body)),
  );
  r.get(
    '/api/group-staff',
    {
      config: manage,
      schema: {
        tags,
        summary: "Who can teach a programme's groups, and who can follow a child's family",
        querystring: z.object({ programmeId: recordId('programme') }),
        response: { 200: groupStaffSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (request) => groupStaff(deps, request.ctx, request.query.programmeId),
  );
  r.get(
    '/api/groups/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A group with its children (enrolled, waiting in order, left) and latest sessions (audited)',
        params: idParamsSchema,
        response: { 200: groupDetailSchema, ...errorResponses },
      },
    },
    async (request) => groupDetail(deps, request.ctx, request.params.id),
  );
  r.put(
    '/api/groups/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change a group: name, places, dates, absence follow-up days, teacher, status',
        params: idParamsSchema,
        body: groupUpdateSchema,
        response: { 200: groupSummarySchema, ...errorResponses },
      },
    },
    async (request) => changeGroup(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/groups/:id/enrolments',
    {
      config: manage,
      schema: {
        tags,
        summary: 'A child applies for a place: enrolled if one is free, else on the waiting list',
        params: idParamsSchema,
        body: enrolBodySchema,
        response: { 201: enrolmentViewSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await enrol(deps, request.ctx, request.params.id, request.body)),
  );
  r.get(
    '/api/groups/:id/register',
    {
      config: read,
      schema: {
        tags,
        summary: "A group's attendance register for a date (audited)",
        params: idParamsSchema,
        querystring: registerQuerySchema,
        response: { 200: registerSchema, ...errorResponses },
      },
    },
    async (request) => readRegister(deps, request.ctx, request.params.id, request.query.date),
  );
  r.put(
    '/api/groups/:id/register',
    {
      config: attend,
      schema: {
        tags,
        summary: "Save a whole group's attendance for a date; raises absence follow-ups",
        params: idParamsSchema,
        body: registerBodySchema,
        response: { 200: registerResultSchema, ...errorResponses },
      },
    },
    async (request) => saveRegister(deps, request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/enrolments/:id',
    {
      config: read,
      schema: {
        tags,
        summary: "A child's enrolment with their attendance and follow-ups (audited)",
        params: idParamsSchema,
        response: { 200: enrolmentDetailSchema, ...errorResponses },
      },
    },
    async (request) => enrolmentDetail(deps, request.ctx, request.params.id),
  );
  r.patch(
    '/api/enrolments/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: "Name the social worker who follows the child's family",
        params: idParamsSchema,
        body: enrolmentUpdateSchema,
        response: { 200: enrolmentViewSchema, ...errorResponses },
      },
    },
    async (request) => changeEnrolment(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/enrolments/:id/exit',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'A child leaves the group (with the outcome) or the waiting list; the place goes to the next',
        params: idParamsSchema,
        body: exitBodySchema,
        response: { 200: exitResultSchema, ...errorResponses },
      },
    },
    async (request) => exitChild(deps, request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/tasks/:id/done',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Mark a follow-up task done',
        params: idParamsSchema,
        response: { 200: taskDoneResultSchema, ...errorResponses },
      },
    },
    async (request) => completeTask(deps, request.ctx, request.params.id),
  );
}
