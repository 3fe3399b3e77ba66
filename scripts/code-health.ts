/**
 * `npm run health [-- --json out.json] [--root DIR]`: figures of the code's health over every tracked
 * `.ts`/`.tsx` file — sizes, the longest functions, the boundary breaches the architecture test checks,
 * and repeated blocks in the web app — as a table, and as JSON to compare a branch with another.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchitecture, RULES, type Rule } from './health/architecture-rules';
import { type DuplicateFigures, webDuplicates } from './health/duplicates';
import { type FunctionSize, largestFunctions } from './health/functions';
import { readSourceTree, type SourceTree, trackedSourcePaths } from './health/source';

interface Health {
  commit: string;
  files: number;
  totalLines: number;
  medianLines: number;
  filesOver300: number;
  filesOver400: number;
  filesOver600: number;
  largeFiles: { file: string; lines: number }[];
  largestFunction: FunctionSize | null;
  longestFunctions: FunctionSize[];
  webCrossFeatureImports: string[];
  sqlOutsideStorage: string[];
  storageImportsOfDomain: string[];
  violationsByRule: Record<Rule, number>;
  webDuplicates: DuplicateFigures | null;
}

const under = (path: string, folder: string): boolean => path.startsWith(`${folder}/`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Imports from storage's own code (seeds, which write through the domain, aside) into the domain. */
function storageImportsOfDomain(tree: SourceTree): string[] {
  return tree.files
    .filter((f) => under(f.path, 'server/db') && !under(f.path, 'server/db/seeds'))
    .flatMap((f) =>
      f.imports
        .filter((i) => (i.resolved ?? i.target)?.startsWith('server/domain/'))
        .map((i) => `${f.path}:${i.line} → ${i.resolved ?? i.target}`),
    );
}

function measure(root: string): Health {
  const tree = readSourceTree(root, trackedSourcePaths(root));
  const sizes = tree.files.map((f) => ({ file: f.path, lines: f.lines }));
  const violations = checkArchitecture(tree);
  const where = (rule: Rule) => violations.filter((v) => v.rule === rule);
  const longest = largestFunctions(tree, 10);
  return {
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
    files: sizes.length,
    totalLines: sizes.reduce((sum, s) => sum + s.lines, 0),
    medianLines: median(sizes.map((s) => s.lines)),
    filesOver300: sizes.filter((s) => s.lines > 300).length,
    filesOver400: sizes.filter((s) => s.lines > 400).length,
    filesOver600: sizes.filter((s) => s.lines > 600).length,
    largeFiles: sizes.filter((s) => s.lines > 400).sort((a, b) => b.lines - a.lines),
    largestFunction: longest[0] ?? null,
    longestFunctions: longest,
    webCrossFeatureImports: where('features-isolated')
      .filter((v) => under(v.file, 'web/features'))
      .map((v) => `${v.file}:${v.line} ${v.detail}`),
    sqlOutsideStorage: where('sql-only-in-storage').map((v) => `${v.file}:${v.line} ${v.detail}`),
    storageImportsOfDomain: storageImportsOfDomain(tree),
    violationsByRule: Object.fromEntries(
      Object.keys(RULES).map((rule) => [rule, where(rule as Rule).length]),
    ) as Record<Rule, number>,
    webDuplicates: webDuplicates(root),
  };
}

function table(h: Health): string {
  const fn = h.largestFunction;
  const dup = h.webDuplicates;
  const rows: [string, string | number][] = [
    ['commit', h.commit],
    ['.ts/.tsx files', h.files],
    ['total lines', h.totalLines],
    ['median lines per file', h.medianLines],
    ['files over 300 / 400 / 600 lines', `${h.filesOver300} / ${h.filesOver400} / ${h.filesOver600}`],
    ['largest function', fn ? `${fn.name} (${fn.file}:${fn.line}, ${fn.lines} lines)` : '—'],
    ['web cross-feature imports', h.webCrossFeatureImports.length],
    ['SQL statements outside server/db', h.sqlOutsideStorage.length],
    ['server/db → server/domain imports', h.storageImportsOfDomain.length],
    ['web duplicate pairs (all)', dup ? dup.pairs : 'duplicates command absent'],
    ['web duplicate pairs (not boilerplate)', dup ? dup.nonBoilerplatePairs : '—'],
    [
      'web duplicate pairs across features',
      dup ? `${dup.crossFeaturePairs} (of ${dup.listedRows} listed)` : '—',
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`);
  lines.push('', 'architecture rules broken:');
  for (const [rule, n] of Object.entries(h.violationsByRule)) lines.push(`  ${rule.padEnd(width - 2)}  ${n}`);
  lines.push('', 'files over 400 lines:');
  for (const f of h.largeFiles) lines.push(`  ${String(f.lines).padStart(5)}  ${f.file}`);
  return lines.join('\n');
}

const { values } = parseArgs({ options: { json: { type: 'string' }, root: { type: 'string' } } });
const health = measure(resolve(values.root ?? '.'));
console.log(table(health));
if (values.json) writeFileSync(values.json, `${JSON.stringify(health, null, 2)}\n`);
