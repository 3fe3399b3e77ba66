import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { searchQuerySchema, searchResultSchema } from '../../common/contracts/search';
import type { Deps } from '../domain/context';
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
}
