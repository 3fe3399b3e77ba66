import type {
  MemberCountryBody,
  MemberCountryUpdate,
  OrganisationBody,
  OrganisationUpdate,
} from '../../../common/contracts/cooperation-hub';
import {
  insertCooperationOrganisation,
  insertMemberCountry,
} from '../../db/repositories/cooperation-members.repository';
import {
  findCooperationOrganisation,
  findMemberCountry,
  hubSettings,
  listCooperationOrganisations,
  listMemberCountries,
  switchHub,
  updateCooperationOrganisation,
  updateMemberCountry,
} from '../../db/repositories/cooperation-register.repository';
import { requirePermission } from '../access/actor';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';
import { requireCooperation } from './membership';

/**
 * The hub switch and the register of member countries and their organisations (decision 0045).
 * The switch itself answers on any installation (it is how one becomes the hub); the register
 * only on the hub.
 */

export function hubState(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'cooperation.hub');
  return hubSettings(deps.db);
}

export async function changeHubSwitch(
  deps: Deps,
  ctx: RequestContext,
  body: { isHub: boolean; version: number },
) {
  requirePermission(ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const before = await hubSettings(tx);
    if (!(await switchHub(tx, body.isHub, body.version)))
      throw await versionConflict(tx, 'cooperation_settings', 'hub', before.version);
    await audit(tx, ctx, {
      action: 'cooperation.hub_switched',
      entityType: 'cooperation_settings',
      entityId: 'hub',
      changes: { isHub: { from: before.isHub, to: body.isHub } },
    });
    return hubSettings(tx);
  });
}

export async function memberCountries(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx, 'cooperation.read');
  return { items: await listMemberCountries(deps.db) };
}

export async function addMemberCountry(deps: Deps, ctx: RequestContext, body: MemberCountryBody) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    if (await findMemberCountry(tx, body.code))
      throw ruleViolation('cooperation_country_exists', { country: body.code });
    await insertMemberCountry(tx, body);
    await audit(tx, ctx, {
      action: 'cooperation.country_added',
      entityType: 'member_country',
      entityId: body.code,
      changes: body,
    });
    return (await findMemberCountry(tx, body.code))!;
  });
}

export async function changeMemberCountry(
  deps: Deps,
  ctx: RequestContext,
  code: string,
  body: MemberCountryUpdate,
) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const before = await findMemberCountry(tx, code);
    if (!before) throw notFound();
    if (!(await updateMemberCountry(tx, code, body)))
      throw await versionConflict(tx, 'member_country', code, before.version);
    const { version: _v, ...changed } = body;
    await audit(tx, ctx, {
      action: 'cooperation.country_changed',
      entityType: 'member_country',
      entityId: code,
      changes: diff(before, changed),
    });
    return (await findMemberCountry(tx, code))!;
  });
}

export async function cooperationOrganisations(deps: Deps, ctx: RequestContext) {
  await requireCooperation(deps, ctx, 'cooperation.read');
  return { items: await listCooperationOrganisations(deps.db) };
}

/** A country of the register, or a refusal naming it (the foreign key would only say "no"). */
export async function requireMemberCountry(deps: Deps, country: string) {
  const found = await findMemberCountry(deps.db, country);
  if (!found) throw ruleViolation('document_unknown_country', { country });
  return found;
}

export async function addCooperationOrganisation(deps: Deps, ctx: RequestContext, body: OrganisationBody) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  await requireMemberCountry(deps, body.country);
  return deps.db.transaction(async (tx) => {
    const id = await insertCooperationOrganisation(tx, body);
    await audit(tx, ctx, {
      action: 'cooperation.organisation_added',
      entityType: 'cooperation_organisation',
      entityId: id,
      changes: body,
    });
    return (await findCooperationOrganisation(tx, id))!;
  });
}

export async function changeCooperationOrganisation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: OrganisationUpdate,
) {
  await requireCooperation(deps, ctx, 'cooperation.hub');
  return deps.db.transaction(async (tx) => {
    const before = await findCooperationOrganisation(tx, id);
    if (!before) throw notFound();
    if (!(await updateCooperationOrganisation(tx, id, body)))
      throw await versionConflict(tx, 'cooperation_organisation', id, before.version);
    const { version: _v, ...changed } = body;
    await audit(tx, ctx, {
      action: 'cooperation.organisation_changed',
      entityType: 'cooperation_organisation',
      entityId: id,
      changes: diff(before, changed),
    });
    return (await findCooperationOrganisation(tx, id))!;
  });
}
