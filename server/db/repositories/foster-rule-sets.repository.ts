import type { CountryRules } from '../../../common/foster';
import type { Queryable } from '../client';

// A country's foster rules (eligibility, requirements, allowances) by the date they take effect.

export async function ensureRuleSet(
  q: Queryable,
  country: string,
  effectiveFrom: string,
  rules: CountryRules,
  by: string | null,
) {
  await q.query(
    `insert into country_rule_sets (country, effective_from, rules, created_by) values ($1, $2, $3, $4)
     on conflict (country, effective_from) do nothing`,
    [country, effectiveFrom, JSON.stringify(rules), by],
  );
}

/** The rule set in force in a country on a date: the latest that took effect by then. */
export async function ruleSetOn(
  q: Queryable,
  country: string,
  on: string,
): Promise<{ id: string; rules: CountryRules } | undefined> {
  return (
    await q.query<{ id: string; rules: CountryRules }>(
      `select id, rules from country_rule_sets where country = $1 and effective_from <= $2 order by effective_from desc limit 1`,
      [country, on],
    )
  )[0];
}

export async function listRuleSets(q: Queryable) {
  return q.query<{ id: string; country: string; effectiveFrom: string; rules: CountryRules }>(
    'select id, country, effective_from as "effectiveFrom", rules from country_rule_sets order by country, effective_from desc',
  );
}

export async function ruleSetExists(q: Queryable, country: string, effectiveFrom: string): Promise<boolean> {
  const rows = await q.query('select 1 from country_rule_sets where country = $1 and effective_from = $2', [
    country,
    effectiveFrom,
  ]);
  return rows.length > 0;
}
