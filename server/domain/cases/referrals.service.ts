import type { ReferralBody } from '../../../common/contracts/cases';
import { normaliseNationalId } from '../../../common/identity';
import type { Queryable } from '../../db/client';
import {
  createSiblingGroup,
  insertCase,
  insertReferral,
  nextCaseNumber,
  openCaseOfChild,
} from '../../db/repositories/cases.repository';
import { insertFamilyMember } from '../../db/repositories/family.repository';
import { findProgramme, locationExists } from '../../db/repositories/organisation.repository';
import { insertPersonRecord, personIdByNationalId } from '../../db/repositories/persons.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { programmeInScope } from '../access/scope';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';
import { likelyDuplicates } from '../search/duplicates.service';

/**
 * A referral opens a case for each child named in it. Children referred together are
 * recorded as a sibling group; the birth family is recorded once and linked to each child.
 */
export async function registerReferral(deps: Deps, ctx: RequestContext, body: ReferralBody) {
  const actor = requirePermission(ctx, 'cases.write');
  const now = today(deps.clock);
  if (body.receivedOn > now) throw ruleViolation('date_in_future');
  for (const child of body.children) if (child.birthDate > now) throw ruleViolation('date_in_future');

  return deps.db.transaction(async (tx) => {
    await checkPlaceInScope(tx, ctx, body.locationId, body.programmeId ?? null);
    const childIds: string[] = [];
    const parentNames = body.family
      .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
      .map((m) => `${m.givenName} ${m.familyName}`);
    for (const [index, child] of body.children.entries()) {
      childIds.push(await childRecord(tx, ctx, child, index, parentNames));
    }
    const siblingGroupId = childIds.length > 1 ? await createSiblingGroup(tx, childIds) : null;
    const familyIds: { id: string; m: ReferralBody['family'][number] }[] = [];
    for (const m of body.family)
      familyIds.push({ id: await insertPersonRecord(tx, await uniqueNationalId(tx, m)), m });

    const cases = [];
    for (const childId of childIds) {
      const open = await openCaseOfChild(tx, childId);
      if (open) throw ruleViolation('open_case_exists', { caseNumber: open.caseNumber });
      const caseNumber = await nextCaseNumber(tx, Number(now.slice(0, 4)));
      const caseId = await insertCase(tx, {
        caseNumber,
        childId,
        locationId: body.locationId,
        programmeId: body.programmeId ?? null,
        assignedWorkerId: actor.role === 'social_worker' ? actor.userId : null,
        siblingGroupId,
        openedOn: body.receivedOn,
      });
      await insertReferral(tx, {
        caseId,
        receivedOn: body.receivedOn,
        source: body.source,
        sourceDetail: body.sourceDetail ?? null,
        reasons: body.reasons,
        description: body.description,
        by: actor.userId,
      });
      for (const { id, m } of familyIds) {
        await insertFamilyMember(tx, {
          childId,
          personId: id,
          relationship: m.relationship,
          alive: m.alive,
          whereabouts: m.whereabouts ?? null,
          parentalRights: m.parentalRights,
        });
      }
      for (const sibling of childIds.filter((id) => id !== childId)) {
        await insertFamilyMember(tx, {
          childId,
          personId: sibling,
          relationship: 'sibling',
          alive: 'yes',
          whereabouts: null,
          parentalRights: 'not_applicable',
        });
      }
      await audit(tx, ctx, {
        action: 'case.referred',
        entityType: 'case',
        entityId: caseId,
        caseId,
        changes: {
          source: body.source,
          reasons: body.reasons,
          receivedOn: body.receivedOn,
          siblings: childIds.length - 1,
          family: familyIds.length,
        },
      });
      cases.push({ id: caseId, caseNumber, childId });
    }
    return { cases };
  });
}

/**
 * The child's person record: an existing one the worker chose from the duplicate warning, or a
 * new one — refused while likely duplicates exist unless the worker says why it is new.
 */
async function childRecord(
  tx: Queryable,
  ctx: RequestContext,
  child: ReferralBody['children'][number],
  index: number,
  parentNames: string[],
) {
  const viewer = viewerOf(ctx.actor!);
  const nationalId =
    child.nationalId && child.nationalIdType
      ? normaliseNationalId(child.nationalIdType, child.nationalId)
      : null;
  const candidates = await likelyDuplicates(tx, viewer, { ...child, nationalId, parentNames });
  if (child.existingPersonId) {
    if (!candidates.some((c) => c.visible && c.personId === child.existingPersonId))
      throw ruleViolation('not_a_duplicate');
    await audit(tx, ctx, {
      action: 'person.linked_existing',
      entityType: 'person',
      entityId: child.existingPersonId,
    });
    return child.existingPersonId;
  }
  if (candidates.length && !child.confirmNewReason) {
    const error = ruleViolation('possible_duplicate', { count: candidates.length });
    Object.assign(error.details as object, { child: index, candidates });
    throw error;
  }
  const id = await insertPersonRecord(tx, await uniqueNationalId(tx, child));
  if (candidates.length) {
    await audit(tx, ctx, {
      action: 'person.duplicate_overridden',
      entityType: 'person',
      entityId: id,
      changes: { reason: child.confirmNewReason, candidates: candidates.length },
    });
  }
  return id;
}

async function checkPlaceInScope(
  tx: Queryable,
  ctx: RequestContext,
  locationId: string,
  programmeId: string | null,
) {
  const actor = ctx.actor!;
  if (!(await locationExists(tx, locationId))) throw new AppError('unknown_scope', {}, { ids: [locationId] });
  if (programmeId) {
    const programme = await findProgramme(tx, { all: true, locationIds: [], programmeIds: [] }, programmeId);
    if (!programme || programme.locationId !== locationId)
      throw new AppError('unknown_scope', {}, { ids: [programmeId] });
    if (!programmeInScope(actor.scope, { id: programme.id, locationId: programme.locationId }))
      throw new AppError('forbidden');
  } else if (!actor.scope.all && !actor.scope.locationIds.includes(locationId)) {
    throw new AppError('forbidden');
  }
}

/** One record per person: an identity number already on file is refused (duplicate handling is issue 4's). */
async function uniqueNationalId<T extends { nationalIdType?: string | null; nationalId?: string | null }>(
  tx: Queryable,
  p: T,
): Promise<T> {
  if (!p.nationalId || !p.nationalIdType) return p;
  const nationalId = normaliseNationalId(p.nationalIdType as 'az_fin', p.nationalId);
  if (await personIdByNationalId(tx, p.nationalIdType, nationalId)) throw ruleViolation('national_id_taken');
  return { ...p, nationalId };
}
