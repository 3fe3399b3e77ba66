import type { AmbassadorFigures, FosterDayResults } from '../../../common/contracts/foster-day';
import {
  ambassadorCounts,
  campaignCounts,
  ownCooperationCountry,
} from '../../db/repositories/recruitment-aggregates.repository';
import { requirePermission } from '../access/actor';
import { type Deps, type RequestContext, today } from '../context';
import { notFound, ruleViolation } from '../errors';
import { protectCount } from '../indicators/suppression';
import { SMALL_CELL } from './foster-day-kinds';

/**
 * A country's side: the payloads of the Foster Family Day results and the ambassadors' year, built
 * from the country's own funnel counts (decision 0045). Each count is published as the indicators
 * are (decision 0019): rounded down to a multiple of 5, under 5 withheld as null, so no figure of
 * one or two families leaves the country. The signed sending is push.service.ts's.
 */

const publish = (n: number) => protectCount(n, SMALL_CELL);

async function sendingCountry(deps: Deps): Promise<string> {
  const country = await ownCooperationCountry(deps.db);
  if (!country) throw ruleViolation('cooperation_no_country');
  return country;
}

/** 30 June is the international Foster Family Day; any other day is the country's own. */
const observanceOf = (day: string) => (day.slice(5) === '06-30' ? 'international' : 'national');

export async function fosterDayPayload(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; day: string; campaignIds: readonly string[] },
): Promise<FosterDayResults> {
  requirePermission(ctx, 'cooperation.push');
  if (Number(input.day.slice(0, 4)) !== input.year) throw ruleViolation('foster_day_other_year');
  const country = await sendingCountry(deps);
  const countedAt = today(deps.clock);
  const ids = [...new Set(input.campaignIds)];
  const campaigns = await campaignCounts(deps.db, country, ids, countedAt);
  // A campaign of another country, or none at all, is not the country's to send.
  if (campaigns.length !== ids.length) throw notFound();
  const sum = (k: 'events' | 'inquiries' | 'applications' | 'approvals') =>
    publish(campaigns.reduce((total, c) => total + c[k], 0));
  return {
    year: input.year,
    day: input.day,
    observance: observanceOf(input.day),
    campaigns: campaigns.map((c) => ({
      name: c.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      events: publish(c.events),
      inquiries: publish(c.inquiries),
      applications: publish(c.applications),
      approvals: publish(c.approvals),
    })),
    totals: {
      events: sum('events'),
      inquiries: sum('inquiries'),
      applications: sum('applications'),
      approvals: sum('approvals'),
    },
    countedAt,
  };
}

export async function ambassadorsPayload(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number },
): Promise<AmbassadorFigures> {
  requirePermission(ctx, 'cooperation.push');
  const country = await sendingCountry(deps);
  const countedAt = today(deps.clock);
  const yearEnd = `${input.year}-12-31`;
  const to = countedAt < yearEnd ? countedAt : yearEnd;
  const counts = await ambassadorCounts(deps.db, country, `${input.year}-01-01`, to);
  return {
    year: input.year,
    activeAmbassadors: publish(counts.activeAmbassadors),
    events: publish(counts.events),
    inquiries: publish(counts.inquiries),
    approvedFamilies: publish(counts.approvedFamilies),
    countedAt,
  };
}
