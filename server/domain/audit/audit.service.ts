import type { AuditEventView, AuditQuery } from '../../../common/contracts/audit';
import { distinctAuditActions, findAuditEvents } from '../../db/repositories/audit.repository';
import { auditRecordNames } from '../../db/repositories/audit-records.repository';
import type { Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import { audit } from './audit';

/**
 * One page of the audit log, each event naming its record (the case number and child, the
 * person, the user…) as far as the reader may see it, so nobody has to look ids up.
 */
export async function browseAudit(deps: Deps, ctx: RequestContext, query: AuditQuery) {
  // The route admits only readers of the audit log ('audit.read'); their scope bounds the names.
  // (Not through access/: that area writes audit rows, and folders must not import in a circle.)
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated');
  const { items, total } = await findAuditEvents(deps.db, query);
  const names = await auditRecordNames(
    deps.db,
    items,
    { scope: actor.scope, userId: actor.userId },
    ctx.locale,
  );
  const named = items.map(
    (e): AuditEventView => ({
      ...e,
      recordName: e.entityId ? (names.records.get(`${e.entityType}:${e.entityId}`) ?? null) : null,
      caseNumber: e.caseId ? (names.caseNumbers.get(e.caseId) ?? null) : null,
    }),
  );
  // Case numbers and children's names are a read of children's records: in the access log, as the
  // case list is.
  const children = named.filter((e) => e.caseNumber || (e.recordName && e.entityType === 'person')).length;
  if (children > 0)
    await audit(deps.db, ctx, {
      action: 'cases.listed',
      entityType: 'case_list',
      entityId: null,
      changes: { list: 'audit', shown: children },
    });
  return { items: named, total, page: query.page, pageSize: query.pageSize };
}

export function auditActions(deps: Deps) {
  return distinctAuditActions(deps.db);
}
