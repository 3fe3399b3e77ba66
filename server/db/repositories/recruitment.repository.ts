import type { z } from 'zod';
import type { eventViewSchema, inquiryViewSchema } from '../../../common/contracts/recruitment';
import type { DropReason } from '../../../common/foster';
import type { Queryable } from '../client';

export async function insertCampaign(
  q: Queryable,
  c: { country: string; name: string; kind: string; startsOn: string; endsOn?: string | null },
  by: string,
) {
  return (
    await q.query<{ id: string }>(
      'insert into foster_campaigns (country, name, kind, starts_on, ends_on, created_by) values ($1, $2, $3, $4, $5, $6) returning id',
      [c.country, c.name, c.kind, c.startsOn, c.endsOn ?? null, by],
    )
  )[0]!.id;
}

export async function listCampaigns(q: Queryable) {
  return q.query<{
    id: string;
    country: string;
    name: string;
    kind: 'awareness' | 'foster_family_day' | 'media' | 'other';
    startsOn: string;
    endsOn: string | null;
    inquiries: number;
    applications: number;
  }>(
    `select c.id, c.country, c.name, c.kind, c.starts_on as "startsOn", c.ends_on as "endsOn",
            (select count(*)::int from foster_inquiries i where i.campaign_id = c.id) as inquiries,
            (select count(*)::int from foster_families f where f.campaign_id = c.id) as applications
       from foster_campaigns c order by c.starts_on desc`,
  );
}

export async function insertAmbassador(
  q: Queryable,
  a: {
    country: string;
    name: string;
    province: string;
    phone: string;
    recruitedBy?: string | null;
    joinedOn: string;
  },
) {
  return (
    await q.query<{ id: string }>(
      'insert into foster_ambassadors (country, name, province, phone, recruited_by, joined_on) values ($1, $2, $3, $4, $5, $6) returning id',
      [a.country, a.name, a.province, a.phone, a.recruitedBy ?? null, a.joinedOn],
    )
  )[0]!.id;
}

export async function listAmbassadors(q: Queryable) {
  return q.query<{
    id: string;
    country: string;
    name: string;
    province: string;
    phone: string;
    recruitedBy: string | null;
    joinedOn: string;
    active: boolean;
    events: number;
    inquiries: number;
    ambassadorsRecruited: number;
  }>(
    `select a.id, a.country, a.name, a.province, a.phone, a.recruited_by as "recruitedBy", a.joined_on as "joinedOn", a.active,
            (select count(*)::int from foster_events e where e.ambassador_id = a.id) as events,
            (select count(*)::int from foster_inquiries i where i.ambassador_id = a.id) as inquiries,
            (select count(*)::int from foster_ambassadors r where r.recruited_by = a.id) as "ambassadorsRecruited"
       from foster_ambassadors a order by a.name`,
  );
}

export async function insertEvent(
  q: Queryable,
  e: {
    country: string;
    campaignId?: string | null;
    ambassadorId?: string | null;
    kind: string;
    heldOn: string;
    place: string;
    attendees: number;
  },
) {
  return (
    await q.query<{ id: string }>(
      `insert into foster_events (country, campaign_id, ambassador_id, kind, held_on, place, attendees)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [e.country, e.campaignId ?? null, e.ambassadorId ?? null, e.kind, e.heldOn, e.place, e.attendees],
    )
  )[0]!.id;
}

export async function listEvents(q: Queryable) {
  return q.query<z.infer<typeof eventViewSchema>>(
    `select id, country, campaign_id as "campaignId", ambassador_id as "ambassadorId", kind, held_on as "heldOn", place, attendees
       from foster_events order by held_on desc limit 500`,
  );
}

export async function insertInquiry(
  q: Queryable,
  i: {
    country: string;
    receivedOn: string;
    source: string;
    campaignId?: string | null;
    eventId?: string | null;
    ambassadorId?: string | null;
    locationId?: string | null;
    contactName: string;
    phone: string;
  },
  by: string,
) {
  return (
    await q.query<{ id: string }>(
      `insert into foster_inquiries (country, received_on, source, campaign_id, event_id, ambassador_id, contact_name, phone, created_by, location_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
      [
        i.country,
        i.receivedOn,
        i.source,
        i.campaignId ?? null,
        i.eventId ?? null,
        i.ambassadorId ?? null,
        i.contactName,
        i.phone,
        by,
        i.locationId ?? null,
      ],
    )
  )[0]!.id;
}

const INQUIRY = `id, country, received_on as "receivedOn", source, campaign_id as "campaignId", event_id as "eventId",
  ambassador_id as "ambassadorId", location_id as "locationId", contact_name as "contactName", phone, status,
  drop_reason_code as "dropReasonCode", drop_reason as "dropReason", family_id as "familyId", version,
  (select fam.reference from foster_families fam where fam.id = family_id) as "familyReference"`;

export async function listInquiries(q: Queryable) {
  return q.query<z.infer<typeof inquiryViewSchema>>(
    `select ${INQUIRY} from foster_inquiries order by received_on desc limit 500`,
  );
}

export interface InquiryFilter {
  country?: string;
  status?: string;
  source?: string;
}
const INQUIRY_FILTER = `($1::text is null or i.country = $1) and ($2::text is null or i.status = $2)
  and ($3::text is null or i.source = $3)`;

export async function countInquiries(q: Queryable, f: InquiryFilter): Promise<number> {
  return (
    await q.query<{ n: number }>(
      `select count(*)::int as n from foster_inquiries i where ${INQUIRY_FILTER}`,
      [f.country ?? null, f.status ?? null, f.source ?? null],
    )
  )[0]!.n;
}

export type InquiryExportRow = z.infer<typeof inquiryViewSchema> & {
  campaignName: string | null;
  eventPlace: string | null;
  ambassadorName: string | null;
};

/** The next `limit` inquiries (newest first) after `after`, by keyset, with the names of their sources. */
export async function inquiryBatch(
  q: Queryable,
  f: InquiryFilter,
  after: { receivedOn: string; id: string } | null,
  limit: number,
): Promise<InquiryExportRow[]> {
  const params: unknown[] = [f.country ?? null, f.status ?? null, f.source ?? null];
  let keyset = '';
  if (after) {
    params.push(after.receivedOn, after.id);
    keyset = 'and (i.received_on, i.id) < ($4::date, $5::uuid)';
  }
  params.push(limit);
  return q.query<InquiryExportRow>(
    `select i.id, i.country, i.received_on as "receivedOn", i.source, i.campaign_id as "campaignId", i.event_id as "eventId",
            i.ambassador_id as "ambassadorId", i.location_id as "locationId", i.contact_name as "contactName", i.phone, i.status,
            i.drop_reason_code as "dropReasonCode", i.drop_reason as "dropReason", i.family_id as "familyId", i.version,
            c.name as "campaignName", e.place as "eventPlace", a.name as "ambassadorName"
       from foster_inquiries i
       left join foster_campaigns c on c.id = i.campaign_id
       left join foster_events e on e.id = i.event_id
       left join foster_ambassadors a on a.id = i.ambassador_id
      where ${INQUIRY_FILTER} ${keyset}
      order by i.received_on desc, i.id desc limit $${params.length}`,
    params,
  );
}

export async function findInquiry(q: Queryable, id: string) {
  return (
    await q.query<z.infer<typeof inquiryViewSchema>>(
      `select ${INQUIRY} from foster_inquiries where id = $1`,
      [id],
    )
  )[0];
}

export async function updateInquiry(
  q: Queryable,
  id: string,
  u: {
    version: number;
    status: string;
    dropReasonCode?: string | null;
    dropReason?: string | null;
    familyId?: string | null;
  },
) {
  const dropped = u.status === 'dropped';
  const rows = await q.query(
    `update foster_inquiries set status = $3, drop_reason = $4, family_id = $5, drop_reason_code = $6, version = version + 1
      where id = $1 and version = $2 returning id`,
    [
      id,
      u.version,
      u.status,
      dropped ? u.dropReason || null : null,
      u.familyId ?? null,
      dropped ? (u.dropReasonCode ?? null) : null,
    ],
  );
  return rows.length === 1;
}

export interface FunnelFact {
  stage: 'inquiries' | 'applications' | 'homeStudies' | 'approvals' | 'activeFamilies' | 'placements';
  on: string;
  source: string;
  campaignId: string | null;
  campaignName: string | null;
  ambassadorId: string | null;
  ambassadorName: string | null;
  days: number | null;
}

/**
 * Where the funnel is counted: a country, an office area (a family's `location_id`; an inquiry
 * linked to the family it became is counted in the family's area, else in its own), and the
 * viewer's scope when it is not the whole organisation (the areas of their locations and
 * programmes: a family with no area is counted only for the whole organisation).
 */
export interface FunnelPlace {
  country: string | null;
  locationId?: string | null;
  scope?: { all: boolean; locationIds: readonly string[]; programmeIds: readonly string[] } | null;
}

const placeParams = (f: FunnelPlace) => [
  f.country,
  f.locationId ?? null,
  f.scope ? f.scope.all : true,
  [...(f.scope?.locationIds ?? [])],
  [...(f.scope?.programmeIds ?? [])],
];

/** SQL: a row of `country` and office area `area` is in the place ($1–$5). */
const inPlace = (country: string, area: string) => `($1::text is null or ${country} = $1)
  and ($2::uuid is null or ${area} = $2::uuid)
  and ($3::boolean or ${area} = any($4::uuid[])
    or ${area} in (select pr.location_id from programmes pr where pr.id = any($5::uuid[])))`;

/** The office area of inquiry `i` left-joined to the family it became, `fam`. */
const INQUIRY_AREA = 'coalesce(fam.location_id, i.location_id)';

/** One row per thing counted in the funnel, with the date it happened and where it came from. */
export async function funnelFacts(
  q: Queryable,
  f: FunnelPlace & { from: string; to: string },
): Promise<FunnelFact[]> {
  const familySource = `case when f.ambassador_id is not null then 'ambassador' when f.campaign_id is not null then 'campaign' else f.source end`;
  const familyCols = `${familySource} as source, f.campaign_id as "campaignId", c.name as "campaignName", f.ambassador_id as "ambassadorId", a.name as "ambassadorName"`;
  const families = `from foster_families f left join foster_campaigns c on c.id = f.campaign_id left join foster_ambassadors a on a.id = f.ambassador_id
    where ${inPlace('f.country', 'f.location_id')}`;
  return q.query<FunnelFact>(
    `select 'inquiries' as stage, i.received_on as on, i.source, i.campaign_id as "campaignId", c.name as "campaignName",
            i.ambassador_id as "ambassadorId", a.name as "ambassadorName", null::int as days
       from foster_inquiries i left join foster_families fam on fam.id = i.family_id
       left join foster_campaigns c on c.id = i.campaign_id left join foster_ambassadors a on a.id = i.ambassador_id
      where ${inPlace('i.country', INQUIRY_AREA)} and i.received_on between $6 and $7
     union all
     select 'applications', f.submitted_at::date, ${familyCols}, null ${families} and f.submitted_at::date between $6 and $7
     union all
     select 'homeStudies', (select min(h.visited_on) from home_study_reports h where h.family_id = f.id), ${familyCols}, null ${families}
        and (select min(h.visited_on) from home_study_reports h where h.family_id = f.id) between $6 and $7
     union all
     select 'approvals', f.decided_on, ${familyCols}, (f.decided_on - f.submitted_at::date) ${families}
        and f.status in ('approved', 'available', 'active', 'renewal_due') and f.decided_on between $6 and $7
     union all
     select 'activeFamilies', (select min(pl.start_date) from placements pl where pl.foster_family_id = f.id and not pl.superseded), ${familyCols}, null
        ${families} and (select min(pl.start_date) from placements pl where pl.foster_family_id = f.id and not pl.superseded) between $6 and $7
     union all
     select 'placements', pl.start_date, ${familyCols}, null
       from placements pl join foster_families f on f.id = pl.foster_family_id
       left join foster_campaigns c on c.id = f.campaign_id left join foster_ambassadors a on a.id = f.ambassador_id
      where ${inPlace('f.country', 'f.location_id')} and not pl.superseded and pl.start_date between $6 and $7`,
    [...placeParams(f), f.from, f.to],
  );
}

export async function dropOutReasons(q: Queryable, f: FunnelPlace & { from: string; to: string }) {
  return q.query<{ stage: 'inquiry' | 'denied' | 'withdrawn'; reason: DropReason | null; count: number }>(
    `select stage, reason, count(*)::int as count from (
       select 'inquiry' as stage, coalesce(i.drop_reason_code, 'other') as reason
         from foster_inquiries i left join foster_families fam on fam.id = i.family_id
        where i.status = 'dropped' and ${inPlace('i.country', INQUIRY_AREA)} and i.received_on between $6 and $7
       union all
       select f.status, null from foster_families f
        where f.status in ('denied', 'withdrawn') and ${inPlace('f.country', 'f.location_id')}
          and f.decided_on between $6 and $7) x
      group by stage, reason order by count desc, stage, reason nulls last limit 50`,
    [...placeParams(f), f.from, f.to],
  );
}
