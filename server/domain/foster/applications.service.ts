import type { ApplicantAdult, PublicApplicationBody } from '../../../common/contracts/foster';
import { matchPlace } from '../../../common/places/match';
import {
  claimPublicSubmission,
  insertFamily,
  insertMember,
  nextFamilyReference,
} from '../../db/repositories/foster-applications.repository';
import { documentsOfFamily } from '../../db/repositories/foster-documents.repository';
import { findFamilyByToken } from '../../db/repositories/foster-families.repository';
import { insertRequirement, requirementsOf } from '../../db/repositories/foster-requirements.repository';
import { insertPersonRecord } from '../../db/repositories/persons.repository';
import { audit } from '../audit/audit';
import { hashToken, newToken } from '../auth/tokens';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { checkDistrictCountry } from './districts.service';
import { documentQuota } from './documents.service';
import { adultsForRules, explain, rulesFor } from './eligibility';
import { eligibilityBreaches } from './rules';

// The public side of an application: the family checks, applies and follows it through a private link.

/** Public applications accepted from one address per hour (flooding is refused). */
export const PUBLIC_SUBMISSIONS_PER_HOUR = 5;

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
  checkDistrictCountry(body.districtCode, body.country);
  // A district only written (an older form, another client) is matched to its place when sure.
  const districtCode = body.districtCode ?? matchPlace(body.district, body.country);
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
      districtCode,
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
