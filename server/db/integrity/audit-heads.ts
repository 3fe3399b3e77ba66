import { readFileSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Queryable } from '../client';
import { writeDurably } from '../data-folder';
import { auditChainTail, auditHashesAt } from '../repositories/audit.repository';

/**
 * Heads of the audit hash chain remembered outside the database (decision 0021). The chain
 * (decision 0011) shows a row changed, removed from the middle or moved, but a chain that lost its
 * last rows — deleted behind the triggers' back, or lost when two servers wrote one PGlite folder
 * and only one server's pages survived — is still a valid, shorter chain. A server on PGlite
 * appends the head it sees (seq, hash) to `yuva-audit-heads` in the data folder: at start, once a
 * minute when it moved, and when it stops. `npm run audit:verify` then checks that every head
 * recorded there is still in the chain with the same hash:
 * - a recorded seq beyond the chain's end → rows removed from the end (or commits lost);
 * - a recorded seq whose row now has another hash → the chain was rewritten from there, or forked
 *   (two writers extended the same head and one writer's rows are gone).
 * Each line is one JSON object; a line that does not parse (cut by a power failure) is skipped.
 */

export const AUDIT_HEADS_FILE = 'yuva-audit-heads';

export const auditHeadsFile = (dataDir: string) => join(dataDir, AUDIT_HEADS_FILE);

export interface RecordedHead {
  seq: number;
  hash: string;
  at: string;
  host: string;
  pid: number;
}

function line(head: { seq: number; hash: string }): string {
  const recorded: RecordedHead = {
    seq: head.seq,
    hash: head.hash,
    at: new Date().toISOString(),
    host: hostname(),
    pid: process.pid,
  };
  return `${JSON.stringify(recorded)}\n`;
}

export function readAuditHeads(file: string): RecordedHead[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const heads: RecordedHead[] = [];
  for (const l of text.split('\n')) {
    if (!l.trim()) continue;
    try {
      const h = JSON.parse(l);
      if (Number.isInteger(h?.seq) && typeof h?.hash === 'string') heads.push(h);
    } catch {
      // A line cut short by a power failure: the heads before it still count.
    }
  }
  return heads;
}

/** Appends the chain's current head when it differs from `last`; returns the head. */
export async function recordAuditHead(
  q: Queryable,
  file: string,
  last?: { seq: number; hash: string },
): Promise<{ seq: number; hash: string } | undefined> {
  const head = await auditChainTail(q);
  if (!head) return last;
  if (last && last.seq === head.seq && last.hash === head.hash) return last;
  writeDurably(file, line(head), 'a');
  return head;
}

export type HeadsCheck =
  | { ok: true; heads: number }
  | { ok: false; heads: number; problem: string; kind: 'missing_tail' | 'forked' };

/** Checks every recorded head against the chain (in batches of 1,000 places). */
export async function checkAuditHeads(q: Queryable, file: string): Promise<HeadsCheck> {
  const heads = readAuditHeads(file);
  const tail = await auditChainTail(q);
  const tailSeq = tail?.seq ?? 0;
  const by = (h: RecordedHead) => `recorded by ${h.host}:${h.pid} at ${h.at}`;
  const beyond = heads.filter((h) => h.seq > tailSeq).sort((a, b) => b.seq - a.seq)[0];
  if (beyond)
    return {
      ok: false,
      heads: heads.length,
      kind: 'missing_tail',
      problem:
        `the audit chain ends at seq ${tailSeq}, but seq ${beyond.seq} (hash ${beyond.hash}) was ${by(beyond)}: ` +
        `rows ${tailSeq + 1}–${beyond.seq} were removed from the end, or committed writes were lost`,
    };
  for (let i = 0; i < heads.length; i += 1000) {
    const batch = heads.slice(i, i + 1000);
    const found = await auditHashesAt(q, [...new Set(batch.map((h) => h.seq))]);
    for (const h of batch) {
      const hash = found.get(h.seq);
      if (hash === undefined)
        return {
          ok: false,
          heads: heads.length,
          kind: 'missing_tail',
          problem: `audit row seq ${h.seq}, ${by(h)}, is not in the chain`,
        };
      if (hash !== h.hash)
        return {
          ok: false,
          heads: heads.length,
          kind: 'forked',
          problem:
            `audit row seq ${h.seq} has hash ${hash}, but the head ${by(h)} had hash ${h.hash}: the chain was ` +
            'rewritten from there, or two writers extended it and the rows of one of them were lost',
        };
    }
  }
  return { ok: true, heads: heads.length };
}

/**
 * Starts a new heads file holding only the current head (atomic rename): after a restore (the
 * chain is the backup's now), or at a server's start once every recorded head was found in the
 * chain (the file stays short).
 */
export async function resetAuditHeads(q: Queryable, file: string): Promise<void> {
  const head = await auditChainTail(q);
  const draft = `${file}.${process.pid}.new`;
  rmSync(draft, { force: true });
  writeDurably(draft, head ? line(head) : '', 'a');
  renameSync(draft, file);
}

export interface AuditHeadRecorder {
  /** The check of the heads recorded before this start (the file is kept whole when it failed). */
  readonly atStart: HeadsCheck;
  stop(): Promise<void>;
}

/**
 * What a PGlite server runs: checks the heads recorded so far (and, when they all hold, shortens the
 * file to the current head), then records the head every `everyMs` when it moved, and when stopped.
 */
export async function startAuditHeadRecorder(
  q: Queryable,
  file: string,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): Promise<AuditHeadRecorder> {
  const atStart = await checkAuditHeads(q, file);
  let last: { seq: number; hash: string } | undefined;
  if (atStart.ok) {
    await resetAuditHeads(q, file);
    last = await auditChainTail(q);
  } else {
    last = await recordAuditHead(q, file);
  }
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(async () => {
        last = await recordAuditHead(q, file, last);
      })
      .catch((error) => options.onError?.(error));
  };
  const timer = setInterval(tick, options.everyMs ?? 60_000);
  timer.unref();
  return {
    atStart,
    stop: async () => {
      clearInterval(timer);
      tick();
      await running;
    },
  };
}
