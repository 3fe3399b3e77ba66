import { searchPeople } from '../../db/repositories/search.repository';
import { audit } from '../audit/audit';
import { requirePermission, viewerOf } from '../cases/case-access';
import type { Deps, RequestContext } from '../context';
import { parseSearch } from './query-terms';

/** The search box: people the user may see, found by any part of their name in any script. */
export async function findPeople(deps: Deps, ctx: RequestContext, text: string, limit: number) {
  const actor = requirePermission(ctx, 'cases.read');
  const terms = parseSearch(text);
  const hits = await searchPeople(deps.db, viewerOf(actor), terms, limit);
  // Names shown are a read of those records: the search is audited (without the text typed).
  await audit(deps.db, ctx, {
    action: 'people.searched',
    entityType: 'person_search',
    entityId: null,
    changes: { words: terms.names.length, shown: hits.length },
  });
  return { items: hits };
}
