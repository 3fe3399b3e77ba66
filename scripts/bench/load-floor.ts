import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Queryable } from '../../server/db/client';

/**
 * The floor of the load benchmark: the statements a request sends to PostgreSQL, recorded while
 * the request runs once in this process, then replayed bare by pgbench — no HTTP, no Node, no
 * validation or serialisation — at the same number of connections, each statement prepared once
 * per connection as the server does (decision 0016).
 */
interface Statement {
  sql: string;
  params: unknown[];
}

/** What a request sent: its statements with their parameters, and where transactions began and ended. */
export type Recorded = (Statement | 'begin' | 'commit')[];

/** A Db that records every statement (and the transactions around them) while `recording` is on. */
export function recordingDb(db: Db) {
  const log: Recorded = [];
  let recording = false;
  const wrap = (q: Queryable): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      if (recording) log.push({ sql, params: params ?? [] });
      return q.query<T>(sql, params);
    },
    exec: (sql: string) => q.exec(sql),
  });
  const recorder: Db = {
    kind: db.kind,
    ...wrap(db),
    transaction: (work) =>
      db.transaction(async (tx) => {
        if (recording) log.push('begin');
        const result = await work(wrap(tx));
        if (recording) log.push('commit');
        return result;
      }),
    close: () => db.close(),
  };
  return {
    db: recorder,
    async record(run: () => Promise<unknown>): Promise<Recorded> {
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

/** A parameter as node-postgres sends it: text, typed by the server from where it is used. */
function parameterText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((v) =>
      v === null ? 'NULL' : `"${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
    );
    return `{${items.join(',')}}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * One recorded request as a pgbench script: each parameter becomes a pgbench variable (defined
 * with -D), so pgbench binds the same values as parameters of a prepared statement, exactly as
 * the server does; a null (which a variable cannot hold) is written in as `null`.
 */
function pgbenchScript(recorded: Recorded, prefix: string): { script: string; variables: string[] } {
  const variables: string[] = [];
  const lines = recorded.map((entry, i) => {
    if (entry === 'begin' || entry === 'commit') return `${entry};`;
    const text = entry.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const value = entry.params[Number(n) - 1];
      if (value === null || value === undefined) return 'null';
      const name = `${prefix}_${i}_${n}`;
      variables.push(`${name}=${parameterText(value)}`);
      return `:${name}`;
    });
    // pgbench takes one statement a line: comments out, whitespace folded.
    return `${text
      .replace(/--[^\n]*/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()};`;
  });
  return { script: `${lines.join('\n')}\n`, variables };
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
  requests: Recorded[],
  connections: number,
  seconds: number,
): Promise<FloorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yuva-floor-'));
  const variables: string[] = [];
  const files = requests.map((recorded, i) => {
    const file = join(dir, `request-${i}.sql`);
    const { script, variables: defined } = pgbenchScript(recorded, `r${i}`);
    writeFileSync(file, script);
    variables.push(...defined);
    return file;
  });
  const args = ['-n', '-M', 'prepared', '-c', String(connections), '-j', String(Math.min(connections, 2))];
  args.push(
    '-T',
    String(seconds),
    '-l',
    '--log-prefix',
    join(dir, 'log'),
    ...files.flatMap((f) => ['-f', f]),
    ...variables.flatMap((v) => ['-D', v]),
  );
  // The command as run, to repeat it by hand (add -r for each statement's latency).
  writeFileSync(join(dir, 'command.json'), JSON.stringify(['pgbench', ...args, url]));
  const output = await run('pgbench', [...args, url]);
  const times: number[] = [];
  for (const name of readdirSync(dir).filter((f) => f.startsWith('log'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) times.push(micros / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => percentile(times, p);
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

/** The p-th fraction of ascending `sorted` milliseconds, to a tenth (0 when there are none). */
export function percentile(sorted: number[], p: number): number {
  const ms = sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return Math.round(ms * 10) / 10;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // The settings the server's connections have (server/db/client.ts), so the plans are the same.
    const env = { ...process.env, PGOPTIONS: '-c jit=off -c plan_cache_mode=force_custom_plan' };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
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
