import type { DecisionBody } from '../../../common/contracts/foster';
import { isOpenRequirement } from '../../../common/foster';
import { findFamily, membersOf } from '../../db/repositories/foster-families.repository';
import { recordDecision } from '../../db/repositories/foster-family-status.repository';
import { requirementsOf } from '../../db/repositories/foster-requirements.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { today } from '../context';
import { addMonths } from '../dates';
import { notFound, ruleViolation } from '../errors';
import { rulesFor } from './eligibility';
import { familyDetail } from './families.service';
import { eligibilityBreaches } from './rules';

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
      const open = (await requirementsOf(tx, id)).filter((r) => isOpenRequirement(r, on));
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
