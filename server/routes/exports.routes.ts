import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EXPORT_HEADERS, funnelPdfQuerySchema } from '../../common/contracts/exports';
import type { Deps } from '../domain/context';
import { CONTENT_TYPES, type Download, startExport } from '../domain/exports/exports.service';
import { EXPORTS } from '../domain/exports/lists';
import type { ExportDefinition } from '../domain/exports/registry';
import { funnelReport } from '../domain/exports/reports.service';
import { errorResponses } from '../plugins/responses';
import { attachment, fileAnswer } from './files';

/**
 * Sends a download as an attachment (never shown inline), streamed when it is a stream; the
 * row count and the estimated size go first in headers, for the progress bar.
 */
export function sendDownload(reply: FastifyReply, download: Download) {
  reply
    .type(download.contentType)
    .header('content-disposition', attachment(download.filename))
    .header('x-content-type-options', 'nosniff');
  if (download.totalRows !== undefined) reply.header(EXPORT_HEADERS.totalRows, String(download.totalRows));
  if (download.estimatedBytes !== undefined)
    reply.header(EXPORT_HEADERS.estimatedBytes, String(download.estimatedBytes));
  return reply.send(download.body);
}

const mediaType = (contentType: string) => contentType.split(';')[0]!;
const file = fileAnswer('The file: CSV (UTF-8 with BOM) or XLSX, streamed', [
  mediaType(CONTENT_TYPES.csv),
  CONTENT_TYPES.xlsx,
]);

/** `GET /api/exports/<name>` for every list declared in domain/exports/lists.ts. */
export function exportsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const definition of EXPORTS as readonly ExportDefinition[]) {
    r.get(
      `/api/exports/${definition.name}`,
      {
        config: { access: definition.access },
        schema: {
          tags: ['exports'],
          summary: definition.summary,
          querystring: definition.query,
          response: { 200: file, ...errorResponses },
        },
      },
      async (q, reply) => sendDownload(reply, await startExport(deps, q.ctx, definition, q.query)),
    );
  }
  r.get(
    '/api/foster/funnel.pdf',
    {
      config: { access: 'foster.read' },
      schema: {
        tags: ['exports', 'foster recruitment'],
        summary: 'The recruitment funnel as a printable PDF report (chart and tables) in the chosen language',
        querystring: funnelPdfQuerySchema,
        response: { 200: fileAnswer('The PDF', [CONTENT_TYPES.pdf]), ...errorResponses },
      },
    },
    async (q, reply) => sendDownload(reply, await funnelReport(deps, q.ctx, q.query)),
  );
}
