import { createHash } from 'node:crypto';
import type { UnsignedDocument } from '../../../common/contracts/cooperation-documents';
import type { Queryable } from '../../../server/db/client';
import { KIND_RULES } from '../../../server/domain/cooperation/document-kinds';
import { canonicalJson } from '../../../server/domain/cooperation/signature';

/**
 * For tests of the kinds' rules alone (the demo signs and receives its documents through the hub's
 * service, `receiveDemoDocuments`): keeps documents without a signature, each under a revoked "demo" key of its country so that no real key
 * is displaced, checked by its kind's schema and rule and kept by the kind's accept(), exactly as
 * the hub would after the signature checks. Also used by tests of the kinds' rules.
 */
export async function keepUnsignedDemoDocuments(db: Queryable, docs: UnsignedDocument[]) {
  for (const doc of docs) await keepUnsignedDocument(db, doc);
}

export async function keepUnsignedDocument(q: Queryable, doc: UnsignedDocument): Promise<void> {
  const rule = KIND_RULES[doc.kind];
  if (!rule) throw new Error(`no rule for ${doc.kind}`);
  const payload = rule.schema.parse(doc.payload);
  const refused = rule.refuse?.(payload, doc.country);
  if (refused) throw new Error(`refused: ${refused.code}`);
  const fingerprint = `demo-unsigned-${doc.country}`;
  await q.query(
    `insert into country_keys (country, public_key, fingerprint, status) values ($1, 'demo', $2, 'revoked')
     on conflict (fingerprint) do nothing`,
    [doc.country, fingerprint],
  );
  const rows = await q.query<{ id: string }>(
    `insert into cooperation_documents (country, document_id, kind, issued_at, payload, sha256, key_id, via)
     select $1, $2, $3, $4, $5, $6, k.id, 'file' from country_keys k where k.fingerprint = $7
     on conflict (country, document_id) do nothing returning id`,
    [
      doc.country,
      doc.id,
      doc.kind,
      doc.issuedAt,
      JSON.stringify(doc.payload),
      createHash('sha256').update(canonicalJson(doc)).digest('hex'),
      fingerprint,
    ],
  );
  if (!rows[0]) return;
  await rule.accept?.(q, {
    rowId: rows[0].id,
    documentId: doc.id,
    country: doc.country,
    issuedAt: doc.issuedAt,
    payload,
  });
}
