import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema, pageOf, pageQuerySchema } from '../../common/contracts/common';
import {
  duplicateCheckBodySchema,
  duplicateCheckResultSchema,
  mergeBodySchema,
  mergeViewSchema,
  personSummarySchema,
  searchQuerySchema,
  searchResultSchema,
} from '../../common/contracts/search';
import type { Deps } from '../domain/context';
import { checkDuplicates } from '../domain/search/duplicates.service';
import { mergePeople, merges, personSummary, undoMerge } from '../domain/search/merges.service';
import { findPeople } from '../domain/search/search.service';
import { errorResponses } from '../plugins/responses';

export function searchRoutes(app: FastifyInstance, deps: Deps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/search/people',
    {
      config: { access: 'cases.read' },
      schema: {
        tags: ['search'],
        summary:
          'Find people by any part of their name in any script or spelling, with birth year, identity or case number',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...errorResponses },
      },
    },
    async (request) => findPeople(deps, request.ctx, request.query.q, request.query.limit),
  );
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/people/duplicate-check',
    {
      config: { access: 'cases.write' },
      schema: {
        tags: ['search'],
        summary:
          'Likely existing records of a person about to be registered (name across scripts, birth date, parents, identity number)',
        body: duplicateCheckBodySchema,
        response: { 200: duplicateCheckResultSchema, ...errorResponses },
      },
    },
    async (request) => checkDuplicates(deps, request.ctx, request.body),
  );

  const r = app.withTypeProvider<ZodTypeProvider>();
  const merge = { access: 'people.merge' as const };
  r.get(
    '/api/people/merges',
    {
      config: merge,
      schema: {
        tags: ['search'],
        summary: 'Merges of person records, newest first',
        querystring: pageQuerySchema,
        response: { 200: pageOf(mergeViewSchema), ...errorResponses },
      },
    },
    async (q) => merges(deps, q.ctx, q.query),
  );
  r.post(
    '/api/people/merges',
    {
      config: merge,
      schema: {
        tags: ['search'],
        summary: 'Merge two records of one person (everything moves to the survivor; can be undone)',
        body: mergeBodySchema,
        response: { 201: mergeViewSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q, reply) => reply.code(201).send(await mergePeople(deps, q.ctx, q.body)),
  );
  r.post(
    '/api/people/merges/:id/undo',
    {
      config: merge,
      schema: {
        tags: ['search'],
        summary: 'Undo a merge',
        params: idParamsSchema,
        response: { 200: mergeViewSchema, ...errorResponses },
      },
    },
    async (q) => undoMerge(deps, q.ctx, q.params.id),
  );
  r.get(
    '/api/people/:id',
    {
      config: merge,
      schema: {
        tags: ['search'],
        summary: 'A person record with its cases and links, before a merge',
        params: idParamsSchema,
        response: { 200: personSummarySchema, ...errorResponses },
      },
    },
    async (q) => personSummary(deps, q.ctx, q.params.id),
  );
}
