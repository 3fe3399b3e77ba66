import { SUPPRESSION_THRESHOLD } from '../../../common/contracts/indicators';
import type {
  ProgrammeSettingsBody,
  ProgrammeView,
  VillageView,
} from '../../../common/contracts/organisation';
import type { ProgrammeType } from '../../../common/organisation';
import { refreshNextReview } from '../../db/repositories/cases.repository';
import {
  casesOfProgramme,
  childrenInHouses,
  findProgramme,
  listHouses,
  listLocations,
  listProgrammes,
  updateProgrammeSettings,
  villageOccupancy,
} from '../../db/repositories/organisation.repository';
import { requireActor } from '../access/actor';
import { can } from '../access/policy';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound } from '../errors';
import { protectCount, seesAggregatesOnly } from '../indicators/suppression';

export function locations(deps: Deps, ctx: RequestContext) {
  return listLocations(deps.db, requireActor(ctx).scope);
}

export function programmes(
  deps: Deps,
  ctx: RequestContext,
  filter: { type?: ProgrammeType; locationId?: string },
) {
  return listProgrammes(deps.db, requireActor(ctx).scope, filter);
}

/** A programme outside the user's scope answers exactly like one that does not exist. */
export async function programme(deps: Deps, ctx: RequestContext, id: string): Promise<ProgrammeView> {
  const found = await findProgramme(deps.db, requireActor(ctx).scope, id);
  if (!found) throw notFound();
  return found;
}

/** An SOS Children's Village with its family houses, SOS parents and occupancy on a date. */
export async function village(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  asOf?: string,
): Promise<VillageView> {
  const found = await programme(deps, ctx, id);
  if (found.type !== 'family_based_care') throw notFound();
  const actor = requireActor(ctx);
  const date = asOf ?? deps.clock.now().toISOString().slice(0, 10);
  const houses = await listHouses(deps.db, id, date);
  // Names only for roles that work with children's records; an analyst sees the figures.
  const children = can(actor.role, 'cases.read')
    ? await childrenInHouses(deps.db, id, date, { scope: actor.scope, userId: actor.userId })
    : [];
  // A reader of aggregates only (decision 0019): no SOS parent's or aunt's name, and the
  // children of a house counted as published everywhere else (under 5 withheld).
  const aggregates = seesAggregatesOnly(actor.role);
  return {
    programme: found,
    houses: houses.map((h) => ({
      ...h,
      ...(aggregates
        ? {
            sosParent: null,
            aunts: [],
            childrenCount: protectCount(h.childrenCount ?? 0, SUPPRESSION_THRESHOLD),
          }
        : {}),
      children: children.filter((c) => c.houseId === h.id).map(({ houseId: _h, ...c }) => c),
    })),
  };
}

/**
 * An administrator changes a programme's policy settings (review interval, days to assess after
 * an emergency placement, after-care follow-up months); due review dates follow at once.
 */
export async function changeProgrammeSettings(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: ProgrammeSettingsBody,
) {
  const actor = requireActor(ctx);
  if (!can(actor.role, 'organisation.manage')) throw new AppError('forbidden');
  return deps.db.transaction(async (tx) => {
    const before = await findProgramme(tx, actor.scope, id);
    if (!before) throw notFound();
    if (!(await updateProgrammeSettings(tx, id, body)))
      throw await versionConflict(tx, 'programme', id, before.version);
    for (const caseId of await casesOfProgramme(tx, id)) await refreshNextReview(tx, caseId);
    const { version: _v, ...settings } = body;
    await audit(tx, ctx, {
      action: 'programme.settings_changed',
      entityType: 'programme',
      entityId: id,
      changes: diff(before, settings),
    });
    return (await findProgramme(tx, actor.scope, id))!;
  });
}

/** Month by month, how many children lived in the village and how many places it had. */
export async function occupancy(deps: Deps, ctx: RequestContext, id: string, months: number) {
  const found = await programme(deps, ctx, id);
  if (found.type !== 'family_based_care') throw notFound();
  const points = await villageOccupancy(deps.db, id, months, deps.clock.now().toISOString().slice(0, 10));
  return seesAggregatesOnly(requireActor(ctx).role)
    ? points.map((p) => ({ ...p, children: protectCount(p.children ?? 0, SUPPRESSION_THRESHOLD) }))
    : points;
}
