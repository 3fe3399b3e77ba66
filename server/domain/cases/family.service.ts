import type { AddFamilyMemberBody, FamilySuggestionsBody } from '../../../common/contracts/cases';
import { normaliseNationalId } from '../../../common/identity';
import type { Queryable } from '../../db/client';
import { currentCaseIdOfChild } from '../../db/repositories/cases.repository';
import {
  familyOfChild,
  findFamilyMember,
  insertFamilyMember,
  updateFamilyMember,
} from '../../db/repositories/family.repository';
import { insertPersonRecord, personIdByNationalId } from '../../db/repositories/persons.repository';
import { linkState } from '../../db/repositories/sibling-relatives.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { loadCase, loadOpenCase } from '../access/cases';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { familySuggestionsFor } from './family-suggestions';

/**
 * Adds a member of the birth family. A person already on file is linked, not copied: the one the
 * worker chose (a relative of a brother or sister, or a likely duplicate), or the one with the
 * identity number. A new person is refused while likely existing records exist, unless the
 * worker says why this one is new.
 */
export async function addFamilyMember(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: AddFamilyMemberBody,
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const personId = await memberPerson(tx, ctx, c, body);
    const id = await insertFamilyMember(tx, {
      childId: c.childId,
      personId,
      relationship: body.relationship,
      alive: body.alive,
      whereabouts: body.whereabouts ?? null,
      parentalRights: body.parentalRights,
    });
    await audit(tx, ctx, {
      action: 'family.added',
      entityType: 'family_member',
      entityId: id,
      caseId: c.id,
      changes: { relationship: body.relationship, ...(body.existingPersonId ? { linked: personId } : {}) },
    });
    return (await familyOfChild(tx, c.childId)).find((m) => m.id === id)!;
  });
}

/** The member's person record: the one chosen, the one with the identity number, or a new one. */
async function memberPerson(
  tx: Queryable,
  ctx: RequestContext,
  c: { id: string; childId: string },
  body: AddFamilyMemberBody,
): Promise<string> {
  if (body.existingPersonId) return linkedPerson(tx, c.childId, body.existingPersonId);
  const nationalId =
    body.nationalId && body.nationalIdType ? normaliseNationalId(body.nationalIdType, body.nationalId) : null;
  const sameNumber = nationalId
    ? await personIdByNationalId(tx, body.nationalIdType!, nationalId)
    : undefined;
  if (sameNumber === c.childId) throw ruleViolation('national_id_taken');
  if (sameNumber) return sameNumber;
  const found = await familySuggestionsFor(tx, viewerOf(ctx.actor!), c.childId, { ...body, nationalId });
  const likely = { siblingFamily: found.siblingFamily.filter((r) => r.likely), duplicates: found.duplicates };
  const count = likely.siblingFamily.length + likely.duplicates.length;
  if (count && !body.confirmNewReason) {
    const error = ruleViolation('member_possible_duplicate', { count });
    Object.assign(error.details as object, likely);
    throw error;
  }
  const id = await insertPersonRecord(tx, { ...body, nationalId });
  if (count) {
    await audit(tx, ctx, {
      action: 'person.duplicate_overridden',
      entityType: 'person',
      entityId: id,
      caseId: c.id,
      changes: { reason: body.confirmNewReason, candidates: count },
    });
  }
  return id;
}

/**
 * A person the worker chose to link (the id was checked against their scope on the way in):
 * not the child, not a record merged into another, not someone already in the family.
 */
async function linkedPerson(tx: Queryable, childId: string, personId: string): Promise<string> {
  if (personId === childId) throw ruleViolation('relative_is_the_child');
  const state = await linkState(tx, childId, personId);
  if (!state || state.merged) throw new AppError('not_found', {}, { field: 'existingPersonId' });
  if (state.inFamily) throw ruleViolation('already_in_family');
  return personId;
}

/** The people already on file the worker may mean, as they type a new member of the child's family. */
export async function familySuggestions(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  typed: FamilySuggestionsBody,
) {
  const actor = requirePermission(ctx, 'cases.write');
  const c = await loadOpenCase(deps.db, ctx, caseId);
  const { siblingCaseIds, ...found } = await familySuggestionsFor(deps.db, viewerOf(actor), c.childId, typed);
  // The siblings' relatives shown are a read of the family records of this case and of each
  // brother's or sister's case: each case's access log shows it.
  for (const readCase of [c.id, ...siblingCaseIds.filter((id) => id !== c.id)])
    await audit(deps.db, ctx, {
      action: 'case.viewed',
      entityType: 'family_suggestions',
      entityId: c.id,
      caseId: readCase,
      changes: { siblingFamily: found.siblingFamily.length, found: found.duplicates.length },
    });
  return found;
}

export async function changeFamilyMember(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    relationship: string;
    alive: string;
    whereabouts?: string | null;
    parentalRights: string;
  },
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const member = await findFamilyMember(tx, id);
    if (!member) throw notFound();
    // The child's open case, or else the latest: scope is checked before state, so a member of a
    // child out of scope answers exactly like one that does not exist.
    const caseId = await currentCaseIdOfChild(tx, member.childId);
    if (!caseId) throw notFound();
    if ((await loadCase(tx, ctx, caseId)).status === 'closed') throw new AppError('invalid_state');
    const { version, ...fields } = body;
    if (
      !(await updateFamilyMember(tx, id, version, { ...fields, whereabouts: fields.whereabouts ?? null }))
    ) {
      throw await versionConflict(tx, 'family_member', id, member.version);
    }
    await audit(tx, ctx, {
      action: 'family.updated',
      entityType: 'family_member',
      entityId: id,
      caseId,
      changes: fields,
    });
    return (await familyOfChild(tx, member.childId)).find((m) => m.id === id)!;
  });
}
