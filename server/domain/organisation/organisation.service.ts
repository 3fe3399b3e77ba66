import type { ProgrammeView, VillageView } from '../../../common/contracts/organisation';
import type { ProgrammeType } from '../../../common/organisation';
import {
  childrenInHouses,
  findProgramme,
  listHouses,
  listLocations,
  listProgrammes,
  villageOccupancy,
} from '../../db/repositories/organisation.repository';
import { can } from '../access/policy';
import { requireActor } from '../auth/auth.service';
import type { Deps, RequestContext } from '../context';
import { notFound } from '../errors';

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
  return {
    programme: found,
    houses: houses.map((h) => ({
      ...h,
      children: children.filter((c) => c.houseId === h.id).map(({ houseId: _h, ...c }) => c),
    })),
  };
}

/** Month by month, how many children lived in the village and how many places it had. */
export async function occupancy(deps: Deps, ctx: RequestContext, id: string, months: number) {
  const found = await programme(deps, ctx, id);
  if (found.type !== 'family_based_care') throw notFound();
  return villageOccupancy(deps.db, id, months, deps.clock.now().toISOString().slice(0, 10));
}
