import type { Queryable } from '../client';

// The public application form: a family and its household recorded, each address counted.

export async function nextFamilyReference(q: Queryable, country: string, year: number): Promise<string> {
  const n = (await q.query<{ n: number }>("select nextval('foster_reference_seq')::int as n"))[0]!.n;
  return `FF-${country}-${year}-${String(n).padStart(5, '0')}`;
}

export async function insertFamily(
  q: Queryable,
  f: {
    reference: string;
    country: string;
    twoParent: boolean;
    address: string;
    district: string;
    districtCode: string | null;
    phone: string;
    email: string;
    motivation: string;
    languages: string[];
    tokenHash: string;
    ip: string;
    source: string;
    campaignId?: string | null;
    ambassadorId?: string | null;
    submittedAt: Date;
  },
): Promise<string> {
  // A campaign or ambassador id that does not exist is dropped rather than trusted.
  const rows = await q.query<{ id: string }>(
    `insert into foster_families (reference, country, two_parent, address, district, phone, email, motivation, languages,
       access_token_hash, submitted_ip, source, campaign_id, ambassador_id, submitted_at, district_code)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
       (select id from foster_campaigns where id = $13::uuid), (select id from foster_ambassadors where id = $14::uuid), $15, $16)
     returning id`,
    [
      f.reference,
      f.country,
      f.twoParent,
      f.address,
      f.district,
      f.phone,
      f.email,
      f.motivation,
      f.languages,
      f.tokenHash,
      f.ip,
      f.source,
      f.campaignId ?? null,
      f.ambassadorId ?? null,
      f.submittedAt,
      f.districtCode,
    ],
  );
  return rows[0]!.id;
}

export async function insertMember(
  q: Queryable,
  m: {
    familyId: string;
    personId: string;
    role: string;
    education: string | null;
    regularIncome: boolean;
    residence: string | null;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into foster_household_members (family_id, person_id, role, education, regular_income, residence)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [m.familyId, m.personId, m.role, m.education, m.regularIncome, m.residence],
  );
  return rows[0]!.id;
}

/** Advisory lock class (two-key form) serialising the public form's count per address. */
const LOCK_PUBLIC_FORM_ADDRESS = 72_003;

/**
 * Counts a public application from `ip` unless the address already sent `max` since `since`:
 * under a transaction-level advisory lock of the address, so concurrent submissions on every
 * instance sharing the database are counted one after the other (decision 0020). Call it first
 * in the transaction that records the application: the lock is held until it commits, and a
 * failed application (rolled back) is not counted. Answers whether it was counted.
 */
export async function claimPublicSubmission(
  tx: Queryable,
  a: { ip: string; at: Date; since: Date; max: number },
): Promise<boolean> {
  await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_PUBLIC_FORM_ADDRESS, a.ip]);
  const rows = await tx.query<{ id: number }>(
    `insert into public_form_submissions (ip, at)
     select $1, $2
      where (select count(*) from public_form_submissions where ip = $1 and at > $3) < $4
     returning id`,
    [a.ip, a.at, a.since, a.max],
  );
  return rows.length === 1;
}
