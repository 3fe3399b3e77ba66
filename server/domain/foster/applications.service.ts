import type { LocalizedText } from '../../../common/contracts/common';
import type { ApplicantAdult, DecisionBody, PublicApplicationBody } from '../../../common/contracts/foster';
import { type CountryRules, countryRulesSchema } from '../../../common/foster';
import type { Queryable } from '../../db/client';
import {
  claimPublicSubmission,
  findFamily,
  findFamilyByToken,
  findRequirement,
  homeStudiesOf,
  insertFamily,
  insertHomeStudy,
  insertMember,
  insertRequirement,
  listFamilies,
  membersOf,
  nextFamilyReference,
  recordDecision,
  requirementsOf,
  ruleSetOn,
  setFamilyStatus,
  updateRequirement,
} from '../../db/repositories/foster.repository';
import { documentsOfFamily, setFamilyLocation } from '../../db/repositories/foster-documents.repository';
import { insertPersonRecord } from '../../db/repositories/persons.repository';
import { t } from '../../i18n';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { hashToken, newToken } from '../auth/tokens';
import { staleOrInvalid, versionConflict } from '../conflict';
import { type Deps, type RequestContext, today } from '../context';
import { addMonths } from '../dates';
import { AppError, notFound, ruleViolation } from '../errors';
import { documentQuota } from './documents.service';
import { type Breach, eligibilityBreaches } from './rules';

/** Public applications accepted from one address per hour (flooding is refused). */
export const PUBLIC_SUBMISSIONS_PER_HOUR = 5;

async function rulesFor(q: Queryable, country: string, on: string): Promise<CountryRules> {
  const set = await ruleSetOn(q, country, on);
  if (!set) throw ruleViolation('foster_country_unknown', { country });
  return countryRulesSchema.parse(set.rules);
}

function explain(ctx: RequestContext, breaches: Breach[]) {
  return breaches.map((b) => ({
    rule: b.rule,
    ...(b.who ? { who: b.who } : {}),
    message: t(ctx.locale, `foster.breach.${b.rule}`, { who: b.who ?? '', ...(b.values ?? {}) }),
  }));
}

const adultsForRules = (adults: ApplicantAdult[]) =>
  adults.map((a) => ({ ...a, name: `${a.givenName} ${a.familyName}` }));

/** As a family types: whether the country's rules would accept them (nothing is stored). */
export async function checkEligibility(
  deps: Deps,
  ctx: RequestContext,
  body: { country: string; adults: ApplicantAdult[] },
) {
  const rules = await rulesFor(deps.db, body.country, today(deps.clock));
  return {
    breaches: explain(
      ctx,
      eligibilityBreaches(rules.eligibility, adultsForRules(body.adults), today(deps.clock)),
    ),
  };
}

/**
 * A family applies on the public form: every adult and child of the household is recorded, the
 * country's requirements are listed for the officer, and the family gets a private link to
 * follow the application. Nothing in the form can reach another record.
 */
export async function submitApplication(deps: Deps, ctx: RequestContext, body: PublicApplicationBody) {
  const now = deps.clock.now();
  const on = today(deps.clock);
  if (body.adults.some((a) => a.birthDate > on) || body.children.some((c) => c.birthDate > on))
    throw ruleViolation('date_in_future');
  if (!body.adults.some((a) => a.applicant)) throw ruleViolation('foster_no_applicant');
  const token = newToken();
  return deps.db.transaction(async (tx) => {
    // Counted first, under a lock of the address held to the commit: a burst cannot pass the limit.
    const counted = await claimPublicSubmission(tx, {
      ip: ctx.ip,
      at: now,
      since: new Date(now.getTime() - 3_600_000),
      max: PUBLIC_SUBMISSIONS_PER_HOUR,
    });
    if (!counted) {
      throw new AppError(
        'too_many_attempts',
        { minutes: 60 },
        { rule: 'public_form_flood' },
        'rule.public_form_flood',
      );
    }
    const rules = await rulesFor(tx, body.country, on);
    const reference = await nextFamilyReference(tx, body.country, Number(on.slice(0, 4)));
    const familyId = await insertFamily(tx, {
      ...body,
      reference,
      tokenHash: hashToken(token),
      ip: ctx.ip,
      source: 'website',
      submittedAt: now,
    });
    const adultIds: string[] = [];
    for (const a of body.adults) {
      const personId = await insertPersonRecord(tx, {
        givenName: a.givenName,
        familyName: a.familyName,
        patronymic: a.patronymic ?? null,
        birthDate: a.birthDate,
        citizenship: a.citizenship,
      });
      adultIds.push(
        await insertMember(tx, {
          familyId,
          personId,
          role: a.applicant ? 'applicant' : 'adult',
          education: a.education,
          regularIncome: a.regularIncome,
          residence: a.residence,
        }),
      );
    }
    for (const c of body.children) {
      const personId = await insertPersonRecord(tx, {
        givenName: c.givenName,
        familyName: c.familyName,
        birthDate: c.birthDate,
      });
      await insertMember(tx, {
        familyId,
        personId,
        role: 'child',
        education: null,
        regularIncome: false,
        residence: null,
      });
    }
    for (const r of rules.requirements) {
      for (const memberId of r.perAdult ? adultIds : [null]) {
        for (let sequence = 1; sequence <= r.count; sequence++) {
          await insertRequirement(tx, {
            familyId,
            memberId,
            code: r.code,
            kind: r.kind,
            sequence,
            hours: r.hours ?? null,
          });
        }
      }
    }
    await audit(tx, ctx, {
      action: 'foster.applied',
      entityType: 'foster_family',
      entityId: familyId,
      changes: {
        reference,
        country: body.country,
        adults: body.adults.length,
        children: body.children.length,
      },
    });
    const breaches = eligibilityBreaches(rules.eligibility, adultsForRules(body.adults), on);
    return { reference, statusPath: `/apply/status/${token}`, breaches: explain(ctx, breaches) };
  });
}

/** What the applicant sees through their private link: status and what is still needed. */
export async function publicStatus(deps: Deps, token: string) {
  const family = await findFamilyByToken(deps.db, hashToken(token));
  if (!family) throw notFound();
  const [requirements, documents, quota] = await Promise.all([
    requirementsOf(deps.db, family.id),
    documentsOfFamily(deps.db, family.id),
    documentQuota(deps, family.id),
  ]);
  return {
    reference: family.reference,
    status: family.status,
    submittedAt: family.submittedAt,
    documents: documents.map(({ uploadedByName: _u, ...d }) => d),
    documentQuota: quota,
    requirements: requirements.map(({ id, code, kind, sequence, status, memberName }) => ({
      id,
      code,
      kind,
      sequence,
      status,
      memberName,
    })),
  };
}

export async function browseFamilies(
  deps: Deps,
  ctx: RequestContext,
  q: { country?: string; status?: string; q?: string; page: number; pageSize: number },
) {
  requirePermission(ctx, 'foster.read');
  const { items, total } = await listFamilies(deps.db, {
    ...q,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: items.map(summary), total, page: q.page, pageSize: q.pageSize };
}

const summary = (f: Awaited<ReturnType<typeof findFamily>> & object) => ({
  id: f.id,
  reference: f.reference,
  country: f.country,
  status: f.status,
  applicants: f.applicants,
  district: f.district,
  submittedAt: f.submittedAt,
  approvalExpiresOn: f.approvalExpiresOn,
  renewalDue: f.renewalDue,
  openRequirements: f.openRequirements,
});

export async function familyDetail(deps: Deps, ctx: RequestContext, id: string) {
  requirePermission(ctx, 'foster.read');
  const f = await findFamily(deps.db, id);
  if (!f) throw notFound();
  const [members, requirements, homeStudies, rules, documents, locationName] = await Promise.all([
    membersOf(deps.db, id),
    requirementsOf(deps.db, id),
    homeStudiesOf(deps.db, id),
    rulesFor(deps.db, f.country, today(deps.clock)),
    documentsOfFamily(deps.db, id),
    f.locationId ? locationNameOf(deps.db, f.locationId) : null,
  ]);
  const adults = members
    .filter((m) => m.role !== 'child')
    .map((m) => ({
      name: m.name,
      birthDate: m.birthDate,
      education: m.education,
      regularIncome: m.regularIncome,
      citizenship: m.citizenship,
      residence: m.residence,
      applicant: m.role === 'applicant',
    }));
  await audit(deps.db, ctx, { action: 'foster.viewed', entityType: 'foster_family', entityId: id });
  return {
    ...f,
    locationName,
    documents,
    members,
    requirements,
    homeStudies,
    breaches: explain(ctx, eligibilityBreaches(rules.eligibility, adults, today(deps.clock))),
  };
}

/** The office whose area the family lives in: matching scores "near the child's home" by it. */
export async function changeFamilyLocation(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; locationId: string | null },
) {
  requirePermission(ctx, 'foster.manage');
  await deps.db.transaction(async (tx) => {
    const f = await findFamily(tx, id);
    if (!f) throw notFound();
    if (body.locationId && !(await locationNameOf(tx, body.locationId)))
      throw new AppError('unknown_scope', {}, { ids: [body.locationId] });
    if (!(await setFamilyLocation(tx, id, body.version, body.locationId)))
      throw await versionConflict(tx, 'foster_family', id, f.version);
    await audit(tx, ctx, {
      action: 'foster.location_changed',
      entityType: 'foster_family',
      entityId: id,
      changes: { locationId: { from: f.locationId, to: body.locationId } },
    });
  });
  return familyDetail(deps, ctx, id);
}

async function locationNameOf(q: Queryable, id: string): Promise<LocalizedText | null> {
  const rows = await q.query<{ name: LocalizedText }>('select name from locations where id = $1', [id]);
  return rows[0]?.name ?? null;
}

/** The assessment moves on: home study, training, ready for the decision (a step may be skipped, never undone). */
export async function changeFamilyStatus(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { version: number; status: 'home_study' | 'training' | 'ready_for_review' },
) {
  requirePermission(ctx, 'foster.manage');
  const order = ['applying', 'home_study', 'training', 'ready_for_review'];
  const from = order.slice(0, order.indexOf(body.status));
  await deps.db.transaction(async (tx) => {
    const f = await findFamily(tx, id);
    if (!f) throw notFound();
    if (!(await setFamilyStatus(tx, id, body.version, body.status, from))) {
      throw await staleOrInvalid(tx, 'foster_family', id, f.version, body.version);
    }
    await audit(tx, ctx, {
      action: 'foster.status_changed',
      entityType: 'foster_family',
      entityId: id,
      changes: { status: { from: f.status, to: body.status } },
    });
  });
  // Read after the commit: PGlite has one connection, held by the transaction until it ends.
  return familyDetail(deps, ctx, id);
}

/** A requirement is complete (with its date, and expiry from the country's rules), incomplete, or waived with a reason. */
export async function changeRequirement(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: {
    version: number;
    status: 'incomplete' | 'complete' | 'waived';
    completedOn?: string | null;
    hours?: number | null;
    waivedReason?: string | null;
    note: string;
  },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  if (body.status === 'waived' && !body.waivedReason?.trim()) throw ruleViolation('waiver_reason');
  const on = today(deps.clock);
  const completedOn = body.status === 'complete' ? (body.completedOn ?? on) : null;
  if (completedOn && completedOn > on) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    const r = await findRequirement(tx, id);
    if (!r) throw notFound();
    const f = (await findFamily(tx, r.familyId))!;
    const rules = await rulesFor(tx, f.country, on);
    const validMonths = rules.requirements.find((x) => x.code === r.code)?.validMonths ?? null;
    const saved = await updateRequirement(tx, id, {
      version: body.version,
      status: body.status,
      completedOn,
      expiresOn: completedOn && validMonths ? addMonths(completedOn, validMonths) : null,
      hours: body.hours ?? null,
      waivedReason: body.status === 'waived' ? (body.waivedReason ?? null) : null,
      waivedBy: body.status === 'waived' ? actor.userId : null,
      note: body.note,
    });
    if (!saved) throw await versionConflict(tx, 'foster_requirement', id, r.version);
    await audit(tx, ctx, {
      action: 'foster.requirement_changed',
      entityType: 'foster_family',
      entityId: r.familyId,
      changes: { code: r.code, status: body.status, waivedReason: body.waivedReason ?? undefined },
    });
    return (await requirementsOf(tx, r.familyId)).find((x) => x.id === id)!;
  });
}

export async function addHomeStudy(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: { visitedOn: string; findings: string; recommendation: string },
) {
  const actor = requirePermission(ctx, 'foster.manage');
  if (body.visitedOn > today(deps.clock)) throw ruleViolation('date_in_future');
  return deps.db.transaction(async (tx) => {
    if (!(await findFamily(tx, id))) throw notFound();
    const reportId = await insertHomeStudy(tx, id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'foster.home_study',
      entityType: 'foster_family',
      entityId: id,
      changes: { visitedOn: body.visitedOn, recommendation: body.recommendation },
    });
    return (await homeStudiesOf(tx, id)).find((h) => h.id === reportId)!;
  });
}

/**
 * The decision. An approval needs every requirement complete or waived (expired ones count as
 * incomplete), the applicants eligible under the rules in force, the ages and number of children
 * the family is approved for and, where the country says so, the contract and certificate numbers.
 */
export async function decide(deps: Deps, ctx: RequestContext, id: string, body: DecisionBody) {
  requirePermission(ctx, 'foster.manage');
  const on = today(deps.clock);
  await deps.db.transaction(async (tx) => {
    const f = await findFamily(tx, id);
    if (!f) throw notFound();
    const rules = await rulesFor(tx, f.country, on);
    if (body.outcome === 'approved') {
      const open = (await requirementsOf(tx, id)).filter(
        (r) =>
          r.status === 'incomplete' || (r.status === 'complete' && r.expiresOn !== null && r.expiresOn < on),
      );
      if (open.length) throw ruleViolation('requirements_incomplete', { count: open.length });
      const members = await membersOf(tx, id);
      const adults = members
        .filter((m) => m.role !== 'child')
        .map((m) => ({ ...m, applicant: m.role === 'applicant' }));
      if (eligibilityBreaches(rules.eligibility, adults, on).length) throw ruleViolation('not_eligible');
      // The process: an approval follows the assessment, once the family is ready for review.
      if (f.status !== 'ready_for_review') throw ruleViolation('not_ready_for_review');
      if (body.ageMin == null || body.ageMax == null || body.childrenMax == null || body.ageMin > body.ageMax)
        throw ruleViolation('approval_terms');
      if (rules.approvalNeedsContract && (!body.contractNumber || !body.certificateNumber))
        throw ruleViolation('contract_required');
    }
    const saved = await recordDecision(tx, id, {
      version: body.version,
      status: body.outcome,
      decidedOn: on,
      reason: body.reason,
      ageMin: body.outcome === 'approved' ? (body.ageMin ?? null) : null,
      ageMax: body.outcome === 'approved' ? (body.ageMax ?? null) : null,
      childrenMax: body.outcome === 'approved' ? (body.childrenMax ?? null) : null,
      needs: body.outcome === 'approved' ? body.needs : [],
      expiresOn: body.outcome === 'approved' ? addMonths(on, rules.approvalValidMonths) : null,
      contractNumber: body.contractNumber ?? null,
      certificateNumber: body.certificateNumber ?? null,
    });
    if (!saved) {
      throw await staleOrInvalid(tx, 'foster_family', id, f.version, body.version);
    }
    await audit(tx, ctx, {
      action: `foster.${body.outcome}`,
      entityType: 'foster_family',
      entityId: id,
      changes: { reason: body.reason },
    });
  });
  return familyDetail(deps, ctx, id);
}
