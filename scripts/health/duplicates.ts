/**
 * Repeated blocks in the web app, as the `duplicates` command reports them. Its first line counts every
 * pair (and those marked boilerplate); the rows — at most 200 — say where each pair stands, which is
 * what tells a pair inside one feature from one across two features.
 */
import { spawnSync } from 'node:child_process';

export interface DuplicateFigures {
  pairs: number;
  nonBoilerplatePairs: number;
  /** Among the listed rows: pairs whose two sides lie in different web features. */
  crossFeaturePairs: number;
  listedRows: number;
  summary: string;
}

const ROW = /^D\d+ (\S+?):\d+-\d+ ~ (\S+?):\d+-\d+/;

const featureOf = (path: string): string | null => path.match(/^(?:web\/)?features\/([^/]+)\//)?.[1] ?? null;

/** Null when the command is not installed here (the figures are then left out, not guessed). */
export function webDuplicates(root: string): DuplicateFigures | null {
  const run = spawnSync('duplicates', ['--repo', 'web', '--most', '200', '--seconds', '120'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) return null;
  return parseDuplicates(run.stdout);
}

export function parseDuplicates(output: string): DuplicateFigures | null {
  const [summary = '', ...rows] = output.split('\n');
  const none = /^no duplicates/.test(summary);
  const pairs = none ? 0 : Number(summary.match(/^(\d+) pairs?\b/)?.[1] ?? Number.NaN);
  if (Number.isNaN(pairs)) return null;
  const boilerplate = Number(summary.match(/(\d+) of those marked boilerplate/)?.[1] ?? 0);
  let listedRows = 0;
  let crossFeaturePairs = 0;
  for (const row of rows) {
    const sides = row.match(ROW);
    if (!sides) continue;
    listedRows++;
    const [a, b] = [featureOf(sides[1]!), featureOf(sides[2]!)];
    if (a && b && a !== b) crossFeaturePairs++;
  }
  return { pairs, nonBoilerplatePairs: pairs - boilerplate, crossFeaturePairs, listedRows, summary };
}
