/**
 * `npm run audit:deps`: runs `npm audit --json` (production and development dependencies) and
 * fails when it reports a high or critical advisory that docs/security-audit-allowlist.json does
 * not explain (what it is, whether Yuva reaches it, what would close it). Moderate and low ones
 * are listed, not fatal. Allow-list entries that npm no longer reports are shown as stale so
 * the list does not rot.
 *
 * Exit codes: 0 nothing unexplained; 1 unexplained high/critical advisories; 2 the audit could
 * not be run (the registry's audit service did not answer): nothing is proven then.
 *
 *   npm run audit:deps            the whole tree
 *   npm run audit:deps -- --omit=dev   what a production install ships
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface AllowEntry {
  advisory: string;
  package: string;
  severity: string;
  what: string;
  reachable: string;
  closes: string;
  reviewed: string;
}

interface Finding {
  advisory: string;
  package: string;
  severity: string;
  title: string;
  url: string;
}

interface AuditJson {
  error?: { code?: string; summary?: string };
  /** What npm prints instead of a report when the audit service refuses the request. */
  message?: string;
  vulnerabilities?: Record<
    string,
    {
      name: string;
      severity: string;
      via: (string | { source?: number; name?: string; title?: string; url?: string; severity?: string })[];
    }
  >;
}

const SEVERE = new Set(['high', 'critical']);

/** Every advisory of the report (once each), with the package it is about. */
export function findingsOf(report: AuditJson): Finding[] {
  const byId = new Map<string, Finding>();
  for (const v of Object.values(report.vulnerabilities ?? {})) {
    for (const via of v.via) {
      if (typeof via === 'string') continue; // vulnerable through another package, listed under it
      const advisory = via.url?.split('/').at(-1) ?? String(via.source ?? '?');
      byId.set(advisory, {
        advisory,
        package: via.name ?? v.name,
        severity: via.severity ?? v.severity,
        title: via.title ?? '',
        url: via.url ?? '',
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.advisory.localeCompare(b.advisory));
}

/** The high and critical findings the allow-list does not explain, and the entries no finding needs. */
export function judge(findings: Finding[], allow: AllowEntry[]) {
  const explained = new Set(allow.map((a) => a.advisory));
  const reported = new Set(findings.map((f) => f.advisory));
  return {
    unexplained: findings.filter((f) => SEVERE.has(f.severity) && !explained.has(f.advisory)),
    explained: findings.filter((f) => explained.has(f.advisory)),
    minor: findings.filter((f) => !SEVERE.has(f.severity) && !explained.has(f.advisory)),
    stale: allow.filter((a) => !reported.has(a.advisory)),
  };
}

function main() {
  const root = resolve(import.meta.dirname, '..');
  const args = ['audit', '--json', ...process.argv.slice(2)];
  let out: string;
  try {
    out = execFileSync('npm', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // npm audit exits 1 when it finds anything; its report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
  }
  let report: AuditJson;
  try {
    report = JSON.parse(out) as AuditJson;
  } catch {
    report = { error: { summary: out.slice(0, 300) || 'no output' } };
  }
  if (report.error || !report.vulnerabilities) {
    const why =
      report.message ?? `${report.error?.code ?? ''} ${report.error?.summary ?? 'no report'}`.trim();
    console.error(
      `audit:deps: npm audit could not be run (${why}).\n` +
        'Nothing is proven: run it where the registry audit service answers (see docs/security.md).',
    );
    process.exit(2);
  }
  const allow = (
    JSON.parse(readFileSync(resolve(root, 'docs/security-audit-allowlist.json'), 'utf8')) as {
      advisories: AllowEntry[];
    }
  ).advisories;
  const { unexplained, explained, minor, stale } = judge(findingsOf(report), allow);
  const line = (f: Finding) => `  ${f.severity.padEnd(8)} ${f.package.padEnd(28)} ${f.advisory}  ${f.title}`;
  if (explained.length) console.log(`explained in docs/security.md:\n${explained.map(line).join('\n')}`);
  if (minor.length) console.log(`moderate and low (not fatal):\n${minor.map(line).join('\n')}`);
  if (stale.length)
    console.log(
      `allow-list entries npm no longer reports (remove them):\n${stale.map((a) => `  ${a.advisory} ${a.package}`).join('\n')}`,
    );
  if (unexplained.length) {
    console.error(`UNEXPLAINED high or critical advisories:\n${unexplained.map(line).join('\n')}`);
    console.error(
      'Upgrade (npm audit fix, without --force), or explain each in docs/security.md and the allow-list.',
    );
    process.exit(1);
  }
  console.log(`audit:deps: no unexplained high or critical advisory (${args.slice(1).join(' ')}).`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
