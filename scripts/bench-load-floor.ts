import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Queryable } from '../server/db/client';

/**
 * The floor of the load benchmark: the statements a request sends to PostgreSQL, recorded while
 * the request runs once in this process, then replayed bare by pgbench — no HTTP, no Node, no
 * validation or serialisation — at the same number of connections.
 */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** A Db that records every statement (and the transactions around them) while `recording` is on. */
export function recordingDb(db: Db) {
  const log: string[] = [];
  let recording = false;
  const wrap = (q: Queryable): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      if (recording) log.push(inlined({ sql, params: params ?? [] }));
      return q.query<T>(sql, params);
    },
    exec: (sql: string) => q.exec(sql),
  });
  const recorder: Db = {
    kind: db.kind,
    ...wrap(db),
    transaction: (work) =>
      db.transaction(async (tx) => {
        if (recording) log.push('begin;');
        const result = await work(wrap(tx));
        if (recording) log.push('commit;');
        return result;
      }),
    close: () => db.close(),
  };
  return {
    db: recorder,
    async record(run: () => Promise<unknown>): Promise<string[]> {
      log.length = 0;
      recording = true;
      try {
        await run();
      } finally {
        recording = false;
      }
      return [...log];
    },
  };
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((v) =>
      v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
    );
    return quote(`{${items.join(',')}}`);
  }
  if (typeof value === 'object') return quote(JSON.stringify(value));
  return quote(String(value));
}

/** One statement with its parameters written in as literals (untyped, so each takes its column's type). */
export function inlined({ sql, params }: Statement): string {
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
  // pgbench takes one statement a line: comments out, whitespace folded.
  return `${text
    .replace(/--[^\n]*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()};`;
}

export interface FloorResult {
  tps: number;
  p50: number;
  p95: number;
  p99: number;
  transactions: number;
  failed: number;
}

/**
 * Replays the recorded requests (one script each, picked at random) with pgbench for `seconds`
 * at `connections`, and reads every transaction's latency from pgbench's log.
 */
export async function runFloor(
  url: string,
  scripts: string[][],
  connections: number,
  seconds: number,
): Promise<FloorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yuva-floor-'));
  const files = scripts.map((statements, i) => {
    const file = join(dir, `request-${i}.sql`);
    // pgbench reads one statement a line.
    writeFileSync(file, `${statements.join('\n')}\n`);
    return file;
  });
  const args = ['-n', '-M', 'simple', '-c', String(connections), '-j', String(Math.min(connections, 2))];
  args.push(
    '-T',
    String(seconds),
    '-l',
    '--log-prefix',
    join(dir, 'log'),
    ...files.flatMap((f) => ['-f', f]),
  );
  const output = await run('pgbench', [...args, url]);
  const times: number[] = [];
  for (const name of readdirSync(dir).filter((f) => f.startsWith('log'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) times.push(micros / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0);
  const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
  const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
  return {
    tps: Math.round(tps),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    transactions: times.length,
    failed,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}:\n${out.slice(-2000)}`)),
    );
  });
}
