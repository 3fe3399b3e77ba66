import { type EndReason, endReasonGroup } from '../../../common/cases';
import type { PlaceChildBody, StartPlacementBody } from '../../../common/contracts/cases';
import type { Queryable } from '../../db/client';
import {
  type CaseRecord,
  lastReunificationOf,
  refreshNextReview,
  siblingsOf,
  updateCase,
} from '../../db/repositories/cases.repository';
import { insertTask } from '../../db/repositories/due.repository';
import { emergencyAssessmentDays, programmeExists } from '../../db/repositories/organisation.repository';
import { findPerson } from '../../db/repositories/persons.repository';
import {
  activePlacementOfChild,
  endPlacementRecord,
  findPlacement,
  houseOccupancy,
  insertPlacementRecord,
  markSuperseded,
  placementsOfChild,
} from '../../db/repositories/placements.repository';
import { requirePermission } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid, versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addDays } from '../dates';
import { AppError, notFound, ruleViolation } from '../errors';
import { afterFosterPlacement, checkFosterPlacement } from '../foster/matching.service';
import { isReEntry, placementBreaches } from './placement-rules';
import { openEpisodeIfNone, reunifyEpisode } from './short-term.service';
import { siblingCases } from './sibling-group';

export async function placementHistory(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'placements');
  return placementsOfChild(deps.db, c.childId);
}

async function checkRules(
  tx: Queryable,
  c: CaseRecord,
  body: StartPlacementBody,
  ignorePlacementId?: string,
) {
  const child = (await findPerson(tx, c.childId))!;
  const active = await activePlacementOfChild(tx, c.childId);
  const house = body.houseId ? await houseOccupancy(tx, body.houseId, body.startDate) : undefined;
  if (body.houseId && !house) throw new AppError('unknown_scope', {}, { ids: [body.houseId] });
  if (body.programmeId && !(await programmeExists(tx, body.programmeId))) {
    throw new AppError('unknown_scope', {}, { ids: [body.programmeId] });
  }
  const siblings = (await siblingsOf(tx, c.childId)).filter((s) => s.settingType);
  const breaches = placementBreaches({
    settingType: body.settingType,
    programmeId: body.programmeId ?? house?.programmeId ?? null,
    houseId: body.houseId ?? null,
    startDate: body.startDate,
    childBirthDate: child.birthDate,
    hasActivePlacement: Boolean(active && active.id !== ignorePlacementId),
    house: house
      ? {
          capacity: house.capacity,
          children: house.children,
          number: house.houseNumber,
          programmeId: house.programmeId,
        }
      : null,
    siblingsPlaced: siblings.map((s) => ({
      name: s.name,
      houseId: s.houseId,
      programmeId: s.programmeId,
      settingType: s.settingType,
    })),
    reasons: {
      capacityOverride: body.capacityOverrideReason,
      siblingsApart: body.siblingsApartReason,
      underThree: body.underThreeReason,
    },
  });
  const first = breaches[0];
  if (first) {
    const error = ruleViolation(first.rule, first.values ?? {});
    (error.details as { rule: string; breaches?: unknown }).breaches = breaches;
    throw error;
  }
  return { programmeId: body.programmeId ?? house?.programmeId ?? null };
}

/**
 * Places the child — and, with `siblingCaseIds`, the brothers and sisters with the child: one
 * placement each in the same setting, programme, house or family, in one transaction. The server
 * enforces the rules (one active placement; house capacity, counted child by child; siblings
 * together; under-3s in family settings) unless a written reason is recorded; an emergency
 * placement creates an assessment task due within the programme's days.
 */
export async function startPlacement(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  body: PlaceChildBody & { endCurrentPlacement?: { placementId: string; version: number } | null },
  as: 'case_worker' | 'foster_officer' = 'case_worker',
) {
  const actor = requirePermission(ctx, as === 'foster_officer' ? 'foster.manage' : 'cases.write');
  if (body.startDate > addDays(today(deps.clock), 366)) throw ruleViolation('date_in_future');
  if (body.fosterFamilyId && body.settingType !== 'foster')
    throw ruleViolation('foster_family_for_foster_only');
  if (as === 'foster_officer' && (body.settingType !== 'foster' || !body.fosterFamilyId))
    throw ruleViolation('foster_family_required');
  const { siblingCaseIds = [], endCurrentPlacement, ...placement } = body;
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    // A sibling named twice is placed once.
    const siblings = await siblingCases(tx, ctx, c, [...new Set(siblingCaseIds)]);
    for (const s of siblings) {
      if (await activePlacementOfChild(tx, s.case.childId))
        throw ruleViolation('sibling_already_placed', { name: s.name });
    }
    if (endCurrentPlacement) {
      if (body.startDate > today(deps.clock)) throw ruleViolation('date_in_future');
      await endAsMovedOn(tx, ctx, c, endCurrentPlacement, body.startDate);
    }
    const together = siblings.length
      ? [c, ...siblings.map((s) => s.case)].map((x) => x.caseNumber)
      : undefined;
    const id = await placeOne(tx, ctx, c, { placement, by: actor.userId, together });
    for (const s of siblings) await placeOne(tx, ctx, s.case, { placement, by: actor.userId, together });
    return (await findPlacement(tx, id))!;
  });
}

/** One child's placement and what follows from it on the child's case, audited on that case. */
async function placeOne(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRecord,
  step: { placement: StartPlacementBody; by: string; together?: string[] },
): Promise<string> {
  const body = step.placement;
  const foster = body.fosterFamilyId
    ? await checkFosterPlacement(tx, ctx, c, body.fosterFamilyId, body.startDate)
    : null;
  const { programmeId } = await checkRules(tx, c, body);
  const id = await insertPlacementRecord(tx, {
    ...body,
    programmeId,
    placeDescription: body.placeDescription ?? foster?.placeDescription ?? null,
    adjustmentUntil: foster?.adjustmentUntil ?? null,
    childId: c.childId,
    caseId: c.id,
    createdBy: step.by,
  });
  if (foster && body.fosterFamilyId) {
    await afterFosterPlacement(tx, {
      placementId: id,
      familyId: body.fosterFamilyId,
      caseId: c.id,
      visits: foster.visits,
    });
  }
  const reEntry = isReEntry(await lastReunificationOf(tx, c.childId), body.startDate);
  await updateCase(tx, c.id, null, {
    status: 'in_care',
    programmeId: programmeId ?? c.programmeId,
    reEntry: c.reEntry || reEntry,
  });
  if (body.settingType === 'short_term') await openEpisodeIfNone(tx, c.id, body.startDate);
  if (body.emergency) {
    const days = (await emergencyAssessmentDays(tx, programmeId ?? c.programmeId)) ?? 7;
    await insertTask(tx, {
      caseId: c.id,
      kind: 'emergency_assessment',
      title: 'emergency_assessment',
      dueOn: addDays(body.startDate, days),
      assignedTo: c.assignedWorkerId,
    });
  }
  await refreshNextReview(tx, c.id);
  await audit(tx, ctx, {
    action: 'placement.started',
    entityType: 'placement',
    entityId: id,
    caseId: c.id,
    changes: { ...body, reEntry, ...(step.together ? { together: step.together } : {}) },
  });
  return id;
}

/** The child's current placement ends the day the next one starts: a planned move, audited like any end. */
async function endAsMovedOn(
  tx: Queryable,
  ctx: RequestContext,
  c: CaseRecord,
  current: { placementId: string; version: number },
  endDate: string,
) {
  const p = await findPlacement(tx, current.placementId);
  if (!p || p.caseId !== c.id) throw notFound();
  if (endDate < p.startDate) throw ruleViolation('end_before_start');
  const end = { endDate, endReason: 'planned_move', endReasonGroup: 'other' };
  if (!(await endPlacementRecord(tx, p.id, current.version, end)))
    throw await staleOrInvalid(tx, 'placement', p.id, p.version, current.version);
  await audit(tx, ctx, {
    action: 'placement.ended',
    entityType: 'placement',
    entityId: p.id,
    caseId: c.id,
    changes: { endDate, endReason: 'planned_move', group: 'other' },
  });
}

/** Ends the active placement with its reason (permanency or other); reunification moves the case to after-care. */
export async function endPlacement(
  deps: Deps,
  ctx: RequestContext,
  placementId: string,
  body: { version: number; endDate: string; endReason: EndReason },
) {
  requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const p = await findPlacement(tx, placementId);
    if (!p) throw notFound();
    const c = await loadOpenCase(tx, ctx, p.caseId);
    if (body.endDate < p.startDate) throw ruleViolation('end_before_start');
    if (body.endDate > today(deps.clock)) throw ruleViolation('date_in_future');
    const group = endReasonGroup(body.endReason);
    if (!(await endPlacementRecord(tx, p.id, body.version, { ...body, endReasonGroup: group }))) {
      throw await staleOrInvalid(tx, 'placement', p.id, p.version, body.version);
    }
    if (p.settingType === 'short_term' && body.endReason === 'reunification')
      await reunifyEpisode(tx, c.id, body.endDate);
    const next = group === 'permanency' ? 'after_care' : c.status;
    await updateCase(tx, c.id, null, { status: next });
    await refreshNextReview(tx, c.id);
    await audit(tx, ctx, {
      action: 'placement.ended',
      entityType: 'placement',
      entityId: p.id,
      caseId: c.id,
      changes: { ...body, group },
    });
    return (await findPlacement(tx, p.id))!;
  });
}

/** History is never rewritten: the correction is a new entry that points to the one it corrects. */
export async function correctPlacement(
  deps: Deps,
  ctx: RequestContext,
  placementId: string,
  body: StartPlacementBody & {
    version: number;
    correctionReason: string;
    endDate?: string | null;
    endReason?: EndReason | null;
  },
) {
  const actor = requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const p = await findPlacement(tx, placementId);
    if (!p) throw notFound();
    const c = await loadOpenCase(tx, ctx, p.caseId);
    if (p.superseded) throw new AppError('invalid_state');
    if (body.endDate && body.endDate < body.startDate) throw ruleViolation('end_before_start');
    if (!body.endDate) await checkRules(tx, c, body, p.id);
    if (!(await markSuperseded(tx, p.id, body.version)))
      throw await versionConflict(tx, 'placement', p.id, p.version);
    const { version: _v, ...fields } = body;
    const id = await insertPlacementRecord(tx, {
      ...fields,
      childId: c.childId,
      caseId: c.id,
      createdBy: actor.userId,
      correctsId: p.id,
      endReasonGroup: body.endReason ? endReasonGroup(body.endReason) : null,
    });
    await refreshNextReview(tx, c.id);
    await audit(tx, ctx, {
      action: 'placement.corrected',
      entityType: 'placement',
      entityId: id,
      caseId: c.id,
      changes: { corrects: p.id, reason: body.correctionReason },
    });
    return (await findPlacement(tx, id))!;
  });
}
