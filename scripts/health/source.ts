/**
 * Reading a source tree once for the health figures and the architecture rules: which files count, their
 * parsed syntax, what each imports (with line) and which string literals in them are SQL statements.
 * Parsing uses the TypeScript compiler, so `import type`, `export … from`, `import()` and `import('x').T`
 * are all seen, and SQL is looked for only in literals, never in comments or JSX text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import ts from 'typescript';
import { isSqlStatement } from './sql-shapes';

/** Generated from the OpenAPI document: counting it would measure the generator, not the code. */
export const GENERATED_FILES = new Set(['tests/support/openapi.d.ts']);

const SOURCE_FILE = /\.(ts|tsx)$/;

export interface Import {
  specifier: string;
  line: number;
  /** The file it names, relative to the tree's root, when it names one of the tree's source files. */
  resolved: string | null;
  /** For a relative specifier: the path it points at (resolved or not); null for a package. */
  target: string | null;
}

export interface SqlLiteral {
  line: number;
  text: string;
}

export interface SourceFile {
  /** Path relative to the tree's root, with forward slashes. */
  path: string;
  lines: number;
  syntax: ts.SourceFile;
  imports: Import[];
  sql: SqlLiteral[];
}

export interface SourceTree {
  root: string;
  files: SourceFile[];
}

/**
 * The `.ts`/`.tsx` files git tracks under root (the figures speak of committed code, not scratch files);
 * with `untracked`, also the new files git does not ignore, so a check sees a file before it is committed.
 */
export function trackedSourcePaths(root: string, { untracked = false } = {}): string[] {
  const others = untracked ? ['--others', '--exclude-standard'] : [];
  const args = ['ls-files', '-z', '--cached', ...others, '--', '*.ts', '*.tsx'];
  const out = execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((p) => p && SOURCE_FILE.test(p) && !GENERATED_FILES.has(p) && existsSync(posix.join(root, p)));
}

/** Every `.ts`/`.tsx` file below root (for trees that are not git checkouts, such as test fixtures). */
export function walkSourcePaths(root: string, dir = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(posix.join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
      found.push(...walkSourcePaths(root, path));
    } else if (entry.isFile() && SOURCE_FILE.test(entry.name) && !GENERATED_FILES.has(path)) {
      found.push(path);
    }
  }
  return found.sort();
}

export function readSourceTree(root: string, paths: string[]): SourceTree {
  const known = new Set(paths);
  const files = paths.map((path) => {
    const text = readFileSync(posix.join(root, path), 'utf8');
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const syntax = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
    return {
      path,
      lines: countLines(text),
      syntax,
      imports: importsOf(syntax, known),
      sql: sqlLiteralsOf(syntax),
    };
  });
  return { root, files };
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

export function lineOf(syntax: ts.SourceFile, node: ts.Node): number {
  return syntax.getLineAndCharacterOfPosition(node.getStart(syntax)).line + 1;
}

/** The module specifiers a file names, in every form TypeScript allows. */
function specifiersOf(syntax: ts.SourceFile): { specifier: string; node: ts.Node }[] {
  const found: { specifier: string; node: ts.Node }[] = [];
  const visit = (node: ts.Node): void => {
    const named = moduleNameOf(node);
    if (named) found.push({ specifier: named.text, node });
    ts.forEachChild(node, visit);
  };
  visit(syntax);
  return found;
}

function moduleNameOf(node: ts.Node): ts.StringLiteralLike | undefined {
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
    return node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)
      ? node.moduleSpecifier
      : undefined;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const e = node.moduleReference.expression;
    return ts.isStringLiteralLike(e) ? e : undefined;
  }
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
    const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
    const arg = node.arguments[0];
    return (isImport || isRequire) && arg && ts.isStringLiteralLike(arg) ? arg : undefined;
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
    const lit = node.argument.literal;
    return ts.isStringLiteral(lit) ? lit : undefined;
  }
  return undefined;
}

function importsOf(syntax: ts.SourceFile, known: Set<string>): Import[] {
  const from = posix.dirname(syntax.fileName);
  return specifiersOf(syntax).map(({ specifier, node }) => {
    const target = specifier.startsWith('.') ? posix.normalize(posix.join(from, specifier)) : null;
    return {
      specifier,
      line: lineOf(syntax, node),
      target,
      resolved: target ? resolve(target, known) : null,
    };
  });
}

/** Bundler-style resolution of a relative path: the exact file, an added ending, or a folder's index. */
function resolve(target: string, known: Set<string>): string | null {
  const base = target.replace(/\.(js|jsx|mjs)$/, '');
  const candidates = [
    target,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.d.ts`,
    `${target}/index.ts`,
    `${target}/index.tsx`,
  ];
  return candidates.find((c) => known.has(c)) ?? null;
}

function sqlLiteralsOf(syntax: ts.SourceFile): SqlLiteral[] {
  const found: SqlLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      if (isSqlStatement(text)) found.push({ line: lineOf(syntax, node), text: oneLine(text) });
      // A template's literal parts are read as one text above; only its substitutions are read again.
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    // Module names are paths, never SQL.
    if (moduleNameOf(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(syntax);
  return found;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/** A literal's text; a template's substitutions stand as `$` so the statement's shape stays whole. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((s) => ` $ ${s.literal.text}`).join('');
  }
  return null;
}

/** Whether a bare specifier names a Node built-in (`node:fs`, `fs`, `fs/promises`). */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier.split('/')[0]!);
}

export const isTestFile = (path: string): boolean => /\.test\.tsx?$/.test(path);
