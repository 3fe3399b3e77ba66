import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  duplicateCheckBodySchema,
  duplicateCheckResultSchema,
  searchQuerySchema,
  searchResultSchema,
} from '../../common/contracts/search';
import type { Deps } from '../domain/context';
import { checkDuplicates } from '../domain/search/duplicates.service';
import { findPeople } from '../domain/search/search.service';
import { errorResponses } from './responses';

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
}
