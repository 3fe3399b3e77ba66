import { isOpenRequirement } from '../../../common/foster';
import { documentsOfFamily } from '../../db/repositories/foster-documents.repository';
import {
  findFamily,
  listFamilies,
  membersOf,
  setFamilyLocation,
} from '../../db/repositories/foster-families.repository';
import { homeStudiesOf } from '../../db/repositories/foster-home-studies.repository';
import { requirementsOf } from '../../db/repositories/foster-requirements.repository';
import { locationNameOf } from '../../db/repositories/location-lookups.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import { AppError, notFound } from '../errors';
import { explain, rulesFor } from './eligibility';
import { eligibilityBreaches } from './rules';

// The officer's view of the families: the list, one family's file, and where the family lives.

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
  districtCode: f.districtCode,
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
    // Counted by the clock's day, as the decision counts them.
    openRequirements: requirements.filter((r) => isOpenRequirement(r, today(deps.clock))).length,
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
