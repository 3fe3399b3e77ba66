import {
  FOSTER_DOCUMENT_MAX_BYTES,
  FOSTER_DOCUMENTS_MAX_FILES,
  FOSTER_DOCUMENTS_MAX_TOTAL_BYTES,
} from '../../../common/contracts/foster';
import {
  documentsOfFamily,
  familyDocumentUsage,
  fosterDocumentContent,
  insertFosterDocument,
} from '../../db/repositories/foster-documents.repository';
import { findFamily, findFamilyByToken, lockFamily } from '../../db/repositories/foster-families.repository';
import { requirementsOf } from '../../db/repositories/foster-requirements.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import { hashToken } from '../auth/tokens';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { sniffMediaType } from '../media-type';

/** Statuses in which the family may still send papers (not after a decision closed the file). */
const OPEN_FOR_DOCUMENTS = [
  'inquiry',
  'applying',
  'home_study',
  'training',
  'ready_for_review',
  'renewal_due',
];

export interface UploadInput {
  requirementId?: string;
  filename: string;
  declaredType: string;
  content: Buffer;
}

/** What the family may still send through its link. */
export async function documentQuota(deps: Deps, familyId: string) {
  const used = await familyDocumentUsage(deps.db, familyId);
  return {
    filesLeft: Math.max(0, FOSTER_DOCUMENTS_MAX_FILES - used.files),
    bytesLeft: Math.max(0, FOSTER_DOCUMENTS_MAX_TOTAL_BYTES - used.bytes),
  };
}

/**
 * A document from the applicant's private link. The link names the family; a requirement id
 * from another family is refused as unknown, so nothing sent here can reach another record.
 */
export async function uploadThroughLink(deps: Deps, ctx: RequestContext, token: string, input: UploadInput) {
  const family = await findFamilyByToken(deps.db, hashToken(token));
  if (!family) throw notFound();
  if (!OPEN_FOR_DOCUMENTS.includes(family.status)) throw ruleViolation('foster_documents_closed');
  const mediaType = checkFile(input, FOSTER_DOCUMENT_MAX_BYTES);
  return deps.db.transaction(async (tx) => {
    // Serialise uploads of one family so two at once cannot both pass the quota.
    await lockFamily(tx, family.id);
    const used = await familyDocumentUsage(tx, family.id);
    if (
      used.files >= FOSTER_DOCUMENTS_MAX_FILES ||
      used.bytes + input.content.length > FOSTER_DOCUMENTS_MAX_TOTAL_BYTES
    ) {
      throw ruleViolation('foster_documents_quota', { files: FOSTER_DOCUMENTS_MAX_FILES });
    }
    const requirementId = await ownRequirement(tx, family.id, input.requirementId);
    const id = await insertFosterDocument(tx, {
      familyId: family.id,
      requirementId,
      filename: input.filename,
      mediaType,
      content: input.content,
      uploadedBy: null,
    });
    await audit(tx, ctx, {
      action: 'foster.document_uploaded',
      entityType: 'foster_family',
      entityId: family.id,
      changes: { document: id, requirementId, filename: input.filename, bytes: input.content.length },
    });
    return (await documentsOfFamily(tx, family.id)).find((d) => d.id === id)!;
  });
}

/** An officer adds a paper to the family's file (one brought to an interview, say). */
export async function uploadByOfficer(deps: Deps, ctx: RequestContext, familyId: string, input: UploadInput) {
  const actor = requirePermission(ctx, 'foster.manage');
  const mediaType = checkFile(input, FOSTER_DOCUMENT_MAX_BYTES);
  return deps.db.transaction(async (tx) => {
    const family = await findFamily(tx, familyId);
    if (!family) throw notFound();
    const requirementId = await ownRequirement(tx, family.id, input.requirementId);
    const id = await insertFosterDocument(tx, {
      familyId: family.id,
      requirementId,
      filename: input.filename,
      mediaType,
      content: input.content,
      uploadedBy: actor.userId,
    });
    await audit(tx, ctx, {
      action: 'foster.document_uploaded',
      entityType: 'foster_family',
      entityId: family.id,
      changes: { document: id, requirementId, filename: input.filename, bytes: input.content.length },
    });
    return (await documentsOfFamily(tx, family.id)).find((d) => d.id === id)!;
  });
}

/** The file itself, for an officer; every read is audited. */
export async function readFosterDocument(deps: Deps, ctx: RequestContext, id: string) {
  requirePermission(ctx, 'foster.read');
  const doc = await fosterDocumentContent(deps.db, id);
  if (!doc) throw notFound();
  await audit(deps.db, ctx, {
    action: 'foster.document_viewed',
    entityType: 'foster_family',
    entityId: doc.familyId,
    changes: { document: id },
  });
  return doc;
}

function checkFile(input: UploadInput, maxBytes: number) {
  if (input.content.length === 0) throw ruleViolation('document_empty');
  if (input.content.length > maxBytes) throw new AppError('payload_too_large');
  const mediaType = sniffMediaType(input.content);
  if (!mediaType || mediaType !== input.declaredType) throw ruleViolation('document_type');
  return mediaType;
}

async function ownRequirement(
  tx: Parameters<typeof requirementsOf>[0],
  familyId: string,
  requirementId: string | undefined,
) {
  if (!requirementId) return null;
  const own = (await requirementsOf(tx, familyId)).some((r) => r.id === requirementId);
  if (!own) throw new AppError('unknown_scope', {}, { ids: [requirementId] });
  return requirementId;
}
