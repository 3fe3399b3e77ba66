import { ruleViolation } from '../errors';

/**
 * The four-eyes rule of every approval (gatekeeping decisions, care plans): the reviewer is not
 * the person who wrote or sent the record, and sending it back says what to change.
 */
export function checkReview(
  reviewerId: string,
  authorId: string | null,
  body: { outcome: 'approve' | 'return'; comment: string },
) {
  if (authorId === reviewerId) throw ruleViolation('own_approval');
  if (body.outcome === 'return' && !body.comment.trim()) throw ruleViolation('comment_required');
}
