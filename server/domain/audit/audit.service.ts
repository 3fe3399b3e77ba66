import type { AuditQuery } from '../../../common/contracts/audit';
import { distinctAuditActions, findAuditEvents } from '../../db/repositories/audit.repository';
import type { Deps } from '../context';

export async function browseAudit(deps: Deps, query: AuditQuery) {
  const { items, total } = await findAuditEvents(deps.db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function auditActions(deps: Deps) {
  return distinctAuditActions(deps.db);
}
