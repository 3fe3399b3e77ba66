import type { z } from 'zod';
import type { DocumentKind } from '../../../common/contracts/cooperation-documents';
import { exchangeDocumentSchema } from '../../../common/contracts/indicator-exchange';
import type { Queryable } from '../../db/client';
import { hasSmallCells } from '../indicators/exchange.service';
import { ambassadorFigures, fosterDayResults } from './foster-day-kinds';
import { practiceKind } from './practice-kind';

/** What the hub received, after the signature, key and replay checks. */
export interface ReceivedDocument<T> {
  /** The hub's row in cooperation_documents. */
  rowId: string;
  documentId: string;
  country: string;
  issuedAt: string;
  payload: T;
}

/**
 * What the hub does with each kind of document: the payload's schema, a last refusal for a payload
 * that parses but must not be kept (a small cell, figures about another country), and what it
 * records beyond the document itself, in the same transaction.
 */
export interface KindRule<T> {
  schema: z.ZodType<T>;
  /** An error code (error.rule.*) when the payload is refused, else null. */
  refuse?: (payload: T, country: string) => { code: string; params?: Record<string, unknown> } | null;
  accept?: (tx: Queryable, document: ReceivedDocument<T>) => Promise<void>;
}

const indicators: KindRule<z.infer<typeof exchangeDocumentSchema>> = {
  schema: exchangeDocumentSchema,
  refuse: (payload, country) => {
    if (payload.country !== country) return { code: 'cooperation_other_country' };
    if (hasSmallCells(payload))
      return { code: 'exchange_not_suppressed', params: { threshold: payload.threshold } };
    return null;
  },
};

/** A rule with its payload type forgotten: the hub only passes it what its own schema parsed. */
// biome-ignore lint/suspicious/noExplicitAny: each rule is called with its own schema's output
type AnyKindRule = KindRule<any>;

/** Every kind a country may push; a kind missing here is refused on arrival. */
export const KIND_RULES: Partial<Record<DocumentKind, AnyKindRule>> = {
  indicators,
  practice: practiceKind,
  foster_day_results: fosterDayResults,
  ambassadors: ambassadorFigures,
};
