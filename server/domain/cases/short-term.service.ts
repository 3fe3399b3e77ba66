import type { SHORT_TERM_STATUSES } from '../../../common/contracts/leaving-care';
import type { Queryable } from '../../db/client';
import {
  episodesOfCase,
  findEpisode,
  insertEpisode,
  openEpisodeOfCase,
  scheduleFollowUps,
  updateEpisode,
} from '../../db/repositories/leaving-care.repository';
import { requirePermission } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths } from '../dates';
import { notFound, ruleViolation } from '../errors';

type Status = (typeof SHORT_TERM_STATUSES)[number];
/** The order of a short-term care episode; a step may be skipped, never taken back. */
const ORDER: Status[] = [
  'admitted',
  'assessment',
  'reintegration',
  'trial_return',
  'reunified',
  'follow_up',
  'closed',
];
const FINAL: Status[] = ['closed', 'referred_long_term'];
/** Visits to the family after a child goes home, in months (follow-up of reunification). */
export const REUNIFICATION_FOLLOW_UP_MONTHS = [1, 3, 6];

export function canMove(from: Status, to: Status): boolean {
  if (FINAL.includes(from)) return false;
  if (to === 'referred_long_term') return true;
  return ORDER.indexOf(to) > ORDER.indexOf(from);
}

export async function episodesOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'short_term');
  return (await episodesOfCase(deps.db, c.id)).map(({ caseId: _c, ...e }) => e);
}

/** Opens an episode when a child is admitted to short-term care (called with the placement). */
export async function openEpisodeIfNone(tx: Queryable, caseId: string, admittedOn: string) {
  if (!(await openEpisodeOfCase(tx, caseId))) await insertEpisode(tx, caseId, admittedOn);
}

/** Marks the open episode reunified when the short-term placement ends with the child going home. */
export async function reunifyEpisode(tx: Queryable, caseId: string, on: string) {
  const episode = await openEpisodeOfCase(tx, caseId);
  if (!episode || !canMove(episode.status, 'reunified')) return;
  await updateEpisode(tx, episode.id, null, { status: 'reunified', reunifiedOn: on });
  await scheduleFollowUps(
    tx,
    caseId,
    'reunification',
    REUNIFICATION_FOLLOW_UP_MONTHS.map((m) => addMonths(on, m)),
  );
}

export async function advanceEpisode(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; status: Status; on: string; reintegrationPlan?: string; familyWork?: string },
) {
  requirePermission(ctx, 'cases.write');
  if (body.on > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const e = await findEpisode(tx, id);
    if (!e) throw notFound();
    await loadOpenCase(tx, ctx, e.caseId);
    if (body.status !== e.status && !canMove(e.status, body.status)) throw ruleViolation('episode_step');
    if (body.on < e.admittedOn) throw ruleViolation('end_before_start');
    const dates = {
      trialReturnOn: body.status === 'trial_return' ? body.on : undefined,
      reunifiedOn: body.status === 'reunified' ? body.on : undefined,
      closedOn: FINAL.includes(body.status) ? body.on : undefined,
    };
    const saved = await updateEpisode(tx, id, body.version, {
      status: body.status,
      reintegrationPlan: body.reintegrationPlan,
      familyWork: body.familyWork,
      ...dates,
    });
    if (!saved) {
      throw await staleOrInvalid(tx, 'short_term_episode', id, e.version, body.version);
    }
    if (body.status === 'reunified' && e.status !== 'reunified') {
      await scheduleFollowUps(
        tx,
        e.caseId,
        'reunification',
        REUNIFICATION_FOLLOW_UP_MONTHS.map((m) => addMonths(body.on, m)),
      );
    }
    await audit(tx, ctx, {
      action: 'short_term.updated',
      entityType: 'short_term_episode',
      entityId: id,
      caseId: e.caseId,
      changes: { status: { from: e.status, to: body.status }, on: body.on },
    });
    const { caseId: _c, ...view } = (await findEpisode(tx, id))!;
    return view;
  });
}
