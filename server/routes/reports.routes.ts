import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { reportSchema, reportYearQuerySchema } from '../../common/contracts/reports';
import type { Deps } from '../domain/context';
import { reportPdf } from '../domain/exports/reports.service';
import { annualReport, ministryReport } from '../domain/reports/standard-reports.service';
import { errorResponses } from '../plugins/responses';
import { sendDownload } from './exports.routes';
import { fileAnswer } from './files';

const tags = ['reports'];
const REPORTS = {
  annual: { build: annualReport, summary: "The association's annual report for a year" },
  ministry: {
    build: ministryReport,
    summary:
      'The report to the ministry for a year: foster care, entries prevented, returns from institutions',
  },
} as const;

/** The standard reports in one click: as JSON for the page and as a printable PDF. */
export function reportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const [name, report] of Object.entries(REPORTS)) {
    r.get(
      `/api/reports/${name}`,
      {
        config: { access: 'reports.read' },
        schema: {
          tags,
          summary: report.summary,
          querystring: reportYearQuerySchema,
          response: { 200: reportSchema, ...errorResponses, 422: errorResponses[400] },
        },
      },
      async (q) => report.build(deps, q.ctx, q.query.year),
    );
    r.get(
      `/api/reports/${name}.pdf`,
      {
        config: { access: 'reports.read' },
        schema: {
          tags,
          summary: `${report.summary}, as a printable PDF in the chosen language`,
          querystring: reportYearQuerySchema,
          response: {
            200: fileAnswer('The PDF', ['application/pdf']),
            ...errorResponses,
            422: errorResponses[400],
          },
        },
      },
      async (q, reply) =>
        sendDownload(
          reply,
          await reportPdf(deps, q.ctx, {
            name,
            access: 'reports.read',
            filters: { year: q.query.year },
            build: () => report.build(deps, q.ctx, q.query.year),
          }),
        ),
    );
  }
}
