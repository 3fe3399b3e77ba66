import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countryFiguresSchema, figuresQuerySchema } from '../../common/contracts/cooperation-figures';
import type { Deps } from '../domain/context';
import { countryFigures } from '../domain/cooperation/figures.service';
import { errorResponses } from '../plugins/responses';

const tags = ['cooperation'];

/** The hub's comparable figures: the member countries side by side from their indicator documents. */
export function cooperationFiguresRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cooperation/figures',
    {
      config: { access: 'cooperation.read' },
      schema: {
        tags,
        summary:
          "The member countries' figures by year from each country's latest indicator document (404 unless this installation is the hub)",
        querystring: figuresQuerySchema,
        response: { 200: countryFiguresSchema, ...errorResponses, 422: errorResponses[400] },
      },
    },
    async (q) => countryFigures(deps, q.ctx, q.query),
  );
}
