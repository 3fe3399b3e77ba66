import type { FamilySuggestions, FamilySuggestionsBody } from '../../../common/contracts/cases';
import type { Queryable } from '../../db/client';
import type { CaseViewer } from '../../db/repositories/case-scope';
import { relativesOfSiblings } from '../../db/repositories/sibling-relatives.repository';
import { duplicateScore } from '../search/duplicates';
import { likelyDuplicates } from '../search/duplicates.service';

/**
 * A brother's or sister's relative bearing the name typed is very likely the same person: the
 * same name alone (40) is enough, or a near spelling with a near birth date; a birth date far
 * apart (−20) says it is someone else.
 */
const SIBLING_RELATIVE_LIKELY = 40;

/**
 * The people already on file whom the worker adding a member of the child's family may mean:
 * the relatives of the child's brothers and sisters first (the likeliest at the top), then the
 * likely existing records of the name typed, as at registration.
 */
export async function familySuggestionsFor(
  q: Queryable,
  viewer: CaseViewer,
  childId: string,
  typed: FamilySuggestionsBody,
): Promise<FamilySuggestions & { siblingCaseIds: string[] }> {
  const probe =
    typed.givenName && typed.familyName
      ? { ...typed, givenName: typed.givenName, familyName: typed.familyName }
      : null;
  const relatives = await relativesOfSiblings(q, viewer, childId);
  const siblingFamily = relatives
    .map((row) => {
      const { score, reasons } = probe ? duplicateScore(probe, row) : { score: 0, reasons: [] };
      const named = reasons.some((r) => r === 'same_name' || r === 'near_name' || r === 'national_id');
      const { birthDateEstimated: _e, nationalId: _n, parentNames: _p, siblingCaseId: _c, ...shown } = row;
      return { ...shown, score, reasons, likely: named && score >= SIBLING_RELATIVE_LIKELY };
    })
    .sort((a, b) => b.score - a.score || a.familyName.localeCompare(b.familyName));
  const offered = new Set([childId, ...siblingFamily.map((r) => r.personId)]);
  const duplicates = probe
    ? (await likelyDuplicates(q, viewer, probe)).filter((c) => !c.visible || !offered.has(c.personId))
    : [];
  // Whose family records were read: the brothers' and sisters' cases (for the access log).
  const siblingCaseIds = [...new Set(relatives.map((r) => r.siblingCaseId))];
  return { siblingFamily, duplicates, siblingCaseIds };
}
