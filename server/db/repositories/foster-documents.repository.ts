import { cleanFileName } from '../../../common/text/file-name';
import type { Queryable } from '../client';

export interface FosterDocumentRow {
  id: string;
  requirementId: string | null;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  uploadedByName: string | null;
  uploadedAt: string;
}

export async function insertFosterDocument(
  q: Queryable,
  d: {
    familyId: string;
    requirementId: string | null;
    filename: string;
    mediaType: string;
    content: Buffer;
    uploadedBy: string | null;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into foster_documents (family_id, requirement_id, filename, media_type, size_bytes, content, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [
      d.familyId,
      d.requirementId,
      cleanFileName(d.filename),
      d.mediaType,
      d.content.length,
      d.content,
      d.uploadedBy,
    ],
  );
  return rows[0]!.id;
}

export async function documentsOfFamily(q: Queryable, familyId: string): Promise<FosterDocumentRow[]> {
  const rows = await q.query<FosterDocumentRow>(
    `select d.id, d.requirement_id as "requirementId", d.filename, d.media_type as "mediaType",
            d.size_bytes as "sizeBytes", u.display_name as "uploadedByName", d.uploaded_at as "uploadedAt"
       from foster_documents d left join users u on u.id = d.uploaded_by
      where d.family_id = $1 order by d.uploaded_at desc`,
    [familyId],
  );
  // Cleaned as listed too: a name stored before names were cleaned is shown clean.
  return rows.map((r) => ({
    ...r,
    filename: cleanFileName(r.filename),
    uploadedAt: new Date(r.uploadedAt).toISOString(),
  }));
}

/** How many files and bytes a family has sent: the private link has a quota. */
export async function familyDocumentUsage(
  q: Queryable,
  familyId: string,
): Promise<{ files: number; bytes: number }> {
  return (
    await q.query<{ files: number; bytes: number }>(
      `select count(*)::int as files, coalesce(sum(size_bytes), 0)::int as bytes
         from foster_documents where family_id = $1`,
      [familyId],
    )
  )[0]!;
}

export async function fosterDocumentContent(
  q: Queryable,
  id: string,
): Promise<{ familyId: string; filename: string; mediaType: string; content: Buffer } | undefined> {
  const rows = await q.query<{ familyId: string; filename: string; mediaType: string; content: Uint8Array }>(
    'select family_id as "familyId", filename, media_type as "mediaType", content from foster_documents where id = $1',
    [id],
  );
  const row = rows[0];
  return row && { ...row, content: Buffer.from(row.content) };
}
