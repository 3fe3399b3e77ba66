import type { Queryable } from '../../db/client';
import { requirePermission } from '../access/actor';
import { loadOpenCase } from '../access/cases';
import { audit } from '../audit/audit';
import { staleOrInvalid } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { notFound, ruleViolation } from '../errors';

/*
 * The approval workflow of case records a worker writes and a supervisor approves (gatekeeping
 * decisions, care plans): one set of steps, so both records keep the same rules — the case open
 * and in scope, complete before sending, four eyes, optimistic versions, one audit row per step.
 */

export interface ReviewBody {
  version: number;
  outcome: 'approve' | 'return';
  comment: string;
}

/** What differs between the records that go through approval; the steps are the same. */
export interface Approvable<R extends { caseId: string; version: number }, V> {
  /** As the audit log and version conflicts name the record: `care_plan`, `gatekeeping`. */
  entityType: string;
  find(q: Queryable, id: string): Promise<R | undefined>;
  /** The rule a record sent for approval breaks because something is missing, or null. */
  incomplete(record: R): string | null;
  /** Who wrote or sent the record: they may not approve it. */
  author(record: R): string | null;
  /** Moves the record to submitted; false when its version or state did not allow it. */
  markSubmitted(tx: Queryable, id: string, version: number, by: string): Promise<boolean>;
  /** Moves the record to approved or back to its author; false as for `markSubmitted`. */
  markReviewed(tx: Queryable, id: string, body: ReviewBody, by: string): Promise<boolean>;
  /** What else a review changes (the plan in force, the next review date). */
  afterReview?(tx: Queryable, record: R, outcome: ReviewBody['outcome']): Promise<void>;
  /** What the caller sees of the record. */
  present(record: R): V;
}

/**
 * The four-eyes rule of every approval: the reviewer is not the person who wrote or sent the
 * record, and sending it back says what to change.
 */
export function checkReview(
  reviewerId: string,
  authorId: string | null,
  body: { outcome: 'approve' | 'return'; comment: string },
) {
  if (authorId === reviewerId) throw ruleViolation('own_approval');
  if (body.outcome === 'return' && !body.comment.trim()) throw ruleViolation('comment_required');
}

/** The record, if it exists and its case is open and one this user may see. */
export async function loadForApproval<R extends { caseId: string; version: number }>(
  tx: Queryable,
  ctx: RequestContext,
  kind: Pick<Approvable<R, unknown>, 'find'>,
  id: string,
): Promise<R> {
  const record = await kind.find(tx, id);
  if (!record) throw notFound();
  await loadOpenCase(tx, ctx, record.caseId);
  return record;
}

/** Sent for approval by a worker: only when complete, and only from the state its update allows. */
export async function submitForApproval<R extends { caseId: string; version: number }, V>(
  deps: Deps,
  ctx: RequestContext,
  kind: Approvable<R, V>,
  id: string,
  version: number,
): Promise<V> {
  const actor = requirePermission(ctx, 'cases.write');
  return deps.db.transaction(async (tx) => {
    const record = await loadForApproval(tx, ctx, kind, id);
    await markSubmittedWithin(tx, ctx, kind, { id, record, version, by: actor.userId });
    return kind.present((await kind.find(tx, id))!);
  });
}

/** The sending step inside a transaction the caller holds (one record, or each of a sibling group's). */
export async function markSubmittedWithin<R extends { caseId: string; version: number }, V>(
  tx: Queryable,
  ctx: RequestContext,
  kind: Approvable<R, V>,
  step: { id: string; record: R; version: number; by: string },
) {
  const missing = kind.incomplete(step.record);
  if (missing) throw ruleViolation(missing);
  if (!(await kind.markSubmitted(tx, step.id, step.version, step.by))) {
    throw await staleOrInvalid(tx, kind.entityType, step.id, step.record.version, step.version);
  }
  await audit(tx, ctx, {
    action: `${kind.entityType}.submitted`,
    entityType: kind.entityType,
    entityId: step.id,
    caseId: step.record.caseId,
  });
}

/** A supervisor approves the record or returns it with a comment; nobody approves their own. */
export async function reviewForApproval<R extends { caseId: string; version: number }, V>(
  deps: Deps,
  ctx: RequestContext,
  kind: Approvable<R, V>,
  id: string,
  body: ReviewBody,
): Promise<V> {
  const actor = requirePermission(ctx, 'cases.approve');
  return deps.db.transaction(async (tx) => {
    const record = await loadForApproval(tx, ctx, kind, id);
    checkReview(actor.userId, kind.author(record), body);
    if (!(await kind.markReviewed(tx, id, body, actor.userId))) {
      throw await staleOrInvalid(tx, kind.entityType, id, record.version, body.version);
    }
    await kind.afterReview?.(tx, record, body.outcome);
    await audit(tx, ctx, {
      action: `${kind.entityType}.${body.outcome === 'approve' ? 'approved' : 'returned'}`,
      entityType: kind.entityType,
      entityId: id,
      caseId: record.caseId,
      changes: { comment: body.comment },
    });
    return kind.present((await kind.find(tx, id))!);
  });
}
