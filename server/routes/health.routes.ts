import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { databaseAnswers } from '../db/repositories/system.repository';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

const healthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
});

export function healthRoutes(app: FastifyInstance, deps: Deps) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Service and database state',
        // 400: a path Fastify cannot read (broken percent-encoding) is refused before any route runs.
        response: { 200: healthSchema, 400: errorResponses[400], 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const started = performance.now();
      const ok = await databaseAnswers(deps.db);
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        database: { kind: deps.db.kind, ok, latencyMs: Math.round((performance.now() - started) * 10) / 10 },
      };
      return reply.code(ok ? 200 : 503).send(body);
    },
  );
}
