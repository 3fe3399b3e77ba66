import type { Queryable } from '../../db/client';
import { insertAuditEvent } from '../../db/repositories/audit.repository';
import type { RequestContext } from '../context';

/**
 * Writes one audit row with the transaction of the change it records, so a change and
 * its audit row are committed together or not at all.
 */
export function audit(
  tx: Queryable,
  ctx: RequestContext,
  event: {
    action: string;
    entityType: string;
    entityId: string | null;
    changes?: unknown;
    caseId?: string | null;
  },
  actorOverride?: { userId: string; username: string },
): Promise<void> {
  return insertAuditEvent(tx, {
    actorUserId: actorOverride?.userId ?? ctx.actor?.userId ?? null,
    actorUsername: actorOverride?.username ?? ctx.actor?.username ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    ...event,
  });
}

/** The fields whose values differ, as { field: { from, to } }; secrets are named, never shown. */
export function diff<T extends object>(
  before: T,
  after: Partial<T>,
  secret: readonly (keyof T)[] = [],
): Record<string, { from: unknown; to: unknown } | '(changed)'> {
  const changes: Record<string, { from: unknown; to: unknown } | '(changed)'> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const to = after[key];
    if (to === undefined) continue;
    const from = before[key];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[String(key)] = secret.includes(key) ? '(changed)' : { from, to };
  }
  return changes;
}
