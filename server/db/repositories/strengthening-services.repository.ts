// Services delivered to a household, and its referrals to other services.
import type {
  ServiceBody,
  ServiceReferralBody,
  ServiceReferralView,
  ServiceView,
} from '../../../common/contracts/strengthening';
import type { Queryable } from '../client';

export async function insertService(
  q: Queryable,
  householdId: string,
  enrolmentId: string | null,
  s: ServiceBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into services_delivered (household_id, enrolment_id, delivered_on, service_type, provider, cost, note, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [householdId, enrolmentId, s.deliveredOn, s.type, s.provider, s.cost ?? null, s.note, userId],
  );
  return rows[0]!.id;
}

export async function servicesOf(q: Queryable, householdId: string): Promise<ServiceView[]> {
  return q.query<ServiceView>(
    `select s.id, s.delivered_on as "deliveredOn", s.service_type as type, s.provider, s.cost, s.note,
            u.display_name as "createdByName"
       from services_delivered s left join users u on u.id = s.created_by
      where s.household_id = $1 order by s.delivered_on desc, s.created_at desc`,
    [householdId],
  );
}

export async function insertServiceReferral(
  q: Queryable,
  householdId: string,
  enrolmentId: string | null,
  r: ServiceReferralBody,
  userId: string,
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into service_referrals (household_id, enrolment_id, referred_on, to_whom, reason, created_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [householdId, enrolmentId, r.referredOn, r.toWhom, r.reason, userId],
  );
  return rows[0]!.id;
}

const REFERRAL_COLUMNS = `id, referred_on as "referredOn", to_whom as "toWhom", reason, status, outcome, version`;

export async function serviceReferralsOf(q: Queryable, householdId: string): Promise<ServiceReferralView[]> {
  return q.query<ServiceReferralView>(
    `select ${REFERRAL_COLUMNS} from service_referrals where household_id = $1 order by referred_on desc, created_at desc`,
    [householdId],
  );
}

export async function findServiceReferral(
  q: Queryable,
  id: string,
): Promise<(ServiceReferralView & { householdId: string }) | undefined> {
  const rows = await q.query<ServiceReferralView & { householdId: string }>(
    `select ${REFERRAL_COLUMNS}, household_id as "householdId" from service_referrals where id = $1`,
    [id],
  );
  return rows[0];
}

export async function updateServiceReferral(
  q: Queryable,
  id: string,
  version: number,
  r: { status: string; outcome: string },
): Promise<boolean> {
  const rows = await q.query(
    `update service_referrals set status = $3, outcome = $4, version = version + 1, updated_at = now()
      where id = $1 and version = $2 returning id`,
    [id, version, r.status, r.outcome],
  );
  return rows.length === 1;
}
