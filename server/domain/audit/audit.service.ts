import type { AuditEventView, AuditQuery } from '../../../common/contracts/audit';
import { distinctAuditActions, findAuditEvents } from '../../db/repositories/audit.repository';
import { auditRecordNames } from '../../db/repositories/audit-records.repository';
import { requirePermission, viewerOf } from '../access/actor';
import type { Deps, RequestContext } from '../context';

/**
 * One page of the audit log, each event naming its record (the case number and child, the
 * person, the user…) as far as the reader may see it, so nobody has to look ids up.
 */
export async function browseAudit(deps: Deps, ctx: RequestContext, query: AuditQuery) {
  const actor = requirePermission(ctx, 'audit.read');
  const { items, total } = await findAuditEvents(deps.db, query);
  const names = await auditRecordNames(deps.db, items, viewerOf(actor), ctx.locale);
  const named = items.map(
    (e): AuditEventView => ({
      ...e,
      recordName: e.entityId ? (names.records.get(`${e.entityType}:${e.entityId}`) ?? null) : null,
      caseNumber: e.caseId ? (names.caseNumbers.get(e.caseId) ?? null) : null,
    }),
  );
  return { items: named, total, page: query.page, pageSize: query.pageSize };
}

export function auditActions(deps: Deps) {
  return distinctAuditActions(deps.db);
}
