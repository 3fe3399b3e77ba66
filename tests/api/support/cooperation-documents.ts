import { randomUUID } from 'node:crypto';
import { COOPERATION_FORMAT, COOPERATION_VERSION } from '../../../common/contracts/cooperation-documents';
import type { ExchangeDocument } from '../../../common/contracts/indicator-exchange';
import type { Queryable } from '../../../server/db/client';
import { insertMemberCountry } from '../../../server/db/repositories/cooperation-members.repository';
import { KIND_RULES } from '../../../server/domain/cooperation/document-kinds';
import {
  documentDigest,
  fingerprint,
  type KeyPair,
  newKeyPair,
  signDocument,
} from '../../../server/domain/cooperation/signature';

/**
 * What the hub holds once a country's documents have arrived, written straight into its tables
 * (the receiving service is another part of issue 17): a member country with a confirmed key, and
 * signed indicator documents that its kind's schema and refusal rule accept, as the hub would.
 */

export interface MemberWithKey {
  code: string;
  keyId: string;
  keys: KeyPair;
}

const NAMES: Record<string, Record<string, string>> = {
  AZ: { az: 'Azərbaycan', tr: 'Azerbaycan', ru: 'Азербайджан', en: 'Azerbaijan' },
  TR: { az: 'Türkiyə', tr: 'Türkiye', ru: 'Турция', en: 'Türkiye' },
  UZ: { az: 'Özbəkistan', tr: 'Özbekistan', ru: 'Узбекистан', en: 'Uzbekistan' },
};

export async function memberCountry(q: Queryable, code: string, status: 'member' | 'observer' = 'member') {
  await insertMemberCountry(q, { code, names: NAMES[code]!, joinedOn: '2025-09-18', status });
}

export async function memberWithKey(q: Queryable, code: string): Promise<MemberWithKey> {
  await memberCountry(q, code);
  const keys = newKeyPair();
  const rows = await q.query<{ id: string }>(
    `insert into country_keys (country, public_key, fingerprint, status, confirmed_at)
     values ($1, $2, $3, 'confirmed', now()) returning id`,
    [code, keys.publicKey, fingerprint(keys.publicKey)],
  );
  return { code, keyId: rows[0]!.id, keys };
}

/** Keeps a signed indicator document as the hub would have accepted it; returns its document id. */
export async function keepIndicatorDocument(
  q: Queryable,
  member: MemberWithKey,
  issuedAt: string,
  payload: ExchangeDocument,
): Promise<string> {
  const rule = KIND_RULES.indicators!;
  const parsed = rule.schema.parse(payload);
  const refused = rule.refuse?.(parsed, member.code);
  if (refused) throw new Error(`the hub would refuse this document: ${refused.code}`);
  const signed = signDocument(
    {
      format: COOPERATION_FORMAT,
      version: COOPERATION_VERSION,
      id: randomUUID(),
      country: member.code,
      kind: 'indicators',
      issuedAt,
      payload: parsed as unknown as Record<string, unknown>,
    },
    member.keys.privateKey,
  );
  await q.query(
    `insert into cooperation_documents (country, document_id, kind, issued_at, payload, sha256, key_id, via)
     values ($1, $2, 'indicators', $3, $4, $5, $6, 'network')`,
    [member.code, signed.id, issuedAt, JSON.stringify(signed.payload), documentDigest(signed), member.keyId],
  );
  return signed.id;
}

type Summary = Record<string, number | null>;

/** A document written by hand: only the indicators the comparison reads, with the summaries given. */
export function handMadeDocument(
  country: string,
  period: { from: string; to: string },
  summaries: { children_in_care?: Summary; core_indicators?: Summary; exits_by_month?: Summary },
): ExchangeDocument {
  const units = {
    children_in_care: 'children',
    core_indicators: 'per100k',
    exits_by_month: 'children',
  } as const;
  return {
    format: 'yuva-indicators',
    version: 1,
    country,
    organisation: `Yuva ${country}`,
    generatedAt: `${period.to}T12:00:00.000Z`,
    period: { ...period, asAt: period.to },
    threshold: 5,
    rounding: 5,
    indicators: Object.entries(summaries).map(([id, summary]) => ({
      id: id as keyof typeof units,
      unit: units[id as keyof typeof units],
      columns: [],
      rows: [],
      summary,
      drillDown: null,
    })),
  };
}

/** The document with one indicator's headline figures changed (the rest as the country sent them). */
export function withSummary(doc: ExchangeDocument, id: string, summary: Summary): ExchangeDocument {
  const copy = structuredClone(doc);
  const found = copy.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  found.summary = { ...found.summary, ...summary };
  return copy;
}
