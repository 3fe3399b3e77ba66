import type { FamilyMemberInput } from '../../../common/contracts/cases';
import { normaliseNationalId } from '../../../common/identity';
import { currentCaseIdOfChild } from '../../db/repositories/cases.repository';
import {
  familyOfChild,
  findFamilyMember,
  insertFamilyMember,
  updateFamilyMember,
} from '../../db/repositories/family.repository';
import { insertPersonRecord, personIdByNationalId } from '../../db/repositories/persons.repository';
import { requirePermission } from '../access/actor';
import { loadCase, loadOpenCase } from '../access/cases';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';

/** Adds a member of the birth family; a person already on file with the identity number is linked, not copied. */
export async function addFamilyMember(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: FamilyMemberInput,
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    let personId: string | undefined;
    if (body.nationalId && body.nationalIdType) {
      personId = await personIdByNationalId(
        tx,
        body.nationalIdType,
        normaliseNationalId(body.nationalIdType, body.nationalId),
      );
    }
    if (personId === c.childId) throw ruleViolation('national_id_taken');
    personId ??= await insertPersonRecord(tx, {
      ...body,
      nationalId:
        body.nationalId && body.nationalIdType
          ? normaliseNationalId(body.nationalIdType, body.nationalId)
          : null,
    });
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
      changes: { relationship: body.relationship },
    });
    return (await familyOfChild(tx, c.childId)).find((m) => m.id === id)!;
  });
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
