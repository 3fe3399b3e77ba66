import {
  type DelegateRecord,
  delegateOfUser,
  isHub,
} from '../../db/repositories/cooperation-members.repository';
import { requirePermission } from '../access/actor';
import type { Permission } from '../access/policy';
import { type Actor, type Deps, type RequestContext, today } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';

/**
 * Who may do what in the cooperation space (decision 0045). The space exists only on an
 * installation switched to be the hub: elsewhere its routes answer 404, as for a missing page.
 * A delegate changes only their own country's entries; the chair and the secretary run the
 * meetings; an administrator of the hub may act for any country.
 */

export interface CooperationCaller {
  actor: Actor;
  /** Null for an administrator or a director, who are not delegates. */
  delegate: DelegateRecord | null;
}

/** The caller, if this installation is the hub and their role holds the permission. */
export async function requireCooperation(
  deps: Deps,
  ctx: RequestContext,
  permission: Extract<Permission, `cooperation.${string}`> = 'cooperation.read',
): Promise<CooperationCaller> {
  const actor = requirePermission(ctx, permission);
  if (!(await isHub(deps.db))) throw notFound();
  const delegate = await delegateOfUser(deps.db, actor.userId);
  return { actor, delegate: delegate && inTerm(delegate, today(deps.clock)) ? delegate : null };
}

function inTerm(d: DelegateRecord, day: string): boolean {
  return d.termFrom <= day && (d.termTo === null || d.termTo >= day);
}

/** The caller may write for `country`: an administrator, or a delegate of that country in term. */
export async function requireCountryEditor(
  deps: Deps,
  ctx: RequestContext,
  country: string,
): Promise<CooperationCaller> {
  const caller = await requireCooperation(deps, ctx, 'cooperation.write');
  if (caller.actor.role === 'admin') return caller;
  if (!caller.delegate) throw new AppError('forbidden');
  if (caller.delegate.country !== country) throw ruleViolation('cooperation_not_your_country', { country });
  return caller;
}

/** The caller runs the group's meetings: an administrator, or the chair or secretary in term. */
export async function requireGroupOfficer(deps: Deps, ctx: RequestContext): Promise<CooperationCaller> {
  const caller = await requireCooperation(deps, ctx, 'cooperation.write');
  if (caller.actor.role === 'admin') return caller;
  if (caller.delegate?.groupRole === 'chair' || caller.delegate?.groupRole === 'secretary') return caller;
  throw ruleViolation('cooperation_officers_only');
}
