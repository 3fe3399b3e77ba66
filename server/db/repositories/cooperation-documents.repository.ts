import type { ReceivedDocumentRow, ReceivedDocumentsQuery } from '../../../common/contracts/cooperation-hub';
import type { Queryable } from '../client';

/** What the hub received from the member countries: each (country, document id) once. */

export async function documentKept(q: Queryable, country: string, documentId: string): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    'select id from cooperation_documents where country = $1 and document_id = $2',
    [country, documentId],
  );
  return rows.length === 1;
}

/**
 * Keeps a document; null when (country, document id) is already kept. On PostgreSQL a second
 * transaction inserting the same pair waits for the first and then inserts nothing, so two
 * identical documents arriving together are kept once and the second is told it is a replay.
 */
export async function insertReceivedDocument(
  q: Queryable,
  d: {
    country: string;
    documentId: string;
    kind: string;
    issuedAt: string;
    payload: unknown;
    sha256: string;
    keyId: string;
    via: 'network' | 'file';
    receivedBy: string | null;
  },
): Promise<{ id: string; receivedAt: string } | null> {
  const rows = await q.query<{ id: string; receivedAt: string }>(
    `insert into cooperation_documents
       (country, document_id, kind, issued_at, payload, sha256, key_id, via, received_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (country, document_id) do nothing
     returning id, to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "receivedAt"`,
    [
      d.country,
      d.documentId,
      d.kind,
      d.issuedAt,
      JSON.stringify(d.payload),
      d.sha256,
      d.keyId,
      d.via,
      d.receivedBy,
    ],
  );
  return rows[0] ?? null;
}

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export async function listReceivedDocuments(
  q: Queryable,
  f: ReceivedDocumentsQuery,
): Promise<{ items: ReceivedDocumentRow[]; total: number }> {
  const where = '($1::text is null or d.kind = $1) and ($2::text is null or d.country = $2)';
  const params = [f.kind ?? null, f.country ?? null];
  const items = await q.query<ReceivedDocumentRow>(
    `select d.id, d.document_id as "documentId", d.country, d.kind, ${ISO('d.issued_at')} as "issuedAt",
            ${ISO('d.received_at')} as "receivedAt", d.via, u.username as "receivedBy", d.sha256
       from cooperation_documents d left join users u on u.id = d.received_by
      where ${where}
      order by d.received_at desc, d.id limit $3 offset $4`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  );
  const counted = await q.query<{ n: number }>(
    `select count(*)::int as n from cooperation_documents d where ${where}`,
    params,
  );
  return { items, total: counted[0]!.n };
}
