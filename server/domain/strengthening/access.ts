import type { Db, Queryable } from '../../db/client';
import {
  findHousehold,
  type HouseholdRecord,
  householdAccessFacts,
} from '../../db/repositories/households.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, notFound } from '../errors';
import { type HouseholdAccess, householdAccess } from './rules';

/**
 * The household and how much of it this user may see; a household they may not see at all
 * answers exactly like one that does not exist.
 */
export async function loadHousehold(
  q: Queryable,
  ctx: RequestContext,
  clock: Deps['clock'],
  id: string,
): Promise<{
  household: HouseholdRecord;
  access: HouseholdAccess & { level: 'full' | 'shared' | 'summary' };
}> {
  const actor = requirePermission(ctx, 'strengthening.read');
  const facts = await householdAccessFacts(q, viewerOf(actor), id);
  if (!facts) throw notFound();
  const access = householdAccess(actor.role, facts, today(clock));
  if (access.level === 'none') throw notFound();
  const household = (await findHousehold(q, id))!;
  return { household, access: { ...access, level: access.level } };
}

/**
 * The household, for a change: only whoever works with the family changes its record; a worker
 * who sees it through another programme or alternative care may not (403).
 */
export async function loadForChange(
  q: Queryable,
  ctx: RequestContext,
  clock: Deps['clock'],
  id: string,
): Promise<HouseholdRecord> {
  requirePermission(ctx, 'strengthening.write');
  const { household, access } = await loadHousehold(q, ctx, clock, id);
  if (!access.canWrite) throw new AppError('forbidden');
  return household;
}

/**
 * Deps whose database is the open transaction: a service of another area called with them
 * (the referral that opens a separated child's case) writes in the same transaction.
 */
export function withinTransaction(deps: Deps, tx: Queryable): Deps {
  const db: Db = {
    kind: deps.db.kind,
    query: <T>(sql: string, params?: unknown[]) => tx.query<T>(sql, params),
    exec: (sql: string) => tx.exec(sql),
    transaction: (work) => work(tx),
    close: async () => {},
  };
  return { ...deps, db };
}
