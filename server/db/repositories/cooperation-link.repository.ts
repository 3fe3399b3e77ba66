import type { Queryable } from '../client';

/**
 * A country's side of the link to the hub: the one row of cooperation_settings and the log of
 * what was pushed. The private key is read by `signingKey` alone, for signing; no other query here
 * selects it, so no answer, audit row or log can carry it by mistake.
 */

export interface LinkSettings {
  country: string | null;
  organisation: string | null;
  contact: string | null;
  hubUrl: string | null;
  publicKey: string | null;
  keyCreatedAt: string | null;
  registeredAt: string | null;
  hubKeyStatus: 'pending' | 'confirmed' | 'revoked' | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  version: number;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

export async function linkSettings(q: Queryable): Promise<LinkSettings> {
  const rows = await q.query<LinkSettings>(
    `select s.country, s.organisation, s.contact, s.hub_url as "hubUrl", s.public_key as "publicKey",
            s.key_created_at as "keyCreatedAt", s.hub_registered_at as "registeredAt",
            s.hub_key_status as "hubKeyStatus", s.hub_confirmed_at as "confirmedAt",
            u.display_name as "confirmedBy", s.version
       from cooperation_settings s left join users u on u.id = s.hub_confirmed_by`,
  );
  const s = rows[0]!;
  return {
    ...s,
    keyCreatedAt: iso(s.keyCreatedAt),
    registeredAt: iso(s.registeredAt),
    confirmedAt: iso(s.confirmedAt),
  };
}

/** The private key (PKCS#8 PEM) to sign with, or null when there is none yet. Never shown. */
export async function signingKey(q: Queryable): Promise<string | null> {
  const rows = await q.query<{ private_key: string | null }>('select private_key from cooperation_settings');
  return rows[0]?.private_key ?? null;
}

/**
 * Saves the country, hub and who registers, at the version read, with a new key pair if given;
 * `forgetRegistration` clears the registration and the confirmation (the hub must see the key again).
 */
export async function updateLink(
  q: Queryable,
  s: {
    version: number;
    country: string;
    hubUrl: string;
    organisation: string;
    contact: string;
    keyPair: { publicKey: string; privateKey: string } | null;
    forgetRegistration: boolean;
  },
): Promise<boolean> {
  const rows = await q.query(
    `update cooperation_settings set
        country = $2, hub_url = $3, organisation = $4, contact = $5,
        public_key = coalesce($6, public_key), private_key = coalesce($7, private_key),
        key_created_at = case when $6::text is null then key_created_at else now() end,
        hub_registered_at = case when $8::boolean then null else hub_registered_at end,
        hub_key_status = case when $8::boolean then null else hub_key_status end,
        hub_confirmed_at = case when $8::boolean then null else hub_confirmed_at end,
        hub_confirmed_by = case when $8::boolean then null else hub_confirmed_by end,
        version = version + 1, updated_at = now()
      where version = $1 returning version`,
    [
      s.version,
      s.country,
      s.hubUrl,
      s.organisation,
      s.contact,
      s.keyPair?.publicKey ?? null,
      s.keyPair?.privateKey ?? null,
      s.forgetRegistration,
    ],
  );
  return rows.length === 1;
}

/** The hub took the public key (its status there); a confirmation given before is asked for again. */
export async function markRegistered(
  q: Queryable,
  s: { version: number; publicKey: string; status: 'pending' | 'confirmed' | 'revoked' },
): Promise<boolean> {
  const rows = await q.query(
    `update cooperation_settings set hub_registered_at = now(), hub_key_status = $3,
            hub_confirmed_at = null, hub_confirmed_by = null, version = version + 1, updated_at = now()
      where version = $1 and public_key = $2 returning version`,
    [s.version, s.publicKey, s.status],
  );
  return rows.length === 1;
}

export async function markConfirmed(q: Queryable, s: { version: number; userId: string }): Promise<boolean> {
  const rows = await q.query(
    `update cooperation_settings set hub_confirmed_at = now(), hub_confirmed_by = $2,
            version = version + 1, updated_at = now()
      where version = $1 and hub_registered_at is not null returning version`,
    [s.version, s.userId],
  );
  return rows.length === 1;
}

export interface PushRecord {
  id: string;
  documentId: string;
  kind: 'indicators' | 'practice' | 'foster_day_results' | 'ambassadors';
  subject: string;
  via: 'network' | 'file';
  status: 'accepted' | 'refused' | 'failed' | 'downloaded';
  answer: string | null;
  pushedAt: string;
  pushedBy: string | null;
}

const PUSH_COLUMNS = `p.id, p.document_id as "documentId", p.kind, p.subject, p.via, p.status, p.answer,
  p.pushed_at as "pushedAt", u.display_name as "pushedBy"`;

export async function insertPush(
  q: Queryable,
  p: Omit<PushRecord, 'id' | 'pushedAt' | 'pushedBy'> & { userId: string; payload?: unknown },
): Promise<PushRecord> {
  const rows = await q.query<{ id: string }>(
    `insert into cooperation_pushes (document_id, kind, subject, via, status, answer, pushed_by, payload)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      p.documentId,
      p.kind,
      p.subject,
      p.via,
      p.status,
      p.answer,
      p.userId,
      p.payload === undefined ? null : JSON.stringify(p.payload),
    ],
  );
  const found = await q.query<PushRecord>(
    `select ${PUSH_COLUMNS} from cooperation_pushes p left join users u on u.id = p.pushed_by where p.id = $1`,
    [rows[0]!.id],
  );
  return { ...found[0]!, pushedAt: iso(found[0]!.pushedAt)! };
}

/** The pushes, newest first, a page at a time. */
export async function listPushes(
  q: Queryable,
  page: { limit: number; offset: number },
): Promise<{ items: PushRecord[]; total: number }> {
  const rows = await q.query<PushRecord & { total: number }>(
    `select ${PUSH_COLUMNS}, count(*) over ()::int as total
       from cooperation_pushes p left join users u on u.id = p.pushed_by
      order by p.pushed_at desc, p.id limit $1 offset $2`,
    [page.limit, page.offset],
  );
  return {
    items: rows.map(({ total: _t, ...r }) => ({ ...r, pushedAt: iso(r.pushedAt)! })),
    total: rows[0]?.total ?? 0,
  };
}
