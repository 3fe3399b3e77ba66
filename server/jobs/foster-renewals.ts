import { markRenewalsDue } from '../db/repositories/foster-family-status.repository';
import { audit } from '../domain/audit/audit';
import type { Job } from './runner';

/** Approvals come up for renewal this many days before they end (the families list flags the same). */
export const RENEWAL_NOTICE_DAYS = 60;

/**
 * Once a day: approved, available and active foster families whose approval ends within 60 days
 * become "renewal due", each with an audit row (shared/domain.md §5: … → renewal due → closed).
 */
export const fosterRenewalsJob: Job = {
  name: 'foster.renewals',
  everyMs: 24 * 60 * 60 * 1000,
  async run(deps, tx, ctx) {
    const today = deps.clock.now().toISOString().slice(0, 10);
    const changed = await markRenewalsDue(tx, today, RENEWAL_NOTICE_DAYS);
    for (const f of changed) {
      await audit(tx, ctx, {
        action: 'foster.renewal_due',
        entityType: 'foster_family',
        entityId: f.id,
        changes: { status: { from: f.from, to: 'renewal_due' }, approvalExpiresOn: f.approvalExpiresOn },
      });
    }
    return { today, changed: changed.length };
  },
};
