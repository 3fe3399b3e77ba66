import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditPageSchema, auditQuerySchema } from '../../common/contracts/audit';
import { listOf } from '../../common/contracts/common';
import { auditActions, browseAudit } from '../domain/audit/audit.service';
import type { Deps } from '../domain/context';
import { errorResponses } from '../plugins/responses';

export function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'audit.read' as const };
  const tags = ['audit'];
  r.get(
    '/api/audit-events',
    {
      config,
      schema: {
        tags,
        summary: 'Browse and filter the audit log',
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errorResponses },
      },
    },
    async (request) => browseAudit(deps, request.ctx, request.query),
  );
  r.get(
    '/api/audit-events/actions',
    {
      config,
      schema: {
        tags,
        summary: 'The actions that occur in the audit log',
        response: { 200: listOf(z.string()), ...errorResponses },
      },
    },
    async () => ({ items: await auditActions(deps) }),
  );
}
