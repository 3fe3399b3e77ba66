import { FUNNEL_STAGES, type Funnel } from '../../../common/contracts/recruitment';
import type { DropReason } from '../../../common/foster';
import { findFamily } from '../../db/repositories/foster-families.repository';
import {
  dropOutReasons,
  findInquiry,
  funnelFacts,
  insertAmbassador,
  insertCampaign,
  insertEvent,
  insertInquiry,
  listAmbassadors,
  listCampaigns,
  listEvents,
  listInquiries,
  updateInquiry,
} from '../../db/repositories/recruitment.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths } from '../dates';
import { notFound, ruleViolation } from '../errors';

type Kind = 'campaign' | 'ambassador' | 'event' | 'inquiry';
const INSERT = {
  campaign: insertCampaign,
  ambassador: insertAmbassador,
  event: insertEvent,
  inquiry: insertInquiry,
} as const;

/** Records a campaign, an ambassador, an outreach event or an inquiry (with its source). */
export async function recordRecruitment<K extends Kind>(
  deps: Deps,
  ctx: RequestContext,
  kind: K,
  body: Parameters<(typeof INSERT)[K]>[1],
) {
  const actor = requirePermission(ctx, 'foster.manage');
  return deps.db.transaction(async (tx) => {
    const insert = INSERT[kind] as (q: typeof tx, b: typeof body, by: string) => Promise<string>;
    const id = await insert(tx, body, actor.userId);
    await audit(tx, ctx, {
      action: `foster.${kind}_recorded`,
      entityType: `foster_${kind}`,
      entityId: id,
      changes: body,
    });
    return id;
  });
}

export async function recruitmentLists(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'foster.read');
  const [campaigns, ambassadors, events, inquiries] = await Promise.all([
    listCampaigns(deps.db),
    listAmbassadors(deps.db),
    listEvents(deps.db),
    listInquiries(deps.db),
  ]);
  return { campaigns, ambassadors, events, inquiries };
}

export async function changeInquiry(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    status: string;
    dropReasonCode?: DropReason | null;
    dropReason?: string | null;
    familyId?: string | null;
  },
) {
  requirePermission(ctx, 'foster.manage');
  // The reason is chosen from the list (counted in every language); what is written is a note.
  if (body.status === 'dropped' && !body.dropReasonCode) throw ruleViolation('drop_reason_required');
  // Only an inquiry that applied became a family; the family is one of the inquiry's country.
  const familyId = body.status === 'applied' ? (body.familyId ?? null) : null;
  return deps.db.transaction(async (tx) => {
    const current = await findInquiry(tx, id);
    if (!current) throw notFound();
    if (familyId) {
      const family = await findFamily(tx, familyId);
      if (!family) throw notFound();
      if (family.country !== current.country) throw ruleViolation('inquiry_family_other_country');
    }
    if (!(await updateInquiry(tx, id, { ...body, familyId })))
      throw await versionConflict(tx, 'foster_inquiry', id, current.version);
    await audit(tx, ctx, {
      action: 'foster.inquiry_updated',
      entityType: 'foster_inquiry',
      entityId: id,
      changes: { ...body, familyId },
    });
    return (await findInquiry(tx, id))!;
  });
}

const empty = () => Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Funnel['totals'];

/**
 * The funnel inquiries → applications → home studies → approvals → active families → placements,
 * by month, source, campaign or ambassador, with the median days to approval and drop-out reasons.
 */
export async function funnel(
  deps: Deps,
  ctx: RequestContext,
  q: { country?: string; from?: string; to?: string; by: Funnel['by'] },
): Promise<Funnel> {
  requirePermission(ctx, 'foster.read');
  const to = q.to ?? today(deps.clock);
  const from = q.from ?? addMonths(to, -12);
  const range = { country: q.country ?? null, from, to };
  const facts = await funnelFacts(deps.db, range);
  const rows = new Map<string, { key: string; label: string; counts: Funnel['totals'] }>();
  const totals = empty();
  for (const f of facts) {
    const key =
      q.by === 'month'
        ? String(f.on).slice(0, 7)
        : q.by === 'source'
          ? f.source
          : q.by === 'campaign'
            ? (f.campaignId ?? 'none')
            : (f.ambassadorId ?? 'none');
    const label =
      q.by === 'campaign' ? (f.campaignName ?? '—') : q.by === 'ambassador' ? (f.ambassadorName ?? '—') : key;
    const row = rows.get(key) ?? { key, label, counts: empty() };
    row.counts[f.stage]++;
    totals[f.stage]++;
    rows.set(key, row);
  }
  const days = facts
    .filter((f) => f.stage === 'approvals' && f.days !== null)
    .map((f) => Number(f.days))
    .sort((a, b) => a - b);
  const median = days.length
    ? days.length % 2
      ? days[(days.length - 1) / 2]!
      : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2
    : null;
  return {
    by: q.by,
    rows: [...rows.values()].sort((a, b) => a.key.localeCompare(b.key)),
    totals,
    medianDaysToApproval: median,
    dropOuts: await dropOutReasons(deps.db, range),
  };
}
