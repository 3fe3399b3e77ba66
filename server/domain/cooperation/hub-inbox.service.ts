import type { z } from 'zod';
import {
  type DocumentReceipt,
  type SignedDocument,
  signedDocumentSchema,
} from '../../../common/contracts/cooperation-documents';
import type { ReceivedDocumentsQuery } from '../../../common/contracts/cooperation-hub';
import { fieldMessageKey, fieldProblem } from '../../../common/field-problems';
import { messages } from '../../../common/i18n/messages';
import {
  insertReceivedDocument,
  listReceivedDocuments,
} from '../../db/repositories/cooperation-documents.repository';
import { isHub } from '../../db/repositories/cooperation-members.repository';
import { findMemberCountry } from '../../db/repositories/cooperation-register.repository';
import { confirmedKeyOf } from '../../db/repositories/country-keys.repository';
import { t } from '../../i18n/translate';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { AppError, notFound, ruleViolation } from '../errors';
import { KIND_RULES } from './document-kinds';
import { requireCooperation, requireCountryEditor } from './membership';
import { documentDigest, signatureHolds } from './signature';

/**
 * The hub receives a country's signed document (decision 0045), over the network from the
 * country's Yuva or as a file a person uploads. Each check refuses with its own code and keeps
 * nothing: the document must be well formed and signed, from a member country, signed with that
 * country's confirmed key, not dated ahead, not kept before, and its payload must be what its
 * kind allows. Then it is kept, its kind's own records made and the arrival audited, together.
 */

/** How far ahead of the hub's clock a document may be dated (clocks of two servers differ a little). */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export async function receiveDocument(
  deps: Deps,
  ctx: RequestContext,
  input: unknown,
  via: 'network' | 'file',
): Promise<DocumentReceipt> {
  // Whoever uploads a file must be allowed to write in the space; the network door is public.
  if (via === 'file') await requireCooperation(deps, ctx, 'cooperation.write');
  else if (!(await isHub(deps.db))) throw notFound();
  const document = parseOrRefuse(ctx, signedDocumentSchema, input, 'body');
  if (via === 'file') await requireCountryEditor(deps, ctx, document.country);
  const country = await findMemberCountry(deps.db, document.country);
  if (!country || country.status === 'left')
    throw ruleViolation('document_unknown_country', { country: document.country });
  const key = await confirmedKeyOf(deps.db, document.country);
  if (!key) throw ruleViolation('document_no_key', { country: document.country });
  if (!signatureHolds(document, key.publicKey)) throw ruleViolation('document_signature_invalid');
  if (Date.parse(document.issuedAt) > deps.clock.now().getTime() + FUTURE_TOLERANCE_MS)
    throw ruleViolation('document_from_the_future');
  const rule = KIND_RULES[document.kind];
  if (!rule) throw ruleViolation('document_kind_unsupported', { kind: document.kind });
  const payload = parseOrRefuse(ctx, rule.schema, document.payload, 'body.payload');
  const refusal = rule.refuse?.(payload, document.country);
  if (refusal) throw ruleViolation(refusal.code, (refusal.params ?? {}) as Record<string, string | number>);
  return keep(deps, ctx, document, payload, key.id, via);
}

/**
 * A document the hub already keeps is a conflict with what it holds (409), not a broken document
 * (422): a country whose first push was answered too late to hear it gets a clear "already here"
 * and can mark its push delivered, while every real refusal stays a 422 it must act on.
 */
const replayed = () =>
  new AppError('invalid_state', {}, { rule: 'document_replayed' }, 'rule.document_replayed');

async function keep(
  deps: Deps,
  ctx: RequestContext,
  document: SignedDocument,
  payload: unknown,
  keyId: string,
  via: 'network' | 'file',
): Promise<DocumentReceipt> {
  return deps.db.transaction(async (tx) => {
    // The unique (country, document id) decides between two copies arriving together: the
    // second inserts nothing and is told it is a replay (never a unique-violation 500).
    const kept = await insertReceivedDocument(tx, {
      country: document.country,
      documentId: document.id,
      kind: document.kind,
      issuedAt: document.issuedAt,
      payload,
      sha256: documentDigest(document),
      keyId,
      via,
      // Who uploaded a file; the network door has no person behind it.
      receivedBy: via === 'file' ? (ctx.actor?.userId ?? null) : null,
    });
    if (!kept) throw replayed();
    await KIND_RULES[document.kind]!.accept?.(tx, {
      rowId: kept.id,
      documentId: document.id,
      country: document.country,
      issuedAt: document.issuedAt,
      payload,
    });
    await audit(tx, ctx, {
      action: 'cooperation.document_received',
      entityType: 'cooperation_document',
      entityId: kept.id,
      changes: { country: document.country, kind: document.kind, documentId: document.id, via },
    });
    return {
      receiptId: kept.id,
      documentId: document.id,
      country: document.country,
      kind: document.kind,
      receivedAt: kept.receivedAt,
    };
  });
}

/** The input parsed, or a 400 naming each field as a route's own validation would. */
function parseOrRefuse<T>(ctx: RequestContext, schema: z.ZodType<T>, input: unknown, at: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.slice(0, 20).map((issue) => {
    const field = [at, ...issue.path.map(String)].join('.');
    const problem = fieldProblem({ ...(issue as object), input: undefined } as Parameters<
      typeof fieldProblem
    >[0]);
    const key = fieldMessageKey(problem.code, field, (k) => k in messages[ctx.locale]);
    return { field, code: problem.code, message: t(ctx.locale, key, { field, ...problem.values }) };
  });
  throw new AppError('validation_failed', { count: fields.length }, { fields });
}

/** What the hub received (never the payload here): for the working group and the administrator. */
export async function receivedDocuments(deps: Deps, ctx: RequestContext, query: ReceivedDocumentsQuery) {
  await requireCooperation(deps, ctx, 'cooperation.read');
  const { items, total } = await listReceivedDocuments(deps.db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
