import type { Queryable } from '../../db/client';
import { auditChainBatch, auditRowByHash } from '../../db/repositories/audit.repository';
import { type ChainResult, verifyChain } from './chain';

/**
 * Walks the whole audit chain in seq order, `batchSize` rows at a time (one batch in memory),
 * and stops at the first row that was changed, removed or put out of order.
 */
export async function verifyAuditChain(
  q: Queryable,
  options: { batchSize?: number; onProgress?: (rows: number) => void } = {},
): Promise<ChainResult> {
  const batchSize = options.batchSize ?? 5_000;
  async function* batches() {
    let after = 0;
    let seen = 0;
    for (;;) {
      const batch = await auditChainBatch(q, after, batchSize);
      if (batch.length === 0) return;
      yield batch;
      seen += batch.length;
      options.onProgress?.(seen);
      after = batch[batch.length - 1]!.seq;
    }
  }
  return verifyChain(batches(), (hash) => auditRowByHash(q, hash));
}
