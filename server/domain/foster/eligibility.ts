import type { ApplicantAdult } from '../../../common/contracts/foster';
import { type CountryRules, countryRulesSchema } from '../../../common/foster';
import type { Queryable } from '../../db/client';
import { ruleSetOn } from '../../db/repositories/foster-rule-sets.repository';
import { t } from '../../i18n/translate';
import type { RequestContext } from '../context';
import { ruleViolation } from '../errors';
import type { Breach } from './rules';

// What every step of an application checks against: the country's rules in force, and their breaches in words.

export async function rulesFor(q: Queryable, country: string, on: string): Promise<CountryRules> {
  const set = await ruleSetOn(q, country, on);
  if (!set) throw ruleViolation('foster_country_unknown', { country });
  return countryRulesSchema.parse(set.rules);
}

export function explain(ctx: RequestContext, breaches: Breach[]) {
  return breaches.map((b) => ({
    rule: b.rule,
    ...(b.who ? { who: b.who } : {}),
    message: t(ctx.locale, `foster.breach.${b.rule}`, { who: b.who ?? '', ...(b.values ?? {}) }),
  }));
}

export const adultsForRules = (adults: ApplicantAdult[]) =>
  adults.map((a) => ({ ...a, name: `${a.givenName} ${a.familyName}` }));
