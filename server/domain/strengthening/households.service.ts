import type {
  HouseholdBody,
  HouseholdDetail,
  HouseholdListQuery,
  HouseholdMemberInput,
  HouseholdUpdate,
  PlanView,
} from '../../../common/contracts/strengthening';
import { normaliseNationalId } from '../../../common/identity';
import { riskLevel } from '../../../common/strengthening';
import type { Queryable } from '../../db/client';
import {
  insertHousehold,
  insertHouseholdMember,
  listHouseholds,
  memberIdsOf,
  membersOf,
  nextHouseholdReference,
  strengtheningProgrammesAt,
  updateHousehold,
  workersAt,
} from '../../db/repositories/households.repository';
import { locationExists } from '../../db/repositories/organisation.repository';
import { insertPersonRecord, personIdByNationalId } from '../../db/repositories/persons.repository';
import { assessmentsOf } from '../../db/repositories/strengthening-assessments.repository';
import { consentsOf } from '../../db/repositories/strengthening-consents.repository';
import { enrolmentsOfHousehold } from '../../db/repositories/strengthening-enrolments.repository';
import { goalsOfPlans } from '../../db/repositories/strengthening-goals.repository';
import { reviewsOfPlans } from '../../db/repositories/strengthening-plan-reviews.repository';
import { plansOf } from '../../db/repositories/strengthening-plans.repository';
import { serviceReferralsOf, servicesOf } from '../../db/repositories/strengthening-services.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import { type Actor, type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';
import { likelyDuplicates } from '../search/duplicates.service';
import { parseSearch } from '../search/query-terms';
import { loadForChange, loadHousehold } from './access';
import { householdAccess, reviewOverdue, visibleParts } from './rules';

/** Whether the user works at the location: all of it, the location, or its family strengthening programme. */
async function worksAt(q: Queryable, actor: Actor, locationId: string): Promise<boolean> {
  if (actor.scope.all || actor.scope.locationIds.includes(locationId)) return true;
  const programmes = await strengtheningProgrammesAt(q, locationId);
  return programmes.some((p) => actor.scope.programmeIds.includes(p.id));
}

async function checkWorker(q: Queryable, locationId: string, workerId: string | null | undefined) {
  if (!workerId) return;
  if (!(await workersAt(q, locationId)).some((w) => w.id === workerId))
    throw ruleViolation('worker_not_at_location');
}

/**
 * The person record of a member: an existing one the worker chose from the duplicate warning, or
 * a new one — refused while likely duplicates exist unless the worker says why it is new. One
 * record per person: a child already known to alternative care is linked, never copied.
 */
async function memberRecord(
  tx: Queryable,
  ctx: RequestContext,
  m: HouseholdMemberInput,
  index: number,
  parentNames: string[],
): Promise<string> {
  const actor = ctx.actor!;
  const nationalId =
    m.nationalId && m.nationalIdType ? normaliseNationalId(m.nationalIdType, m.nationalId) : null;
  const candidates = await likelyDuplicates(tx, viewerOf(actor), {
    givenName: m.givenName,
    familyName: m.familyName,
    patronymic: m.patronymic ?? null,
    birthDate: m.birthDate ?? null,
    nationalId,
    parentNames: m.relationship === 'child' ? parentNames : [],
  });
  if (m.existingPersonId) {
    if (!candidates.some((c) => c.visible && c.personId === m.existingPersonId))
      throw ruleViolation('not_a_duplicate');
    await audit(tx, ctx, {
      action: 'person.linked_existing',
      entityType: 'person',
      entityId: m.existingPersonId,
    });
    return m.existingPersonId;
  }
  if (candidates.length && !m.confirmNewReason) {
    const error = ruleViolation('member_possible_duplicate', { count: candidates.length });
    Object.assign(error.details as object, { member: index, candidates });
    throw error;
  }
  if (nationalId && (await personIdByNationalId(tx, m.nationalIdType!, nationalId)))
    throw ruleViolation('national_id_taken');
  const id = await insertPersonRecord(tx, {
    givenName: m.givenName,
    familyName: m.familyName,
    patronymic: m.patronymic ?? null,
    sex: m.sex,
    birthDate: m.birthDate ?? null,
    birthDateEstimated: m.birthDateEstimated,
    nationalIdType: nationalId ? m.nationalIdType : null,
    nationalId,
  });
  if (candidates.length) {
    await audit(tx, ctx, {
      action: 'person.duplicate_overridden',
      entityType: 'person',
      entityId: id,
      changes: { reason: m.confirmNewReason, candidates: candidates.length },
    });
  }
  return id;
}

const parentNamesOf = (members: HouseholdMemberInput[]) =>
  members
    .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
    .map((m) => `${m.givenName} ${m.familyName}`);

function checkMemberDates(members: HouseholdMemberInput[], on: string) {
  if (members.some((m) => m.birthDate && m.birthDate > on)) throw ruleViolation('date_in_future');
  const existing = members.map((m) => m.existingPersonId).filter(Boolean);
  if (new Set(existing).size !== existing.length) throw ruleViolation('member_twice');
}

/** A family identified for support: its members (linked to their existing records), address and worker. */
export async function registerHousehold(deps: Deps, ctx: RequestContext, body: HouseholdBody) {
  const actor = requirePermission(ctx, 'strengthening.write');
  const on = today(deps.clock);
  checkMemberDates(body.members, on);
  return deps.db.transaction(async (tx) => {
    if (!(await locationExists(tx, body.locationId)))
      throw new AppError('unknown_scope', {}, { ids: [body.locationId] });
    if (!(await worksAt(tx, actor, body.locationId))) throw new AppError('forbidden');
    await checkWorker(tx, body.locationId, body.workerId);
    const reference = await nextHouseholdReference(tx, Number(on.slice(0, 4)));
    const id = await insertHousehold(tx, {
      reference,
      locationId: body.locationId,
      address: body.address,
      phone: body.phone,
      workerId: body.workerId ?? (actor.role === 'social_worker' ? actor.userId : null),
      createdBy: actor.userId,
    });
    const parents = parentNamesOf(body.members);
    for (const [index, m] of body.members.entries()) {
      await insertHouseholdMember(tx, id, await memberRecord(tx, ctx, m, index, parents), m.relationship);
    }
    await audit(tx, ctx, {
      action: 'household.registered',
      entityType: 'household',
      entityId: id,
      changes: {
        reference,
        locationId: body.locationId,
        members: body.members.length,
        linked: body.members.filter((m) => m.existingPersonId).length,
      },
    });
    return { id, reference };
  });
}

export async function addMember(
  deps: Deps,
  ctx: RequestContext,
  householdId: string,
  body: HouseholdMemberInput,
) {
  checkMemberDates([body], today(deps.clock));
  await deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, householdId);
    const present = await memberIdsOf(tx, h.id);
    if (body.existingPersonId && present.some((m) => m.personId === body.existingPersonId))
      throw ruleViolation('member_twice');
    const parents = (await membersOf(tx, viewerOf(ctx.actor!), h.id))
      .filter((m) => m.relationship === 'mother' || m.relationship === 'father')
      .map((m) => `${m.givenName} ${m.familyName}`);
    const personId = await memberRecord(tx, ctx, body, 0, parents);
    await insertHouseholdMember(tx, h.id, personId, body.relationship);
    await audit(tx, ctx, {
      action: 'household.member_added',
      entityType: 'household_member',
      entityId: personId,
      changes: {
        householdId: h.id,
        relationship: body.relationship,
        linked: Boolean(body.existingPersonId),
      },
    });
  });
  return householdDetail(deps, ctx, householdId);
}

export async function changeHousehold(deps: Deps, ctx: RequestContext, id: string, body: HouseholdUpdate) {
  await deps.db.transaction(async (tx) => {
    const h = await loadForChange(tx, ctx, deps.clock, id);
    await checkWorker(tx, h.locationId, body.workerId);
    const changes = { address: body.address, phone: body.phone, workerId: body.workerId };
    if (!(await updateHousehold(tx, id, body.version, changes)))
      throw await versionConflict(tx, 'household', id, h.version);
    await audit(tx, ctx, {
      action: 'household.changed',
      entityType: 'household',
      entityId: id,
      changes: diff(h, changes),
    });
  });
  // Read after the commit: PGlite has one connection, held by the transaction until it ends.
  return householdDetail(deps, ctx, id);
}

/** The families the user works with or knows a member of; a list of names is a read too. */
export async function browseHouseholds(deps: Deps, ctx: RequestContext, query: HouseholdListQuery) {
  const actor = requirePermission(ctx, 'strengthening.read');
  const on = today(deps.clock);
  const names = query.q ? parseSearch(query.q).names : [];
  const { rows, total } = await listHouseholds(deps.db, viewerOf(actor), { ...query, names });
  const items = rows.map((r) => {
    const { level } = householdAccess(actor.role, r, on);
    const summary = level === 'summary';
    return {
      id: r.id,
      reference: r.reference,
      access: level === 'none' ? ('summary' as const) : level,
      locationName: r.locationName,
      names: r.members.filter((m) => !summary || m.known).map((m) => m.name),
      memberCount: summary ? null : r.members.length,
      workerName: r.workerName,
      programmeName: r.programmeName,
      status: r.status,
      riskLevel: !summary && r.scores?.length ? riskLevel(r.scores) : null,
      assessedOn: summary ? null : r.assessedOn,
      nextReviewOn: summary ? null : r.nextReviewOn,
      overdue: !summary && reviewOverdue(r.nextReviewOn, on),
    };
  });
  const { page, pageSize, ...filters } = query;
  await audit(deps.db, ctx, {
    action: 'households.listed',
    entityType: 'household_list',
    entityId: null,
    changes: { filters, page, shown: items.length },
  });
  return { items, total, page, pageSize };
}

/**
 * The family's record as far as this user may see it (see `householdAccess`). The read is
 * audited, and so is the read of each child in it who has a case (it shows in the case's access log).
 */
export async function householdDetail(deps: Deps, ctx: RequestContext, id: string): Promise<HouseholdDetail> {
  const { household: h, access } = await loadHousehold(deps.db, ctx, deps.clock, id);
  const viewer = viewerOf(ctx.actor!);
  const on = today(deps.clock);
  const parts = visibleParts(access.level);
  const [allMembers, enrolments] = await Promise.all([
    membersOf(deps.db, viewer, h.id),
    enrolmentsOfHousehold(deps.db, h.id),
  ]);
  const members = allMembers.filter((m) => parts.members || m.known);
  const [consents, assessments, plans, services, referrals] = await Promise.all([
    parts.consents ? consentsOf(deps.db, h.id, on) : null,
    parts.assessments ? assessmentsOf(deps.db, h.id) : null,
    parts.plans ? planViews(deps.db, h.id, on) : null,
    parts.services ? servicesOf(deps.db, h.id) : null,
    parts.referrals ? serviceReferralsOf(deps.db, h.id) : null,
  ]);
  await audit(deps.db, ctx, {
    action: 'household.viewed',
    entityType: 'household',
    entityId: h.id,
    changes: { level: access.level },
  });
  for (const m of members) {
    if (m.anyCaseId)
      await audit(deps.db, ctx, {
        action: 'case.viewed',
        entityType: 'household',
        entityId: h.id,
        caseId: m.anyCaseId,
      });
  }
  return {
    id: h.id,
    reference: h.reference,
    access: { level: access.level, canWrite: access.canWrite },
    locationId: h.locationId,
    locationName: h.locationName,
    workerId: h.workerId,
    workerName: h.workerName,
    address: parts.contact ? h.address : null,
    phone: parts.contact ? h.phone : null,
    members: members.map(({ known: _k, anyCaseId: _a, ...m }) => m),
    enrolments: enrolments.map((e) => (parts.exitNotes ? e : { ...e, exitNote: null, separations: [] })),
    consents,
    assessments:
      assessments?.map((a) => ({ ...a, riskLevel: riskLevel(a.scores.map((s) => s.score)) })) ?? null,
    plans,
    services,
    referrals,
    version: h.version,
  };
}

/** The household's development plans, newest first, each with its goals and reviews. */
export async function planViews(q: Queryable, householdId: string, on: string): Promise<PlanView[]> {
  const plans = await plansOf(q, householdId);
  const ids = plans.map((p) => p.id);
  const [goals, reviews] = await Promise.all([goalsOfPlans(q, ids), reviewsOfPlans(q, ids)]);
  return plans.map((p) => ({
    id: p.id,
    enrolmentId: p.enrolmentId,
    startedOn: p.startedOn,
    nextReviewOn: p.nextReviewOn,
    overdue: p.status === 'active' && reviewOverdue(p.nextReviewOn, on),
    status: p.status,
    goals: goals.filter((g) => g.planId === p.id).map(({ planId: _p, ...g }) => g),
    reviews: reviews.filter((r) => r.planId === p.id).map(({ planId: _p, ...r }) => r),
    version: p.version,
  }));
}

/** Who can be the family's worker at a location. */
export async function workersForLocation(deps: Deps, ctx: RequestContext, locationId: string) {
  requirePermission(ctx, 'strengthening.write');
  return workersAt(deps.db, locationId);
}
