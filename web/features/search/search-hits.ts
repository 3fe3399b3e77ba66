import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchHit } from '../../../common/contracts/search';
import { api, queryString } from '../../lib/api';

/**
 * Where picking a person leads: a child's case, or the case of the child whose family they are
 * in; a caregiver's house in the village (when the user may open the village); else nowhere.
 */
export function hitTarget(hit: SearchHit): string | null {
  if (hit.caseId) return `/cases/${hit.caseId}`;
  if (hit.programmeId && hit.houseId) return `/programmes/${hit.programmeId}?house=${hit.houseId}`;
  return null;
}

/** The search as typed (two letters at least), the best `limit` matches and whether there are more. */
export function useSearchHits(text: string, limit: number) {
  return useQuery({
    queryKey: ['search', text, limit],
    queryFn: () =>
      api<{ items: SearchHit[]; more: boolean }>(
        'GET',
        `/api/search/people${queryString({ q: text, limit })}`,
      ),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
