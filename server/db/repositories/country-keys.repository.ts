import type { CountryKey } from '../../../common/contracts/cooperation-hub';
import type { Queryable } from '../client';

/** The hub's register of countries' public keys (decision 0045). */

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const KEY = `
  select k.id, k.country, k.fingerprint, k.organisation, k.contact, k.status,
         ${ISO('k.registered_at')} as "registeredAt", ${ISO('k.confirmed_at')} as "confirmedAt",
         u.username as "confirmedBy", ${ISO('k.revoked_at')} as "revokedAt"
    from country_keys k left join users u on u.id = k.confirmed_by`;

export function listCountryKeys(q: Queryable): Promise<CountryKey[]> {
  return q.query<CountryKey>(
    `${KEY} order by case k.status when 'pending' then 0 when 'confirmed' then 1 else 2 end,
                     k.registered_at desc, k.id limit 500`,
  );
}

export async function findCountryKey(q: Queryable, id: string, lock = false): Promise<CountryKey | null> {
  const rows = await q.query<CountryKey>(`${KEY} where k.id = $1${lock ? ' for update of k' : ''}`, [id]);
  return rows[0] ?? null;
}

export async function findKeyByFingerprint(q: Queryable, fingerprint: string): Promise<CountryKey | null> {
  const rows = await q.query<CountryKey>(`${KEY} where k.fingerprint = $1`, [fingerprint]);
  return rows[0] ?? null;
}

/** A new pending key; null when a key of that fingerprint is already registered (a repeat). */
export async function insertCountryKey(
  q: Queryable,
  k: { country: string; publicKey: string; fingerprint: string; organisation: string; contact: string },
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `insert into country_keys (country, public_key, fingerprint, organisation, contact)
     values ($1, $2, $3, $4, $5) on conflict (fingerprint) do nothing returning id`,
    [k.country, k.publicKey, k.fingerprint, k.organisation, k.contact],
  );
  return rows[0]?.id ?? null;
}

/** Takes the country's confirmed key out of use (a new one is about to be confirmed). */
export async function revokeConfirmedKeysOf(q: Queryable, country: string, by: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `update country_keys set status = 'revoked', revoked_at = now(), revoked_by = $2
      where country = $1 and status = 'confirmed' returning id`,
    [country, by],
  );
  return rows.map((r) => r.id);
}

export async function confirmCountryKey(q: Queryable, id: string, by: string): Promise<void> {
  await q.query(
    `update country_keys set status = 'confirmed', confirmed_at = now(), confirmed_by = $2
      where id = $1 and status = 'pending'`,
    [id, by],
  );
}

export async function revokeCountryKey(q: Queryable, id: string, by: string): Promise<void> {
  await q.query(
    `update country_keys set status = 'revoked', revoked_at = now(), revoked_by = $2
      where id = $1 and status <> 'revoked'`,
    [id, by],
  );
}

/** The country's key in use, if any: the only one a document of that country may be signed with. */
export async function confirmedKeyOf(
  q: Queryable,
  country: string,
): Promise<{ id: string; publicKey: string } | null> {
  const rows = await q.query<{ id: string; publicKey: string }>(
    `select id, public_key as "publicKey" from country_keys where country = $1 and status = 'confirmed'`,
    [country],
  );
  return rows[0] ?? null;
}
