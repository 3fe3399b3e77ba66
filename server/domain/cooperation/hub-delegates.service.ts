import type { DelegateBody, DelegateUpdate } from '../../../common/contracts/cooperation-hub';
import type { Queryable } from '../../db/client';
import { insertDelegate } from '../../db/repositories/cooperation-members.repository';
import {
  delegateIdOfUser,
  findCooperationOrganisation,
  findDelegate,
  listDelegates,
  updateDelegate,
} from '../../db/repositories/cooperation-register.repository';
import { findUserById } from '../../db/repositories/users.repository';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireMemberCountry } from './hub-register.service';
import { requireCooperation } from './membership';

/** The working group's delegates as the hub's administrator records them (decision 0045). */

export async function delegates(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx, 'cooperation.read');
  return { items: await listDelegates(deps.db) };
}

/**
 * What a delegate row may point at: an organisation of the delegate's own country, and an account
 * of the role that sees the cooperation space only, not already another delegate's.
 */
async function checkLinks(
  q: Queryable,
  country: string,
  d: { organisationId: string | null; userId: string | null; termFrom: string; termTo: string | null },
  delegateId: string | null,
) {
  if (d.termTo !== null && d.termTo < d.termFrom) throw ruleViolation('end_before_start');
  if (d.organisationId) {
    const organisation = await findCooperationOrganisation(q, d.organisationId);
    if (!organisation) throw notFound();
    if (organisation.country !== country) throw ruleViolation('cooperation_organisation_other_country');
  }
  if (d.userId) {
    const user = await findUserById(q, d.userId);
    if (!user) throw notFound();
    if (user.role !== 'working_group_member') throw ruleViolation('cooperation_delegate_role');
    if (await delegateIdOfUser(q, d.userId, delegateId))
      throw ruleViolation('cooperation_user_already_delegate');
  }
}

export async function addDelegate(deps: Deps, ctx: RequestContext, body: DelegateBody) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  await requireMemberCountry(deps, body.country);
  return deps.db.transaction(async (tx) => {
    await checkLinks(tx, body.country, body, null);
    const id = await insertDelegate(tx, body);
    await audit(tx, ctx, {
      action: 'cooperation.delegate_added',
      entityType: 'working_group_delegate',
      entityId: id,
      changes: body,
    });
    return (await findDelegate(tx, id))!;
  });
}

export async function changeDelegate(deps: Deps, ctx: RequestContext, id: string, body: DelegateUpdate) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const before = await findDelegate(tx, id);
    if (!before) throw notFound();
    await checkLinks(tx, before.country, body, id);
    if (!(await updateDelegate(tx, id, body)))
      throw await versionConflict(tx, 'working_group_delegate', id, before.version);
    const { version: _v, ...changed } = body;
    await audit(tx, ctx, {
      action: 'cooperation.delegate_changed',
      entityType: 'working_group_delegate',
      entityId: id,
      changes: diff(before, changed),
    });
    return (await findDelegate(tx, id))!;
  });
}
