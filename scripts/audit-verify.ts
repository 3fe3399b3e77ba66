/**
 * Verifies the audit hash chain (decision 0011):
 *   npm run audit:verify [-- --anchor <seq>:<hash>] [--heads <file>] [--json]
 * Works on the PGlite folder YUVA_DATA_DIR (stop the server first: one process at a time) or on
 * the PostgreSQL of DATABASE_URL. Prints OK with the row count, the head of the chain and the
 * time taken, or names the first row that was changed, removed or inserted out of order (exit 1).
 * --anchor checks that the row at <seq> still has the hash noted earlier (e.g. printed by a
 * previous run and kept elsewhere), which also catches rows removed from the end.
 * On PGlite it also checks every chain head the server recorded outside the database
 * (`yuva-audit-heads` in the data folder, decision 0021): a recorded head beyond the chain's end
 * means rows were removed from the end or committed writes lost; a recorded head whose row now has
 * another hash means the chain was rewritten or forked. --heads names such a file for any database.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client';
import { auditHeadsFile, checkAuditHeads, type HeadsCheck } from '../server/db/integrity/audit-heads';
import { auditChainBatch } from '../server/db/repositories/audit.repository';
import { describeProblem } from '../server/domain/audit/chain';
import { verifyAuditChain } from '../server/domain/audit/verify';
import { readEnv } from '../server/env';

const { values } = parseArgs({
  options: {
    anchor: { type: 'string' },
    heads: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

async function main(): Promise<number> {
  const anchor = values.anchor ? parseAnchor(values.anchor) : null;
  const env = readEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
  try {
    const columns = await db.query<{ n: number }>(
      `select count(*)::int as n from information_schema.columns
        where table_name = 'audit_events' and column_name = 'hash'`,
    );
    if (!columns[0]?.n) {
      console.error(
        'audit:verify: this database has no audit hash chain yet (run the migrations: npm run migrate)',
      );
      return 2;
    }
    const started = performance.now();
    const result = await verifyAuditChain(db);
    let problem = result.problem ? describeProblem(result.problem) : null;
    if (!problem && anchor) {
      const [row] = await auditChainBatch(db, anchor.seq - 1, 1);
      if (!row || row.seq !== anchor.seq) problem = `audit row seq ${anchor.seq} (the anchor) was removed`;
      else if (row.hash !== anchor.hash)
        problem = `audit row id ${row.id} (seq ${anchor.seq}, the anchor) no longer has the hash noted`;
    }
    const headsFile = values.heads ?? (db.kind === 'pglite' ? auditHeadsFile(env.YUVA_DATA_DIR) : undefined);
    let heads: HeadsCheck | undefined;
    if (!problem && headsFile) {
      heads = await checkAuditHeads(db, headsFile);
      if (!heads.ok) problem = heads.problem;
    }
    const seconds = (performance.now() - started) / 1000;
    if (values.json) {
      console.log(
        JSON.stringify({
          ok: !problem,
          rows: result.rows,
          head: result.head,
          recordedHeads: heads?.heads ?? null,
          problem,
          seconds,
        }),
      );
    } else if (problem) {
      console.log(`FAILED: ${problem}`);
      console.log(`  ${result.rows.toLocaleString('en')} rows before it verified in ${seconds.toFixed(2)} s`);
    } else {
      console.log(
        `OK: ${result.rows.toLocaleString('en')} audit rows, chain intact, verified in ${seconds.toFixed(2)} s`,
      );
      if (result.head)
        console.log(`  head: seq ${result.head.seq}, id ${result.head.id}, hash ${result.head.hash}`);
      if (heads)
        console.log(
          `  heads recorded outside the database: ${heads.heads} checked, all in the chain (${headsFile})`,
        );
    }
    return problem ? 1 : 0;
  } finally {
    await db.close();
  }
}

function parseAnchor(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) {
    console.error('audit:verify: --anchor must be <seq>:<64 hex digits>');
    process.exit(2);
  }
  return { seq: Number(match[1]), hash: match[2]! };
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
