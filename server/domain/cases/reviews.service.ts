import type { ContactBody, ReviewBody } from '../../../common/contracts/cases';
import { refreshNextReview } from '../../db/repositories/cases.repository';
import {
  contactsOfCase,
  familyMemberBelongsToChild,
  insertContact,
  insertReview,
  reviewById,
  reviewsOfCase,
} from '../../db/repositories/reviews.repository';
import { requirePermission } from '../access/actor';
import { loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import { type Deps, type RequestContext, today } from '../context';
import { AppError, ruleViolation } from '../errors';

export async function reviewsOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'reviews');
  return reviewsOfCase(deps.db, c.id);
}

/** A review with the child taking part; it sets when the next one falls due. */
export async function recordReview(deps: Deps, ctx: RequestContext, caseId: string, body: ReviewBody) {
  const actor = requirePermission(ctx, 'cases.write');
  if (body.heldOn > today(deps.clock)) throw ruleViolation('date_in_future');
  if (body.nextReviewOn && body.nextReviewOn <= body.heldOn) throw ruleViolation('next_review_after_review');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const id = await insertReview(tx, c.id, body, actor.userId);
    await refreshNextReview(tx, c.id);
    await audit(tx, ctx, {
      action: 'review.recorded',
      entityType: 'review',
      entityId: id,
      caseId: c.id,
      changes: {
        heldOn: body.heldOn,
        kind: body.kind,
        necessityHolds: body.necessityHolds,
        suitabilityHolds: body.suitabilityHolds,
      },
    });
    return (await reviewById(tx, id))!;
  });
}

export async function contactsOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'contacts');
  return contactsOfCase(deps.db, c.id);
}

/** Contact with the family of origin: planned, held or cancelled (and by whom), with the child's reaction. */
export async function recordContact(deps: Deps, ctx: RequestContext, caseId: string, body: ContactBody) {
  const actor = requirePermission(ctx, 'cases.write');
  if (body.status === 'held' && body.contactOn > today(deps.clock)) throw ruleViolation('date_in_future');
  if (body.status === 'cancelled' && !body.cancelledBy) throw ruleViolation('cancelled_by_required');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    if (body.familyMemberId && !(await familyMemberBelongsToChild(tx, body.familyMemberId, c.childId))) {
      throw new AppError('unknown_scope', {}, { ids: [body.familyMemberId] });
    }
    const id = await insertContact(tx, c.id, body, actor.userId);
    await audit(tx, ctx, {
      action: 'contact.recorded',
      entityType: 'contact',
      entityId: id,
      caseId: c.id,
      changes: { contactOn: body.contactOn, kind: body.kind, status: body.status },
    });
    return (await contactsOfCase(tx, c.id)).find((x) => x.id === id)!;
  });
}
