import type { Queryable } from '../client';

/**
 * The recruitment funnel's counts a country sends the cooperation hub (decision 0045): numbers
 * only, never a row of a family, an inquiry or an ambassador. Approvals count the families whose
 * application the country approved (whatever became of them since).
 */

const APPROVED = `('approved', 'available', 'active', 'renewal_due')`;

/** The country this installation speaks for towards the hub, if set. */
export async function ownCooperationCountry(q: Queryable): Promise<string | null> {
  const rows = await q.query<{ country: string | null }>('select country from cooperation_settings');
  return rows[0]?.country ?? null;
}

export interface CampaignCounts {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string | null;
  events: number;
  inquiries: number;
  applications: number;
  approvals: number;
}

/** Each of the country's campaigns named, with what it brought up to `asOf`. */
export async function campaignCounts(
  q: Queryable,
  country: string,
  campaignIds: readonly string[],
  asOf: string,
): Promise<CampaignCounts[]> {
  return q.query<CampaignCounts>(
    `select c.id, c.name, c.starts_on::text as "startsOn", c.ends_on::text as "endsOn",
            (select count(*)::int from foster_events e where e.campaign_id = c.id and e.held_on <= $3) as events,
            (select count(*)::int from foster_inquiries i where i.campaign_id = c.id and i.received_on <= $3) as inquiries,
            (select count(*)::int from foster_families f where f.campaign_id = c.id
               and f.submitted_at::date <= $3) as applications,
            (select count(*)::int from foster_families f where f.campaign_id = c.id
               and f.status in ${APPROVED} and f.decided_on <= $3) as approvals
       from foster_campaigns c
      where c.country = $1 and c.id = any($2::uuid[])
      order by c.starts_on, c.name`,
    [country, [...campaignIds], asOf],
  );
}

/** The ambassadors' year: active ambassadors, events they held, inquiries and approved families they brought. */
export async function ambassadorCounts(q: Queryable, country: string, from: string, to: string) {
  const rows = await q.query<{
    activeAmbassadors: number;
    events: number;
    inquiries: number;
    approvedFamilies: number;
  }>(
    `select (select count(*)::int from foster_ambassadors a
              where a.country = $1 and a.active and a.joined_on <= $3) as "activeAmbassadors",
            (select count(*)::int from foster_events e
              where e.country = $1 and e.ambassador_id is not null and e.held_on between $2 and $3) as events,
            (select count(*)::int from foster_inquiries i
              where i.country = $1 and i.ambassador_id is not null and i.received_on between $2 and $3) as inquiries,
            (select count(*)::int from foster_families f
              where f.country = $1 and f.ambassador_id is not null and f.status in ${APPROVED}
                and f.decided_on between $2 and $3) as "approvedFamilies"`,
    [country, from, to],
  );
  return rows[0]!;
}
