import type { Queryable } from '../../db/client';
import { type CaseRecord, siblingsOf } from '../../db/repositories/cases.repository';
import { loadOpenCase } from '../access/cases';
import type { RequestContext } from '../context';
import { ruleViolation } from '../errors';

export interface SiblingCase {
  case: CaseRecord;
  name: string;
}

/**
 * The cases of the brothers and sisters a request names to act on together with the child's
 * own case: each one open and in the caller's scope (out of scope answers like one that does
 * not exist), and each really a brother or sister of the child, named once.
 */
export async function siblingCases(
  tx: Queryable,
  ctx: RequestContext,
  child: CaseRecord,
  caseIds: readonly string[],
): Promise<SiblingCase[]> {
  if (!caseIds.length) return [];
  const siblings = await siblingsOf(tx, child.childId);
  const seen = new Set<string>([child.id]);
  const found: SiblingCase[] = [];
  for (const id of caseIds) {
    const c = await loadOpenCase(tx, ctx, id);
    const sibling = siblings.find((s) => s.caseId === c.id);
    if (!sibling || seen.has(c.id)) throw ruleViolation('not_a_sibling', { caseNumber: c.caseNumber });
    seen.add(c.id);
    found.push({ case: c, name: sibling.name });
  }
  return found;
}
