import { type PracticePayload, practicePayloadSchema } from '../../../common/contracts/practices';
import type { Queryable } from '../../db/client';
import {
  findPushedPractice,
  insertPractice,
  organisationNamed,
  updatePractice,
} from '../../db/repositories/practices.repository';
import { AppError } from '../errors';
import type { KindRule, ReceivedDocument } from './document-kinds';
import { searchKeysOf } from './practice-search';

/**
 * A practice pushed by a country's Yuva (decision 0045). The hub keeps it as coming from the
 * document's country; the sending Yuva's own id (`ref`) ties later documents to it, and only a
 * document issued later than the one the hub holds changes it (documents can arrive out of order,
 * by network and by hand).
 */
export const practiceKind: KindRule<PracticePayload> = {
  schema: practicePayloadSchema,
  accept: acceptPractice,
};

async function acceptPractice(tx: Queryable, doc: ReceivedDocument<PracticePayload>): Promise<void> {
  const p = doc.payload;
  const fields = {
    organisationId: p.organisation ? await organisationNamed(tx, doc.country, p.organisation) : null,
    organisationName: p.organisation,
    language: p.language,
    title: p.title,
    summary: p.summary,
    fullText: p.fullText,
    topics: p.topics,
    evidence: p.evidence,
    contact: p.contact,
    ambassadorMaterial: p.ambassadorMaterial,
    searchKeys: searchKeysOf(p.title, p.summary),
    sourceIssuedAt: doc.issuedAt,
  };
  const held = await findPushedPractice(tx, doc.country, p.ref);
  if (!held) {
    await insertPractice(tx, { ...fields, country: doc.country, createdBy: null, sourceRef: p.ref });
    return;
  }
  if (Date.parse(doc.issuedAt) <= Date.parse(held.sourceIssuedAt)) return;
  await updatePractice(tx, held.id, null, fields);
}

/**
 * The payload of a `practice` document, for a country's "Share a practice" form: the sending side
 * calls `pushDocument(deps, ctx, { kind: 'practice', payload: practicePayload(input), subject:
 * input.title, via })`. It refuses (400, naming the fields) what the hub would refuse, so a country
 * learns before sending; keep `ref` the same for every later version of one practice.
 */
export function practicePayload(input: unknown): PracticePayload {
  const parsed = practicePayloadSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      { count: parsed.error.issues.length },
      { fields: parsed.error.issues.map((i) => ({ field: i.path.join('.') || i.code, code: i.code })) },
    );
  return parsed.data;
}
