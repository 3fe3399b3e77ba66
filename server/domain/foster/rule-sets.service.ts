import type { CountryRules } from '../../../common/foster';
import type { Db } from '../../db/client';
import {
  ensureRuleSet,
  listRuleSets,
  ruleSetExists,
} from '../../db/repositories/foster-rule-sets.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError } from '../errors';
import { COUNTRY_RULES } from './country-rules.data';

/** Loads the seeded country rule sets that are missing (reference data, on every start). */
export async function loadCountryRules(db: Db) {
  for (const r of COUNTRY_RULES) await ensureRuleSet(db, r.country, r.effectiveFrom, r.rules, null);
}

export async function ruleSets(deps: Deps, ctx: RequestContext) {
  requirePermission(ctx, 'foster.read');
  return listRuleSets(deps.db);
}

/** An administrator adds a country, or a new version of its rules from a date. */
export async function addRuleSet(
  deps: Deps,
  ctx: RequestContext,
  body: { country: string; effectiveFrom: string; rules: CountryRules },
) {
  const actor = requirePermission(ctx, 'foster.rules');
  return deps.db.transaction(async (tx) => {
    if (await ruleSetExists(tx, body.country, body.effectiveFrom)) throw new AppError('invalid_state');
    await ensureRuleSet(tx, body.country, body.effectiveFrom, body.rules, actor.userId);
    await audit(tx, ctx, {
      action: 'foster.rules_added',
      entityType: 'country_rule_set',
      entityId: `${body.country}:${body.effectiveFrom}`,
      changes: body.rules,
    });
    return (await listRuleSets(tx)).find(
      (r) => r.country === body.country && r.effectiveFrom === body.effectiveFrom,
    )!;
  });
}
