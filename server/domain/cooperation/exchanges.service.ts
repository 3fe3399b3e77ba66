import type { Exchange, ExchangeBody } from '../../../common/contracts/exchanges';
import {
  findExchange,
  insertExchange,
  isMemberCountry,
  listExchanges,
  updateExchange,
} from '../../db/repositories/exchanges.repository';
import { audit, diff } from '../audit/audit';
import { versionConflict } from '../conflict';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { type CooperationCaller, requireCooperation, requireCountryEditor } from './membership';

/**
 * Exchanges between member countries (issue 17): either side of an exchange — the sending or the
 * hosting country — records and keeps it, so a delegate of either may write it; a third country's
 * delegate may not. The hub's administrator may act for any.
 */
async function requireEitherCountry(deps: Deps, ctx: RequestContext, countries: readonly string[]) {
  try {
    return await requireCountryEditor(deps, ctx, countries[0]!);
  } catch (error) {
    const otherCountry =
      error instanceof AppError && error.messageKey === 'rule.cooperation_not_your_country';
    if (!otherCountry || countries.length < 2) throw error;
    return requireCountryEditor(deps, ctx, countries[1]!);
  }
}

async function checkExchange(deps: Deps, e: ExchangeBody): Promise<void> {
  if (e.fromCountry === e.toCountry) throw ruleViolation('exchange_same_country');
  if (e.endsOn < e.startsOn) throw ruleViolation('exchange_ends_before_start');
  if (e.evaluationAnswered != null && e.evaluationAnswered > e.participants)
    throw ruleViolation('exchange_more_answers_than_participants');
  for (const country of [e.fromCountry, e.toCountry])
    if (!(await isMemberCountry(deps.db, country))) throw ruleViolation('exchange_not_member', { country });
}

export async function exchanges(deps: Deps, ctx: RequestContext, year: number | null): Promise<Exchange[]> {
  await requireCooperation(deps, ctx);
  return listExchanges(deps.db, year);
}

export async function exchange(deps: Deps, ctx: RequestContext, id: string): Promise<Exchange> {
  await requireCooperation(deps, ctx);
  const found = await findExchange(deps.db, id);
  if (!found) throw notFound();
  return found;
}

export async function recordExchange(deps: Deps, ctx: RequestContext, body: ExchangeBody): Promise<Exchange> {
  const caller: CooperationCaller = await requireEitherCountry(deps, ctx, [body.fromCountry, body.toCountry]);
  await checkExchange(deps, body);
  return deps.db.transaction(async (tx) => {
    const id = await insertExchange(tx, body, caller.actor.userId);
    await audit(tx, ctx, {
      action: 'cooperation.exchange_recorded',
      entityType: 'cooperation_exchange',
      entityId: id,
      changes: body,
    });
    return (await findExchange(tx, id))!;
  });
}

export async function changeExchange(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  body: ExchangeBody & { version: number },
): Promise<Exchange> {
  await requireCooperation(deps, ctx, 'cooperation.write');
  const { version, ...next } = body;
  const before = await findExchange(deps.db, id);
  if (!before) throw notFound();
  // Both the exchange as it is and as it will be must be the caller's country's.
  await requireEitherCountry(deps, ctx, [before.fromCountry, before.toCountry]);
  await requireEitherCountry(deps, ctx, [next.fromCountry, next.toCountry]);
  await checkExchange(deps, next);
  return deps.db.transaction(async (tx) => {
    const current = await findExchange(tx, id);
    if (!current) throw notFound();
    if (!(await updateExchange(tx, id, version, next)))
      throw await versionConflict(tx, 'cooperation_exchange', id, current.version);
    await audit(tx, ctx, {
      action: 'cooperation.exchange_updated',
      entityType: 'cooperation_exchange',
      entityId: id,
      changes: diff(current, {
        ...next,
        materials: next.materials.map((m) => ({ title: m.title, link: m.link ?? null })),
      }),
    });
    return (await findExchange(tx, id))!;
  });
}
