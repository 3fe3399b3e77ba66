import type { Report } from '../../../common/contracts/exports';
import { FUNNEL_STAGES, type Funnel } from '../../../common/contracts/recruitment';
import { formatDate } from '../../../common/i18n/format';
import { requirePermission } from '../access/actor';
import type { Permission } from '../access/policy';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths } from '../dates';
import { funnel } from '../foster/recruitment.service';
import { CONTENT_TYPES, type Download, downloadName } from './exports.service';
import { renderReportPdf } from './pdf';
import { exportLabels } from './registry';

/**
 * A report as a PDF download: checks the permission, builds the report (translated), writes
 * the audit row (which report, which filters) and renders it. Dashboards and annual reports
 * call this with their own builder.
 */
export async function reportPdf(
  deps: Deps,
  ctx: RequestContext,
  spec: { name: string; access: Permission; filters: Record<string, unknown>; build(): Promise<Report> },
): Promise<Download> {
  requirePermission(ctx, spec.access);
  const report = await spec.build();
  await audit(deps.db, ctx, {
    action: 'report.exported',
    entityType: 'export',
    entityId: null,
    changes: { report: spec.name, format: 'pdf', filters: spec.filters },
  });
  const day = today(deps.clock);
  return {
    filename: downloadName(report.title, day, 'pdf'),
    contentType: CONTENT_TYPES.pdf,
    body: await renderReportPdf(report, ctx.locale, { printedOn: day }),
  };
}

/** The foster-family funnel (`GET /api/foster/funnel`) as a report: stages, breakdown, drop-outs. */
export function funnelReport(
  deps: Deps,
  ctx: RequestContext,
  query: { country?: string; from?: string; to?: string; by: Funnel['by'] },
): Promise<Download> {
  return reportPdf(deps, ctx, {
    name: 'foster-funnel',
    access: 'foster.read',
    filters: { country: query.country, from: query.from, to: query.to, by: query.by },
    async build() {
      const data = await funnel(deps, ctx, query);
      const l = exportLabels(ctx.locale, today(deps.clock));
      const to = query.to ?? today(deps.clock);
      const from = query.from ?? addMonths(to, -12);
      const stage = (s: string) => l.t(`funnel.stage.${s}`);
      const groupLabel = (row: Funnel['rows'][number]) =>
        data.by === 'month'
          ? formatDate(l.locale, `${row.key}-01`, 'month')
          : data.by === 'source'
            ? l.label('funnel.source', row.key)
            : row.label;
      const median =
        data.medianDaysToApproval === null
          ? '—'
          : l.t('funnel.days', { days: Math.round(data.medianDaysToApproval) });
      const byName = l.t(`funnel.by.${data.by}`);
      return {
        title: l.t('funnel.title'),
        subtitle: [
          l.t('exports.funnel.period', { from: formatDate(l.locale, from), to: formatDate(l.locale, to) }),
          query.country ? l.label('foster.country', query.country) : l.t('exports.funnel.countryAll'),
        ].join(' · '),
        sections: [
          {
            heading: l.t('exports.funnel.stages'),
            chart: {
              kind: 'bar',
              title: l.t('funnel.chart'),
              categories: FUNNEL_STAGES.map(stage),
              series: [
                { label: l.t('exports.funnel.families'), values: FUNNEL_STAGES.map((s) => data.totals[s]) },
              ],
            },
            table: {
              columns: [
                { heading: l.t('exports.funnel.stage') },
                { heading: l.t('exports.funnel.families'), kind: 'number' },
              ],
              rows: FUNNEL_STAGES.map((s) => [stage(s), data.totals[s]]),
            },
            note: l.t('exports.funnel.note', { median }),
          },
          {
            heading: l.t('exports.funnel.byGroup', { by: byName }),
            chart: data.rows.length
              ? {
                  kind: 'bar',
                  categories: data.rows.map(groupLabel),
                  series: (['inquiries', 'applications', 'approvals'] as const).map((s) => ({
                    label: stage(s),
                    values: data.rows.map((r) => r.counts[s]),
                  })),
                }
              : undefined,
            table: {
              columns: [
                { heading: byName },
                ...FUNNEL_STAGES.map((s) => ({ heading: stage(s), kind: 'number' as const })),
              ],
              rows: data.rows.map((r) => [groupLabel(r), ...FUNNEL_STAGES.map((s) => r.counts[s])]),
            },
          },
          {
            heading: l.t('funnel.dropOuts'),
            table: {
              columns: [
                { heading: l.t('exports.funnel.stage') },
                { heading: l.t('exports.funnel.reason') },
                { heading: l.t('exports.funnel.families'), kind: 'number' },
              ],
              rows: data.dropOuts.map((d) => [
                l.t(`funnel.dropStage.${d.stage}`),
                d.reason ? l.t(`funnel.dropReason.${d.reason}`) : l.t('funnel.reasonInDecision'),
                d.count,
              ]),
            },
          },
        ],
      };
    },
  });
}
