import type { ProgrammeView, VillageView } from '../../../common/contracts/organisation';
import type { ProgrammeType } from '../../../common/organisation';
import {
  findProgramme,
  listHouses,
  listLocations,
  listProgrammes,
} from '../../db/repositories/organisation.repository';
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
  const date = asOf ?? deps.clock.now().toISOString().slice(0, 10);
  return { programme: found, houses: await listHouses(deps.db, id, date) };
}
