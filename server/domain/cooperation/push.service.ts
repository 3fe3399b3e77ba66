import { randomUUID } from 'node:crypto';
import {
  COOPERATION_FORMAT,
  COOPERATION_VERSION,
  type DocumentKind,
  type DocumentReceipt,
  documentReceiptSchema,
  type SignedDocument,
} from '../../../common/contracts/cooperation-documents';
import {
  insertPush,
  linkSettings,
  listPushes,
  type PushRecord,
  signingKey,
} from '../../db/repositories/cooperation-link.repository';
import { requirePermission } from '../access/actor';
import { audit } from '../audit/audit';
import type { Deps, RequestContext } from '../context';
import { ruleViolation } from '../errors';
import { KIND_RULES } from './document-kinds';
import { type HubAnswer, hubError, hubFailure, postToHub } from './hub-client';
import { signDocument } from './signature';

export interface PushRequest {
  kind: DocumentKind;
  /**
   * The kind's payload (its schema in document-kinds.ts): aggregates and knowledge only, built by
   * the caller from its aggregate queries, never from a child's or a family's record.
   */
  payload: Record<string, unknown>;
  /** What the document is about, shown in the log: a year, a practice's title. */
  subject: string;
  /** Over the network to the confirmed hub, or as a file for the hub's administrator to upload. */
  via: 'network' | 'file';
  /** Keep the payload with the log row (a practice: sent again as an update, never counts). */
  keep?: boolean;
}

export interface PushResult {
  /** The row of the push log (cooperation_pushes). */
  push: PushRecord;
  /** The signed document, as sent or as the file to download. */
  document: SignedDocument;
  /** The hub's receipt, when it accepted the document over the network. */
  receipt: DocumentReceipt | null;
}

/**
 * Signs a document of this country and gives it to the hub (decision 0045). Every slice that sends
 * something (indicators, practices, Foster Family Day results, ambassadors) calls this one function:
 *
 * - needs `cooperation.push` and a key pair (the connection set up); over the network, a hub the
 *   administrator confirmed too;
 * - the document gets a new id, this installation's country and the time now, and is signed;
 * - `via: 'file'`: logged as `downloaded` and returned for the caller to send as a download;
 * - `via: 'network'`: posted to the hub and logged `accepted` with its receipt; when the hub says
 *   no (`refused`, its message kept) or cannot be reached (`failed`), the log row and its audit row
 *   are committed first and then an error is thrown (422 `cooperation_hub_refused` /
 *   `cooperation_hub_unreachable`), so the caller's request fails but the log keeps the attempt.
 */
export async function pushDocument(
  deps: Deps,
  ctx: RequestContext,
  request: PushRequest,
): Promise<PushResult> {
  requirePermission(ctx, 'cooperation.push');
  const settings = await linkSettings(deps.db);
  const privateKey = await signingKey(deps.db);
  if (!settings.country || !privateKey) throw ruleViolation('cooperation_link_not_set_up');
  if (request.via === 'network' && (!settings.hubUrl || !settings.confirmedAt))
    throw ruleViolation('cooperation_link_not_confirmed');
  checkPayload(request, settings.country);
  const document = signDocument(
    {
      format: COOPERATION_FORMAT,
      version: COOPERATION_VERSION,
      id: randomUUID(),
      country: settings.country,
      kind: request.kind,
      issuedAt: deps.clock.now().toISOString(),
      payload: request.payload,
    },
    privateKey,
  );
  if (request.via === 'file') {
    const push = await record(deps, ctx, request, document, { status: 'downloaded', answer: null });
    return { push, document, receipt: null };
  }
  const hubUrl = settings.hubUrl!;
  const answer = await postToHub(hubUrl, '/api/hub/documents', document, ctx.locale);
  const outcome = receiptOf(answer, document, hubUrl, ctx);
  const push = await record(deps, ctx, request, document, {
    status: outcome.outcome === 'accepted' ? 'accepted' : outcome.outcome,
    answer: outcome.outcome === 'accepted' ? outcome.receipt.receiptId : outcome.message,
  });
  if (outcome.outcome !== 'accepted') throw hubError(outcome, hubUrl);
  return { push, document, receipt: outcome.receipt };
}

/**
 * The sending side refuses what the hub would: a payload its kind's schema does not take (a bug of
 * the caller) or its rule refuses (figures about another country, a small cell left in).
 */
function checkPayload(request: PushRequest, country: string) {
  const rule = KIND_RULES[request.kind];
  if (!rule) return;
  const parsed = rule.schema.safeParse(request.payload);
  if (!parsed.success) throw new Error(`a ${request.kind} payload its schema refuses`);
  const refusal = rule.refuse?.(parsed.data, country);
  if (refusal) throw ruleViolation(refusal.code, refusal.params as Record<string, string | number>);
}

type Outcome =
  | { outcome: 'accepted'; receipt: DocumentReceipt }
  | Exclude<HubAnswer, { outcome: 'answered' }>;

/** A 2xx answer counts only with a receipt for this very document; anything else is a failed push. */
function receiptOf(
  answer: HubAnswer,
  document: SignedDocument,
  hubUrl: string,
  ctx: RequestContext,
): Outcome {
  if (answer.outcome !== 'answered') return answer;
  const receipt = documentReceiptSchema.safeParse(answer.body);
  if (receipt.success && receipt.data.documentId === document.id)
    return { outcome: 'accepted', receipt: receipt.data };
  return hubFailure('cooperation_hub_bad_answer', hubUrl, ctx.locale);
}

async function record(
  deps: Deps,
  ctx: RequestContext,
  request: PushRequest,
  document: SignedDocument,
  result: { status: PushRecord['status']; answer: string | null },
): Promise<PushRecord> {
  return deps.db.transaction(async (tx) => {
    const push = await insertPush(tx, {
      documentId: document.id,
      kind: request.kind,
      subject: request.subject,
      via: request.via,
      ...result,
      userId: ctx.actor!.userId,
      ...(request.keep ? { payload: request.payload } : {}),
    });
    await audit(tx, ctx, {
      action: 'cooperation.document_pushed',
      entityType: 'cooperation_push',
      entityId: push.id,
      changes: {
        kind: request.kind,
        subject: request.subject,
        via: request.via,
        ...result,
        documentId: document.id,
      },
    });
    return push;
  });
}

/** The pushes log, newest first, and whether this installation can send now. */
export async function pushLog(deps: Deps, ctx: RequestContext, page: { page: number; pageSize: number }) {
  requirePermission(ctx, 'cooperation.push');
  const settings = await linkSettings(deps.db);
  const { items, total } = await listPushes(deps.db, {
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });
  const file = Boolean(settings.country && settings.publicKey);
  return {
    items,
    total,
    ...page,
    link: {
      country: settings.country,
      hubUrl: settings.hubUrl,
      file,
      network: file && Boolean(settings.hubUrl && settings.confirmedAt),
    },
  };
}
