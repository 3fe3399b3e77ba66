import type { DuplicateCandidate, DuplicateCheckBody } from '../../../common/contracts/search';
import type { Queryable } from '../../db/client';
import type { CaseViewer } from '../../db/repositories/case-scope';
import { duplicateCandidates, type PersonProbe } from '../../db/repositories/duplicates.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { duplicateScore, LIKELY_DUPLICATE } from './duplicates';

/**
 * Likely existing records of the person about to be registered, best first. A person the user
 * may not see (with a case or without: a child of day care, a parent of a household) is
 * reported only as "a possible duplicate exists, ask …" — never their id, birth date or patronymic.
 */
export async function likelyDuplicates(
  q: Queryable,
  viewer: CaseViewer,
  probe: PersonProbe,
): Promise<DuplicateCandidate[]> {
  const rows = await duplicateCandidates(q, viewer, probe);
  return rows
    .map((row) => ({ row, ...duplicateScore(probe, row) }))
    .filter((c) => c.score >= LIKELY_DUPLICATE)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10)
    .map(({ row, score, reasons }) =>
      row.visible
        ? {
            visible: true as const,
            personId: row.personId,
            givenName: row.givenName,
            familyName: row.familyName,
            patronymic: row.patronymic,
            birthDate: row.birthDate,
            caseId: row.visibleCaseId,
            caseNumber: row.visibleCaseId ? row.caseNumber : null,
            score,
            reasons,
          }
        : { visible: false as const, score, askLocation: row.locationName, askWorker: row.workerName },
    );
}

export async function checkDuplicates(deps: Deps, ctx: RequestContext, body: DuplicateCheckBody) {
  const actor = requirePermission(ctx, 'cases.write');
  const candidates = await likelyDuplicates(deps.db, viewerOf(actor), body);
  await audit(deps.db, ctx, {
    action: 'people.duplicate_check',
    entityType: 'person_search',
    entityId: null,
    changes: { found: candidates.length },
  });
  return { candidates };
}
