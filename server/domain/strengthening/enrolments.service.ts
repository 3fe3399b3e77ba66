import type { EnrolBody, ExitBody } from '../../../common/contracts/strengthening';
import type { HouseholdRelationship } from '../../../common/strengthening';
import type { Queryable } from '../../db/client';
import { openCaseOfChild } from '../../db/repositories/cases.repository';
import { consentFactsOf, type HouseholdRecord, membersOf } from '../../db/repositories/households.repository';
import { assessmentsOf } from '../../db/repositories/strengthening-assessments.repository';
import {
  admitEnrolment,
  type EnrolmentRecord,
  enrolmentsOfHousehold,
  exitEnrolment,
  findHouseholdEnrolment,
  insertEnrolment,
  insertSeparation,
  linkFamilyMember,
  openEnrolmentsOf,
} from '../../db/repositories/strengthening-enrolments.repository';
import { closeReviewTasks } from '../../db/repositories/strengthening-plan-reviews.repository';
import { closePlansOf } from '../../db/repositories/strengthening-plans.repository';
import { findStrengtheningProgramme } from '../../db/repositories/strengthening-programmes.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { programmeInScope } from '../access/scope';
import { audit } from '../audit/audit';
import { registerReferral } from '../cases/referrals.service';
import { staleOrInvalid } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { loadForChange, withinTransaction } from './access';
import { enrolmentProblem, exitProblem } from './rules';

async function enrolmentView(deps: Deps, householdId: string, id: string) {
  const views = await enrolmentsOfHousehold(deps.db, householdId);
  return views.find((e) => e.id === id)!;
}

/**
 * After a risk-of-separation assessment, the family is enrolled in a family strengthening
 * programme of its location (or put on its waiting list), with its consent in force.
 */
export async function enrolHousehold(deps: Deps, ctx: RequestContext, householdId: string, body: EnrolBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  if (body.on > today(deps.clock)) throw ruleViolation('date_in_future');
  const id = await deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    const programme = await findStrengtheningProgramme(tx, body.programmeId);
    if (!programme) throw new AppError('unknown_scope', {}, { ids: [body.programmeId] });
    if (programme.locationId !== h.locationId) throw ruleViolation('programme_not_at_location');
    if (!programmeInScope(actor.scope, programme) && h.workerId !== actor.userId)
      throw new AppError('forbidden');
    const problem = enrolmentProblem({
      on: body.on,
      programmeId: programme.id,
      assessmentDates: (await assessmentsOf(tx, h.id)).map((a) => a.assessedOn),
      consents: await consentFactsOf(tx, h.id),
      openEnrolments: await openEnrolmentsOf(tx, h.id),
    });
    if (problem) throw ruleViolation(problem);
    const enrolmentId = await insertEnrolment(tx, {
      householdId: h.id,
      programmeId: programme.id,
      status: body.status,
      on: body.on,
      workerId: h.workerId,
      createdBy: actor.userId,
    });
    await audit(tx, ctx, {
      action: body.status === 'enrolled' ? 'household.enrolled' : 'household.waiting',
      entityType: 'enrolment',
      entityId: enrolmentId,
      changes: { householdId: h.id, programmeId: programme.id, status: body.status, on: body.on },
    });
    return enrolmentId;
  });
  return enrolmentView(deps, householdId, id);
}

async function loadEnrolmentForChange(tx: Queryable, ctx: RequestContext, deps: Deps, id: string) {
  requirePermission(ctx, 'strengthening.write');
  const e = await findHouseholdEnrolment(tx, id);
  if (!e) throw notFound();
  const h = await loadForChange(tx, ctx, deps.clock, e.householdId);
  return { e, h };
}

/** A family on the waiting list takes part from the day a place is free. */
export async function admitHousehold(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; enrolledOn: string },
) {
  if (body.enrolledOn > today(deps.clock)) throw ruleViolation('date_in_future');
  const householdId = await deps.db.transaction(async (tx) => {
    const { e, h } = await loadEnrolmentForChange(tx, ctx, deps, id);
    if (body.enrolledOn < e.appliedOn) throw ruleViolation('enrolled_before_applied');
    if (!(await admitEnrolment(tx, id, body.version, body.enrolledOn)))
      throw await staleOrInvalid(tx, 'enrolment', id, e.version, body.version);
    await audit(tx, ctx, {
      action: 'household.enrolled',
      entityType: 'enrolment',
      entityId: id,
      changes: { householdId: h.id, status: { from: 'waiting', to: 'enrolled' }, on: body.enrolledOn },
    });
    return h.id;
  });
  return enrolmentView(deps, householdId, id);
}

/**
 * The family leaves the programme: graduated self-reliant (its latest assessment shows it),
 * for another reason, or because a child was separated. A separation opens a case for each
 * child named — through a referral, so gatekeeping starts — or links the open case the child
 * already has, in the same transaction as the exit; the household's adults and other children
 * become the child's recorded family.
 */
export async function exitHousehold(deps: Deps, ctx: RequestContext, id: string, body: ExitBody) {
  if (body.exitedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  const householdId = await deps.db.transaction(async (tx) => {
    const { e, h } = await loadEnrolmentForChange(tx, ctx, deps, id);
    if (body.exitedOn < e.appliedOn) throw ruleViolation('exit_before_enrolment');
    const members = await membersOf(tx, viewerOf(ctx.actor!), h.id);
    const assessments = await assessmentsOf(tx, h.id);
    const problem = exitProblem({
      outcome: body.outcome,
      reason: body.reason,
      separatedChildIds: body.separation?.childIds,
      householdChildIds: members.filter((m) => m.relationship === 'child').map((m) => m.personId),
      latestScores: assessments.at(-1)?.scores,
    });
    if (problem) throw ruleViolation(problem);
    if (
      !(await exitEnrolment(tx, id, body.version, {
        exitedOn: body.exitedOn,
        outcome: body.outcome,
        reason: body.outcome === 'exited_other' ? (body.reason ?? null) : null,
        note: body.note,
      }))
    )
      throw await staleOrInvalid(tx, 'enrolment', id, e.version, body.version);
    await closePlansOf(tx, id);
    await closeReviewTasks(tx, h.id, 'cancelled');
    const separated =
      body.outcome === 'child_separated' ? await separate(tx, deps, ctx, h, e, body, members) : [];
    await audit(tx, ctx, {
      action: 'household.exited',
      entityType: 'enrolment',
      entityId: id,
      changes: {
        householdId: h.id,
        outcome: body.outcome,
        reason: body.reason ?? undefined,
        exitedOn: body.exitedOn,
        cases: separated.length ? separated : undefined,
      },
    });
    return h.id;
  });
  return enrolmentView(deps, householdId, id);
}

/** The relationship of a household member to a separated child, as the child's family records it. */
const FAMILY_RELATIONSHIP: Record<HouseholdRelationship, string> = {
  mother: 'mother',
  father: 'father',
  grandparent: 'grandparent',
  child: 'sibling',
  sibling: 'sibling',
  other_relative: 'other',
  other: 'other',
};

async function separate(
  tx: Queryable,
  deps: Deps,
  ctx: RequestContext,
  h: HouseholdRecord,
  e: EnrolmentRecord,
  body: ExitBody,
  members: Awaited<ReturnType<typeof membersOf>>,
): Promise<{ caseId: string; caseNumber: string; opened: boolean }[]> {
  const separation = body.separation!;
  const named = members.filter((m) => separation.childIds.includes(m.personId));
  const linked: { childId: string; caseId: string; caseNumber: string; opened: boolean }[] = [];
  const toRefer = [];
  for (const child of named) {
    const open = await openCaseOfChild(tx, child.personId);
    if (open)
      linked.push({ childId: child.personId, caseId: open.id, caseNumber: open.caseNumber, opened: false });
    else toRefer.push(child);
  }
  if (toRefer.length) {
    if (toRefer.some((c) => !c.sex || !c.birthDate)) throw ruleViolation('separated_child_details');
    const programme = (await findStrengtheningProgramme(tx, e.programmeId))!;
    const { cases } = await registerReferral(withinTransaction(deps, tx), ctx, {
      receivedOn: body.exitedOn,
      source: 'other',
      sourceDetail: `${programme.name[ctx.locale]} · ${h.reference}`,
      reasons: separation.reasons,
      description: separation.description,
      locationId: h.locationId,
      programmeId: null,
      children: toRefer.map((c) => ({
        givenName: c.givenName,
        familyName: c.familyName,
        patronymic: c.patronymic,
        sex: c.sex!,
        birthDate: c.birthDate!,
        birthDateEstimated: c.birthDateEstimated,
        languages: [],
        disability: false,
        existingPersonId: c.personId,
      })),
      family: [],
    });
    for (const c of cases)
      linked.push({ childId: c.childId, caseId: c.id, caseNumber: c.caseNumber, opened: true });
  }
  for (const l of linked) {
    await insertSeparation(tx, {
      enrolmentId: e.id,
      childId: l.childId,
      caseId: l.caseId,
      caseOpened: l.opened,
    });
    // The household is the child's family: its adults and the other children are recorded with the
    // case (what the case already records of them is left as it is).
    for (const m of members) {
      if (m.personId === l.childId) continue;
      await linkFamilyMember(tx, {
        childId: l.childId,
        personId: m.personId,
        relationship: FAMILY_RELATIONSHIP[m.relationship],
        alive: 'yes',
        whereabouts: h.address || null,
        parentalRights:
          m.relationship === 'mother' || m.relationship === 'father' ? 'unknown' : 'not_applicable',
      });
    }
    await audit(tx, ctx, {
      action: l.opened ? 'case.opened_from_strengthening' : 'case.linked_from_strengthening',
      entityType: 'case',
      entityId: l.caseId,
      caseId: l.caseId,
      changes: { household: h.reference, enrolmentId: e.id },
    });
  }
  return linked.map(({ caseId, caseNumber, opened }) => ({ caseId, caseNumber, opened }));
}
