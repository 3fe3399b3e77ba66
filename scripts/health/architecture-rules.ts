/**
 * The layering rules of the code base (docs/decisions/0028-boundaries-checked.md), checked over a read
 * source tree. The rules speak of product code — `common/`, `server/`, `web/` — and not of its tests
 * (`*.test.ts[x]`), which run on Node and may set up what they check by any means.
 */
import { type FolderEdge, folderCycles } from './folder-cycles';
import { type Import, isNodeBuiltin, isTestFile, type SourceFile, type SourceTree } from './source';

export const RULES = {
  'sql-only-in-storage': 'SQL statements stand only in server/db (repositories, migrations, seeds)',
  'web-not-server': 'the web app never imports server code',
  'common-portable': 'common code imports neither Node built-ins nor React',
  'storage-not-domain': 'storage (server/db) never imports domain, routes or plugins',
  'domain-not-transport': 'domain never imports routes, plugins or Fastify',
  'features-isolated': 'a web feature imports no other feature; only web/app imports features',
  'no-folder-cycles': 'no two folders import each other, directly or round a cycle',
} as const;

export type Rule = keyof typeof RULES;

export interface Violation {
  rule: Rule;
  file: string;
  line: number;
  detail: string;
}

export const formatViolation = (v: Violation): string => `${v.file}:${v.line} [${v.rule}] ${v.detail}`;

const under = (path: string, folder: string): boolean => path === folder || path.startsWith(`${folder}/`);

const isProductCode = (path: string): boolean =>
  !isTestFile(path) && ['common', 'server', 'web'].some((top) => under(path, top));

/**
 * Seeds write demo data through the domain services, so that it obeys the same rules as data entered
 * by hand; they are storage for the SQL rule, but a client of the domain, not a repository.
 */
const SEEDS = 'server/db/seeds';

const REACT = /^(react|react-dom|react-intl|react-router|@mantine\/[^/]+|@tanstack\/react-query)(\/|$)/;
const FASTIFY = /^(fastify|@fastify\/[^/]+|fastify-[^/]+)(\/|$)/;

/** Where an import lands: the file it resolves to, else the relative path it names. */
const landing = (imp: Import): string | null => imp.resolved ?? imp.target;

type ImportRule = (file: string, imp: Import, lands: string | null) => string | null;

const IMPORT_RULES: [Rule, ImportRule][] = [
  [
    'web-not-server',
    (file, _imp, lands) =>
      under(file, 'web') && lands && under(lands, 'server') ? `imports ${lands}` : null,
  ],
  [
    'common-portable',
    (file, imp) => {
      if (!under(file, 'common') || imp.target) return null;
      if (isNodeBuiltin(imp.specifier)) return `imports the Node built-in '${imp.specifier}'`;
      return REACT.test(imp.specifier) ? `imports '${imp.specifier}' (React)` : null;
    },
  ],
  [
    'storage-not-domain',
    (file, _imp, lands) => {
      if (!under(file, 'server/db') || !lands) return null;
      const transport = under(lands, 'server/routes') || under(lands, 'server/plugins');
      const domain = under(lands, 'server/domain') && !under(file, SEEDS);
      return transport || domain ? `imports ${lands}` : null;
    },
  ],
  [
    'domain-not-transport',
    (file, imp, lands) => {
      if (!under(file, 'server/domain')) return null;
      if (FASTIFY.test(imp.specifier)) return `imports '${imp.specifier}'`;
      return lands && (under(lands, 'server/routes') || under(lands, 'server/plugins'))
        ? `imports ${lands}`
        : null;
    },
  ],
  [
    'features-isolated',
    (file, _imp, lands) => {
      const feature = featureOf(lands);
      if (!feature || !under(file, 'web')) return null;
      const own = featureOf(file);
      if (own === feature || (!own && under(file, 'web/app'))) return null;
      return own
        ? `feature '${own}' imports ${lands} of feature '${feature}'`
        : `imports ${lands} of a feature`;
    },
  ],
];

/** The feature a web path belongs to (`web/features/<name>/…`), if any. */
function featureOf(path: string | null): string | null {
  return path?.match(/^web\/features\/([^/]+)\//)?.[1] ?? null;
}

function importViolations(file: SourceFile): Violation[] {
  const found: Violation[] = [];
  for (const imp of file.imports) {
    for (const [rule, check] of IMPORT_RULES) {
      const detail = check(file.path, imp, landing(imp));
      if (detail) found.push({ rule, file: file.path, line: imp.line, detail });
    }
  }
  return found;
}

function sqlViolations(file: SourceFile): Violation[] {
  if (under(file.path, 'server/db')) return [];
  return file.sql.map((s) => ({
    rule: 'sql-only-in-storage',
    file: file.path,
    line: s.line,
    detail: s.text,
  }));
}

const folderOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/'))) || '.';

function cycleViolations(files: SourceFile[]): Violation[] {
  const edges: FolderEdge[] = files.flatMap((f) =>
    f.imports
      .filter((imp) => imp.resolved && isProductCode(imp.resolved))
      .map((imp) => ({ from: folderOf(f.path), to: folderOf(imp.resolved!), via: `${f.path}:${imp.line}` })),
  );
  return folderCycles(edges).map((cycle) => {
    const [file, line] = cycle.steps[0]!.via.split(':');
    const steps = cycle.steps.map((s) => `${s.from} → ${s.to} (${s.via})`).join('; ');
    return {
      rule: 'no-folder-cycles',
      file: file!,
      line: Number(line),
      detail: `${cycle.path.join(' → ')}: ${steps}`,
    };
  });
}

/** Every breach of the rules in the tree, in file order (cycles last). */
export function checkArchitecture(tree: SourceTree): Violation[] {
  const product = tree.files
    .filter((f) => isProductCode(f.path))
    .sort((a, b) => a.path.localeCompare(b.path));
  const byFile = product.flatMap((f) => [...sqlViolations(f), ...importViolations(f)]);
  byFile.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return [...byFile, ...cycleViolations(product)];
}
