import { requirePermission } from '../access/actor';
import type { Deps, RequestContext } from '../context';
import { indicatorSet } from '../indicators/exchange.service';
import { pushDocument } from './push.service';

/**
 * The year's indicator document (the exchange set: aggregates only, counts rounded down to a
 * multiple of 5 and under 5 withheld) signed and given to the hub, over the network or as a file.
 */
export async function pushIndicators(
  deps: Deps,
  ctx: RequestContext,
  body: { year: number; via: 'network' | 'file' },
) {
  requirePermission(ctx, 'cooperation.push');
  const payload = await indicatorSet(deps, ctx, body.year);
  return pushDocument(deps, ctx, { kind: 'indicators', payload, subject: String(body.year), via: body.via });
}

/** The file's name: whose, what, which year, and the start of the document's id to tell two apart. */
export function pushFileName(document: { country: string; kind: string; id: string }, subject: string) {
  return `yuva-${document.country}-${document.kind}-${subject}-${document.id.slice(0, 8)}.json`;
}
