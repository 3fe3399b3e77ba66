import type { z } from 'zod';
import {
  ACTION_STATUSES,
  type Commitment,
  type commitmentCountryBodySchema,
} from '../../../common/contracts/working-group';
import {
  commitmentStatuses,
  findCommitmentStatus,
  listActions,
  listCommitments,
  memberCountryExists,
  saveCommitmentStatus,
} from '../../db/repositories/working-group-actions.repository';
import { listMemberCountries } from '../../db/repositories/working-group-meetings.repository';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { ruleViolation } from '../errors';
import { withOverdue } from './action-items.service';
import { requireCooperation, requireCountryEditor } from './membership';

/**
 * The declaration's commitments (shared/domain.md §10) and the group's progress on each at a
 * glance: the action items serving it, counted by status, and each member country's own status.
 */
export async function commitments(deps: Deps, ctx: RequestContext): Promise<{ items: Commitment[] }> {
  await requireCooperation(deps, ctx);
  const day = today(deps.clock);
  const [list, actions, statuses, countries] = await Promise.all([
    listCommitments(deps.db),
    listActions(deps.db, {}),
    commitmentStatuses(deps.db),
    listMemberCountries(deps.db),
  ]);
  const current = countries.filter((c) => c.status !== 'left');
  const items = list.map((c) => {
    const serving = actions.filter((a) => a.commitment === c.code).map(withOverdue(day));
    const counts = Object.fromEntries(
      ACTION_STATUSES.map((s) => [s, serving.filter((a) => a.status === s).length]),
    ) as Record<(typeof ACTION_STATUSES)[number], number>;
    return {
      code: c.code as Commitment['code'],
      titles: c.titles,
      counts: { ...counts, overdue: serving.filter((a) => a.overdue).length },
      actions: serving,
      countries: current.map((country) => {
        const s = statuses.find((x) => x.commitment === c.code && x.country === country.code);
        return {
          country: country.code,
          status: s?.status ?? ('not_started' as const),
          note: s?.note ?? '',
          version: s?.version ?? null,
        };
      }),
    };
  });
  return { items };
}

/** A country's delegate (or an administrator) records the country's status on a commitment. */
export async function recordCommitmentStatus(
  deps: Deps,
  ctx: RequestContext,
  code: string,
  country: string,
  body: z.infer<typeof commitmentCountryBodySchema>,
) {
  const { actor } = await requireCountryEditor(deps, ctx, country);
  await deps.db.transaction(async (tx) => {
    if (!(await memberCountryExists(tx, country)))
      throw ruleViolation('cooperation_not_a_member', { country });
    const before = await findCommitmentStatus(tx, code, country);
    const saved = await saveCommitmentStatus(tx, { commitment: code, country, ...body, by: actor.userId });
    if (!saved) throw await versionConflict(tx, 'commitment_status', `${code}:${country}`, before?.version);
    await audit(tx, ctx, {
      action: 'cooperation.commitment_status_recorded',
      entityType: 'commitment_status',
      entityId: `${code}:${country}`,
      changes: { status: { from: before?.status ?? null, to: body.status }, note: body.note },
    });
  });
  return commitments(deps, ctx);
}
