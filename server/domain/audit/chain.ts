import { createHash } from 'node:crypto';

/**
 * The audit hash chain (decision 0011). The database computes each row's hash when the row is
 * written (migration 0022, `audit_event_hash`); this module computes it again from the stored
 * values, independently of any database function, and walks the chain.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** One audit row as the verifier reads it: every field already rendered as the text that is hashed. */
export interface ChainRow {
  id: number;
  seq: number;
  prevHash: string;
  hash: string;
  /** The fields in canonical order, as text (null stays null). See `CANONICAL_FIELDS`. */
  fields: (string | null)[];
}

/** The order of the fields in the canonical text; the SQL function uses the same order. */
export const CANONICAL_FIELDS = [
  'id',
  'at',
  'actor_user_id',
  'actor_username',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'request_id',
  'ip',
  'case_id',
] as const;

/** Each field as "<UTF-8 bytes>:<text>," or "-," for null: unambiguous whatever the text holds. */
export function canonicalText(fields: (string | null)[]): string {
  return fields.map((f) => (f === null ? '-,' : `${Buffer.byteLength(f, 'utf8')}:${f},`)).join('');
}

export function rowHash(prevHash: string, fields: (string | null)[]): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalText(fields)}`, 'utf8')
    .digest('hex');
}

export type ChainProblem =
  | { kind: 'changed'; id: number; seq: number }
  | { kind: 'removed'; missingFrom: number; missingTo: number; afterId: number | null; beforeId: number }
  | {
      kind: 'out_of_order';
      id: number;
      seq: number;
      previousId: number | null;
      belongsAfterId: number | null;
    }
  | { kind: 'duplicate'; id: number; seq: number };

export interface ChainResult {
  ok: boolean;
  rows: number;
  head: { seq: number; id: number; hash: string } | null;
  problem?: ChainProblem;
}

/**
 * Walks the rows in seq order (as the batches come) and stops at the first problem:
 * - a row whose stored hash is not the hash of its content → `changed`;
 * - a gap in seq → `removed` (those places were emptied);
 * - a row whose prev_hash is not the hash of the row before it → `out_of_order` (moved, or
 *   a row before it was removed and the rest renumbered); `locate` finds where it belongs.
 */
export async function verifyChain(
  batches: AsyncIterable<ChainRow[]>,
  locate: (hash: string) => Promise<{ id: number } | undefined>,
): Promise<ChainResult> {
  let expectedSeq = 1;
  let prev: ChainRow | null = null;
  let rows = 0;
  for await (const batch of batches) {
    for (const row of batch) {
      if (prev && row.seq === prev.seq) {
        return fail(rows, prev, { kind: 'duplicate', id: row.id, seq: row.seq });
      }
      if (row.seq !== expectedSeq) {
        return fail(rows, prev, {
          kind: 'removed',
          missingFrom: expectedSeq,
          missingTo: row.seq - 1,
          afterId: prev?.id ?? null,
          beforeId: row.id,
        });
      }
      if (rowHash(row.prevHash, row.fields) !== row.hash) {
        return fail(rows, prev, { kind: 'changed', id: row.id, seq: row.seq });
      }
      if (row.prevHash !== (prev?.hash ?? GENESIS_HASH)) {
        const after = row.prevHash === GENESIS_HASH ? undefined : await locate(row.prevHash);
        return fail(rows, prev, {
          kind: 'out_of_order',
          id: row.id,
          seq: row.seq,
          previousId: prev?.id ?? null,
          belongsAfterId: after?.id ?? null,
        });
      }
      prev = row;
      expectedSeq += 1;
      rows += 1;
    }
  }
  return { ok: true, rows, head: prev ? { seq: prev.seq, id: prev.id, hash: prev.hash } : null };
}

function fail(rows: number, prev: ChainRow | null, problem: ChainProblem): ChainResult {
  return {
    ok: false,
    rows,
    head: prev ? { seq: prev.seq, id: prev.id, hash: prev.hash } : null,
    problem,
  };
}

/** The problem in one sentence that names the row. */
export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'changed':
      return `audit row id ${p.id} (seq ${p.seq}) was changed: its content does not match its hash`;
    case 'removed': {
      const places =
        p.missingFrom === p.missingTo ? `seq ${p.missingFrom}` : `seq ${p.missingFrom}–${p.missingTo}`;
      const where =
        p.afterId === null ? `before id ${p.beforeId}` : `between id ${p.afterId} and id ${p.beforeId}`;
      return `audit row ${places} was removed (${where})`;
    }
    case 'out_of_order': {
      const before = p.previousId === null ? 'the start of the chain' : `id ${p.previousId}`;
      return p.belongsAfterId === null
        ? `audit row id ${p.id} (seq ${p.seq}) is out of order: it does not follow ${before}; the row it followed is gone (removed, or ${before} was rewritten)`
        : `audit row id ${p.id} (seq ${p.seq}) is out of order: it was written after id ${p.belongsAfterId}, not after ${before}`;
    }
    case 'duplicate':
      return `audit row id ${p.id} has the same place (seq ${p.seq}) as the row before it: inserted out of order`;
  }
}
