import type { MatchTier, SearchHit } from '../../../common/contracts/search';
import { type SearchTerms, searchPeople } from '../../db/repositories/search.repository';
import { requirePermission, viewerOf } from '../access/actor';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { parseSearch, typedLetters } from './query-terms';

/** The search box: people the user may see, found by any part of their name in any script. */
export async function findPeople(deps: Deps, ctx: RequestContext, text: string, limit: number) {
  const actor = requirePermission(ctx, 'cases.read');
  const terms = parseSearch(text);
  // One more than asked tells whether there are more, without counting them all.
  const found = sameLettersFirst(terms, await searchPeople(deps.db, viewerOf(actor), terms, limit + 1));
  const hits = found.slice(0, limit);
  // Names shown are a read of those records: the search is audited (without the text typed).
  await audit(deps.db, ctx, {
    action: 'people.searched',
    entityType: 'person_search',
    entityId: null,
    changes: { words: terms.names.length, shown: hits.length },
  });
  return { items: hits, more: found.length > limit };
}

const TIER_ORDER: Record<MatchTier, number> = { number: 0, exact: 0, folded: 1, script: 2, near: 3 };

/**
 * "Same letters" only when every word typed starts a word of the name letter for letter: a match
 * found by dropping diacritics or changing script (Ozturk → Öztürk, Алиева → Aliyeva) is "folded",
 * and is listed after the people written exactly as typed.
 */
export function sameLettersFirst(terms: SearchTerms, hits: SearchHit[]): SearchHit[] {
  return hits
    .map((hit) => {
      if (hit.match !== 'exact') return hit;
      const words = [hit.givenName, hit.familyName, hit.patronymic ?? '']
        .join(' ')
        .split(/\s+/)
        .map(typedLetters)
        .filter(Boolean);
      const same = terms.names.every((n) => words.some((w) => w.startsWith(n.typed)));
      return same ? hit : { ...hit, match: 'folded' as const };
    })
    .sort((a, b) => TIER_ORDER[a.match] - TIER_ORDER[b.match]);
}
