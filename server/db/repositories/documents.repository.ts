import type { DocumentView } from '../../../common/contracts/leaving-care';
import { cleanFileName } from '../../../common/text/file-name';
import type { Queryable } from '../client';

export async function insertDocument(
  q: Queryable,
  d: {
    caseId: string;
    docType: string;
    filename: string;
    mediaType: string;
    content: Buffer;
    uploadedBy: string;
  },
): Promise<string> {
  const rows = await q.query<{ id: string }>(
    `insert into case_documents (case_id, doc_type, filename, media_type, size_bytes, content, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [d.caseId, d.docType, cleanFileName(d.filename), d.mediaType, d.content.length, d.content, d.uploadedBy],
  );
  return rows[0]!.id;
}

export async function documentsOfCase(q: Queryable, caseId: string): Promise<DocumentView[]> {
  const rows = await q.query<DocumentView>(
    `select d.id, d.doc_type as "docType", d.filename, d.media_type as "mediaType", d.size_bytes as "sizeBytes",
            u.display_name as "uploadedByName", d.uploaded_at as "uploadedAt"
       from case_documents d left join users u on u.id = d.uploaded_by
      where d.case_id = $1 order by d.uploaded_at desc`,
    [caseId],
  );
  // Cleaned as listed too: a name stored before names were cleaned is shown clean.
  return rows.map((r) => ({
    ...r,
    filename: cleanFileName(r.filename),
    uploadedAt: new Date(r.uploadedAt).toISOString(),
  }));
}

export async function documentContent(
  q: Queryable,
  id: string,
): Promise<{ caseId: string; filename: string; mediaType: string; content: Buffer } | undefined> {
  const rows = await q.query<{ caseId: string; filename: string; mediaType: string; content: Uint8Array }>(
    'select case_id as "caseId", filename, media_type as "mediaType", content from case_documents where id = $1',
    [id],
  );
  const row = rows[0];
  return row && { ...row, content: Buffer.from(row.content) };
}
