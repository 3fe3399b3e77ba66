import { DOCUMENT_MAX_BYTES, type DOCUMENT_TYPES } from '../../../common/contracts/leaving-care';
import { documentContent, documentsOfCase, insertDocument } from '../../db/repositories/documents.repository';
import { requirePermission } from '../access/actor';
import { loadCase, loadOpenCase, readCase } from '../access/cases';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { sniffMediaType } from '../media-type';

export async function documentsOf(deps: Deps, ctx: RequestContext, caseId: string) {
  const c = await readCase(deps, ctx, caseId, 'documents');
  return documentsOfCase(deps.db, c.id);
}

export async function uploadDocument(
  deps: Deps,
  ctx: RequestContext,
  caseId: string,
  input: { type: (typeof DOCUMENT_TYPES)[number]; filename: string; declaredType: string; content: Buffer },
) {
  const actor = requirePermission(ctx, 'cases.write');
  if (input.content.length === 0) throw ruleViolation('document_empty');
  if (input.content.length > DOCUMENT_MAX_BYTES) throw new AppError('payload_too_large');
  const mediaType = sniffMediaType(input.content);
  if (!mediaType || mediaType !== input.declaredType) throw ruleViolation('document_type');
  return deps.db.transaction(async (tx) => {
    const c = await loadOpenCase(tx, ctx, caseId);
    const id = await insertDocument(tx, {
      caseId: c.id,
      docType: input.type,
      filename: input.filename,
      mediaType,
      content: input.content,
      uploadedBy: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'document.uploaded',
      entityType: 'document',
      entityId: id,
      caseId: c.id,
      changes: { type: input.type, filename: input.filename, bytes: input.content.length },
    });
    return (await documentsOfCase(tx, c.id)).find((d) => d.id === id)!;
  });
}

/** The file itself; reading it is written to the case's access log like a view of the record. */
export async function readDocument(deps: Deps, ctx: RequestContext, id: string) {
  requirePermission(ctx, 'cases.read');
  const doc = await documentContent(deps.db, id);
  if (!doc) throw notFound();
  await loadCase(deps.db, ctx, doc.caseId);
  await audit(deps.db, ctx, {
    action: 'case.viewed',
    entityType: 'document',
    entityId: id,
    caseId: doc.caseId,
  });
  return doc;
}
