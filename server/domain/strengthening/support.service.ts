import type {
  AssessmentBody,
  ConsentBody,
  ServiceBody,
  ServiceReferralBody,
} from '../../../common/contracts/strengthening';
import { riskLevel } from '../../../common/strengthening';
import { memberIdsOf } from '../../db/repositories/households.repository';
import { assessmentsOf, insertAssessment } from '../../db/repositories/strengthening-assessments.repository';
import {
  consentsOf,
  findConsent,
  insertConsent,
  withdrawConsent,
} from '../../db/repositories/strengthening-consents.repository';
import { openEnrolmentOf } from '../../db/repositories/strengthening-enrolments.repository';
import { findStrengtheningProgramme } from '../../db/repositories/strengthening-programmes.repository';
import {
  findServiceReferral,
  insertService,
  insertServiceReferral,
  serviceReferralsOf,
  servicesOf,
  updateServiceReferral,
} from '../../db/repositories/strengthening-services.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { staleOrInvalid, versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { loadForChange } from './access';

// ---------------------------------------------------------------- consent

/** Consent to take part in a programme, given by a member of the household, with what it lets be shared. */
export async function recordConsent(deps: Deps, ctx: RequestContext, householdId: string, body: ConsentBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  const on = today(deps.clock);
  if (body.givenOn > on) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    if (!(await findStrengtheningProgramme(tx, body.programmeId)))
      throw new AppError('unknown_scope', {}, { ids: [body.programmeId] });
    if (!(await memberIdsOf(tx, h.id)).some((m) => m.personId === body.givenByPersonId))
      throw ruleViolation('consent_giver_not_member');
    const id = await insertConsent(
      tx,
      h.id,
      { ...body, shareWith: [...new Set(body.shareWith)] },
      actor.userId,
    );
    await audit(tx, ctx, {
      action: 'consent.recorded',
      entityType: 'household_consent',
      entityId: id,
      changes: {
        householdId: h.id,
        programmeId: body.programmeId,
        givenOn: body.givenOn,
        shareWith: body.shareWith,
      },
    });
    return (await consentsOf(tx, h.id, on)).find((c) => c.id === id)!;
  });
}

export async function withdrawHouseholdConsent(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; withdrawnOn: string },
) {
  const on = today(deps.clock);
  if (body.withdrawnOn > on) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    requirePermission(ctx, 'strengthening.write');
    const c = await findConsent(tx, id, on);
    if (!c) throw notFound();
    await loadForChange(tx, ctx, deps.clock, c.householdId);
    if (body.withdrawnOn < c.givenOn) throw ruleViolation('withdrawn_before_given');
    if (!(await withdrawConsent(tx, id, body.version, body.withdrawnOn)))
      throw await staleOrInvalid(tx, 'household_consent', id, c.version, body.version);
    await audit(tx, ctx, {
      action: 'consent.withdrawn',
      entityType: 'household_consent',
      entityId: id,
      changes: { householdId: c.householdId, withdrawnOn: body.withdrawnOn },
    });
    const { householdId: _h, ...view } = (await findConsent(tx, id, on))!;
    return view;
  });
}

// ---------------------------------------------------------------- risk assessment

/** A risk-of-separation assessment: a score and a note for every domain. Repeated over time, never rewritten. */
export async function recordAssessment(
  deps: Deps,
  ctx: RequestContext,
  householdId: string,
  body: AssessmentBody,
) {
  const actor = requirePermission(ctx, 'strengthening.write');
  if (body.assessedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    const id = await insertAssessment(tx, h.id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'assessment.recorded',
      entityType: 'risk_assessment',
      entityId: id,
      changes: {
        householdId: h.id,
        assessedOn: body.assessedOn,
        scores: Object.fromEntries(body.scores.map((s) => [s.domain, s.score])),
      },
    });
    const a = (await assessmentsOf(tx, h.id)).find((x) => x.id === id)!;
    return { ...a, riskLevel: riskLevel(a.scores.map((s) => s.score)) };
  });
}

// ---------------------------------------------------------------- services and referrals

/** A service delivered to an enrolled family: type, date, provider and cost in manats. */
export async function recordService(deps: Deps, ctx: RequestContext, householdId: string, body: ServiceBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  if (body.deliveredOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    const enrolment = await openEnrolmentOf(tx, h.id);
    if (enrolment?.status !== 'enrolled') throw ruleViolation('not_enrolled');
    const id = await insertService(tx, h.id, enrolment.id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'service.recorded',
      entityType: 'service_delivered',
      entityId: id,
      changes: {
        householdId: h.id,
        type: body.type,
        deliveredOn: body.deliveredOn,
        cost: body.cost ?? null,
      },
    });
    return (await servicesOf(tx, h.id)).find((s) => s.id === id)!;
  });
}

/** A referral of the family to another service (health, school, benefits, legal aid…). */
export async function referToService(
  deps: Deps,
  ctx: RequestContext,
  householdId: string,
  body: ServiceReferralBody,
) {
  const actor = requirePermission(ctx, 'strengthening.write');
  if (body.referredOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    const enrolment = await openEnrolmentOf(tx, h.id);
    const id = await insertServiceReferral(tx, h.id, enrolment?.id ?? null, body, actor.userId);
    await audit(tx, ctx, {
      action: 'service_referral.made',
      entityType: 'service_referral',
      entityId: id,
      changes: { householdId: h.id, toWhom: body.toWhom, referredOn: body.referredOn },
    });
    return (await serviceReferralsOf(tx, h.id)).find((r) => r.id === id)!;
  });
}

/** What became of a referral: accepted, completed or declined, and the outcome. */
export async function changeServiceReferral(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; status: string; outcome: string },
) {
  return deps.db.transaction(async (tx) => {
    requirePermission(ctx, 'strengthening.write');
    const r = await findServiceReferral(tx, id);
    if (!r) throw notFound();
    await loadForChange(tx, ctx, deps.clock, r.householdId);
    if (!(await updateServiceReferral(tx, id, body.version, body)))
      throw await versionConflict(tx, 'service_referral', id, r.version);
    await audit(tx, ctx, {
      action: 'service_referral.changed',
      entityType: 'service_referral',
      entityId: id,
      changes: {
        householdId: r.householdId,
        status: { from: r.status, to: body.status },
        ...(body.outcome !== r.outcome ? { outcome: { from: r.outcome, to: body.outcome } } : {}),
      },
    });
    return (await serviceReferralsOf(tx, r.householdId)).find((x) => x.id === id)!;
  });
}
